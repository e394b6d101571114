# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The page layouts' tags (``core/templatetags/herstel_pages.py``): the ``h1``
repeats the page's title block unless the page names a heading, and
``{% table_head %}`` writes plain, figure and sortable column headers."""

from types import SimpleNamespace

from django.template import Context
from django.template import Template
from django.template import engines

from herstel.core.lists import SortHeader

LAYOUT = (
    "{% load herstel_pages %}<title>{% block title %}Site{% endblock %}</title>"
    "<h1>{% block heading %}{% page_title %}{% endblock %}</h1>"
)


def _render(source: str, context: dict | None = None) -> str:
    engine = engines["django"].engine
    parent = Template(LAYOUT, engine=engine)
    return Template(source, engine=engine).render(
        Context({"layout": parent, **(context or {})})
    )


def test_the_heading_repeats_the_title_block():
    html = _render(
        "{% extends layout %}{% block title %}Dossier {{ name }}{% endblock %}",
        {"name": "A & B"},
    )
    assert "<title>Dossier A &amp; B</title>" in html
    assert "<h1>Dossier A &amp; B</h1>" in html


def test_a_heading_block_wins_over_the_title():
    html = _render(
        "{% extends layout %}{% block title %}Short{% endblock %}"
        "{% block heading %}A longer heading{% endblock %}"
    )
    assert "<title>Short</title>" in html
    assert "<h1>A longer heading</h1>" in html


def test_table_head_writes_plain_figure_and_sortable_columns():
    listing = SimpleNamespace(
        header=lambda name, label: SortHeader(
            name=name, label=str(label), url=f"?sort={name}", aria_sort="ascending"
        )
    )
    html = Template(
        "{% load herstel_pages %}"
        '{% table_head _("Kolom één") "num"|column:_("Aantal x") '
        '"due"|sort_by:_("Datum y")|num %}'
    ).render(Context({"listing": listing}))
    assert html.startswith("<thead><tr>") and html.strip().endswith("</tr></thead>")
    assert '<th scope="col">Kolom één</th>' in html
    assert '<th scope="col" class="num">Aantal x</th>' in html
    assert (
        '<th scope="col" aria-sort="ascending" class="num"><a href="?sort=due">Datum y'
        in html
    )


def test_table_head_select_column_only_when_shown():
    source = (
        '{% load herstel_pages %}{% table_head shown|select_column _("Document") %}'
    )
    shown = Template(source).render(Context({"shown": True}))
    assert shown.count("<th ") == 2
    assert '<th scope="col"><span class="visually-hidden">' in shown
    hidden = Template(source).render(Context({"shown": False}))
    assert hidden == '<thead><tr><th scope="col">Document</th></tr></thead>\n'


def test_table_head_shown_column_and_nav_link():
    head = Template(
        '{% load herstel_pages %}{% table_head _("A") shown|shown_column:_("B") %}'
    )
    assert head.render(Context({"shown": True})).count("<th ") == 2
    assert head.render(Context({"shown": False})).count("<th ") == 1
    nav = Template(
        "{% load herstel_pages %}"
        '{% nav_link "accounts:login" _("Log in") section "a" %}'
    )
    current = nav.render(Context({"section": "a"}))
    assert current.startswith('<li><a href="/') and 'aria-current="page"' in current
    assert "aria-current" not in nav.render(Context({"section": "b"}))
