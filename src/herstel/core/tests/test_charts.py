# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Server-side SVG charts: every bar has the number its table shows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from herstel.core.charts import Chart
from herstel.core.charts import Series
from herstel.core.charts import _nice_top

SVG = "{http://www.w3.org/2000/svg}"


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314  (the chart's own output, not input)


def _chart(**changes) -> Chart:
    values = {
        "identifier": "chart-test",
        "title": "Requests <per> week",
        "description": "A & B",
        "category_label": "Week",
        "categories": ("1 Dec", "8 Dec", "15 Dec"),
        "series": (Series("Open", (3, 0, 7)), Series("Closed", (1, 2, 5))),
    }
    values.update(changes)
    return Chart(**values)


@pytest.mark.parametrize("horizontal", [False, True])
def test_every_bar_carries_the_number_of_its_table_cell(horizontal):
    chart = _chart(horizontal=horizontal)
    root = _parse(str(chart.svg()))
    bars = [r for r in root.iter(f"{SVG}rect") if "data-value" in r.attrib]
    assert len(bars) == 6  # 3 categories x 2 series
    table = {
        (series.label, category): cells[j]
        for category, cells, _total in chart.rows()
        for j, series in enumerate(chart.series)
    }
    for bar in bars:
        tip = bar.find(f"{SVG}title").text
        series, rest = tip.split(", ", 1)
        category, shown = rest.split(": ")
        assert table[(series, category)] == shown == bar.attrib["data-value"]
    # Bars are drawn to scale: value 7 is seven times as long as value 1.
    size = "width" if horizontal else "height"
    by_value = {bar.attrib["data-value"]: float(bar.attrib[size]) for bar in bars}
    assert by_value["7"] == pytest.approx(7 * by_value["1"], rel=0.01)
    assert by_value["0"] == 0
    assert chart.rows()[2] == ("15 Dec", ["7", "5"], "12")


def test_the_svg_is_named_and_escapes_its_texts():
    svg = str(_chart().svg())
    root = _parse(svg)  # well-formed, so "<per>" and "&" were escaped
    assert root.attrib["role"] == "img"
    assert root.attrib["aria-labelledby"] == "chart-test-title chart-test-desc"
    assert root.find(f"{SVG}title").text == "Requests <per> week"
    assert root.find(f"{SVG}desc").text == "A & B"
    assert "<script" not in svg and "style=" not in svg


def test_a_percentage_chart_keeps_its_axis_at_100():
    chart = _chart(series=(Series("On time", (50, 100, 0)),), unit="%", maximum=100)
    root = _parse(str(chart.svg()))
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert "100%" in labels and "50%" in labels
    assert chart.rows()[0][1] == ["50%"]
    assert not chart.show_totals


def test_an_empty_chart_says_so():
    assert _chart(series=(Series("Open", (0, 0, 0)),)).empty
    assert _chart(categories=(), series=(Series("Open", ()),)).empty


@pytest.mark.parametrize(
    ("value", "top"), [(0, 1), (3, 5), (7, 10), (12, 20), (23, 25), (480, 500)]
)
def test_the_axis_ends_at_a_round_number(value, top):
    assert _nice_top(value) == pytest.approx(top)


def test_the_template_shows_the_table_with_the_chart():
    from django.template.loader import render_to_string

    html = render_to_string("includes/chart.html", {"chart": _chart()})
    assert re.search(r"<figure[^>]+aria-labelledby=\"chart-test-caption\"", html)
    assert "<svg" in html
    assert "<caption>" in html
    assert html.count("<tr>") == 4  # header + 3 weeks
    assert ">12<" in html  # the total of the last week


def test_small_counts_get_whole_gridlines():
    from herstel.core.charts import _ticks

    assert _ticks(5) == [0, 1, 2, 3, 4, 5]
    assert _ticks(10) == [0, 2, 4, 6, 8, 10]
    assert _ticks(100) == [0, 25, 50, 75, 100]
