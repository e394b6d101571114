# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bar charts as SVG, drawn on the server, never without their numbers.

A :class:`Chart` is data (categories, one or more series); ``svg()`` draws it
as stacked bars, vertical or horizontal, and ``rows()`` gives the same
numbers for the table the template shows under every chart
(``includes/chart.html``). The SVG has ``role="img"`` and is named by its
``<title>`` and ``<desc>``; every bar carries its value in a ``<title>`` (a
tooltip) and in ``data-value``. Colours come from a fixed palette with at
least 3:1 contrast against white (WCAG 1.4.11); segments are also told apart
by the table, never by colour alone. No JavaScript, no inline style (CSP).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from dataclasses import field

from django.utils.functional import Promise
from django.utils.html import escape
from django.utils.safestring import SafeString
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

__all__ = ["Chart", "Series"]

PALETTE = ("#01689b", "#a90061", "#39870c", "#b35000", "#42145f", "#5c5c5c")
WIDTH = 640
FONT = 'font-family="inherit" font-size="12" fill="#1a1a1a"'


@dataclass(frozen=True, slots=True)
class Series:
    label: str | Promise
    values: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    identifier: str
    """The id of the figure; the SVG's title and description ids derive from it."""
    title: str | Promise
    description: str | Promise
    category_label: str | Promise
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    horizontal: bool = False
    unit: str = ""
    """Shown after every number ("%")."""
    maximum: float | None = None
    """The top of the axis (100 for a percentage); default: the largest bar."""
    totals: bool = field(default=True)
    """Add a total column to the table (when there is more than one series)."""

    def rows(self) -> list[tuple[str, list[str], str]]:
        """Per category: its label, each series' value, and the total."""
        result = []
        for index, category in enumerate(self.categories):
            values = [s.values[index] for s in self.series]
            result.append(
                (category, [self.number(v) for v in values], self.number(sum(values)))
            )
        return result

    @property
    def show_totals(self) -> bool:
        return self.totals and len(self.series) > 1

    def number(self, value: float) -> str:
        text = f"{value:g}" if isinstance(value, float) else str(value)
        return f"{text}{self.unit}"

    @property
    def empty(self) -> bool:
        return not self.categories or not any(any(s.values) for s in self.series)

    def _top(self) -> float:
        if self.maximum is not None:
            return self.maximum
        stacks = [
            sum(s.values[i] for s in self.series) for i in range(len(self.categories))
        ]
        return _nice_top(max(stacks, default=0))

    def svg(self) -> SafeString:
        """The chart as an inline ``<svg>`` element."""
        if self.horizontal:
            return self._svg_horizontal()
        return self._svg_vertical()

    def _open(self, height: int) -> list[str]:
        ident = escape(self.identifier)
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
            f'viewBox="0 0 {WIDTH} {height}" width="100%" '
            f'aria-labelledby="{ident}-title {ident}-desc" focusable="false">',
            f'<title id="{ident}-title">{escape(self.title)}</title>',
            f'<desc id="{ident}-desc">{escape(self.description)}</desc>',
        ]
        x = 8
        for index, series in enumerate(self.series):
            label = escape(series.label)
            parts.append(
                f'<rect x="{x}" y="6" width="12" height="12" '
                f'fill="{PALETTE[index % len(PALETTE)]}"/>'
                f'<text x="{x + 16}" y="16" {FONT}>{label}</text>'
            )
            x += 28 + 7 * len(str(series.label))
        return parts

    def _bar(self, x: float, y: float, w: float, h: float, i: int, j: int) -> str:
        series = self.series[j]
        value = series.values[i]
        tip = _("%(series)s, %(category)s: %(value)s") % {
            "series": series.label,
            "category": self.categories[i],
            "value": self.number(value),
        }
        return (
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" '
            f'height="{max(h, 0):.1f}" fill="{PALETTE[j % len(PALETTE)]}" '
            f'stroke="#ffffff" stroke-width="1" data-value="{value:g}">'
            f"<title>{escape(tip)}</title></rect>"
        )

    def _svg_vertical(self) -> SafeString:
        height, left, top, bottom = 300, 48, 32, 40
        plot_w, plot_h = WIDTH - left - 12, height - top - bottom
        peak = self._top() or 1
        parts = self._open(height)
        for tick in _ticks(peak):
            y = top + plot_h - plot_h * tick / peak
            parts.append(
                f'<line x1="{left}" x2="{WIDTH - 12}" y1="{y:.1f}" y2="{y:.1f}" '
                f'stroke="#8c8c8c" stroke-width="0.5"/>'
                f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" {FONT}>'
                f"{escape(self.number(tick))}</text>"
            )
        count = max(len(self.categories), 1)
        slot = plot_w / count
        every = max(1, math.ceil(count / 12))
        for i, category in enumerate(self.categories):
            x = left + i * slot + slot * 0.15
            base = float(top + plot_h)
            for j, series in enumerate(self.series):
                h = plot_h * series.values[i] / peak
                base -= h
                parts.append(self._bar(x, base, slot * 0.7, h, i, j))
            if i % every == 0:
                parts.append(
                    f'<text x="{x + slot * 0.35:.1f}" y="{top + plot_h + 16}" '
                    f'text-anchor="middle" {FONT}>{escape(category)}</text>'
                )
        parts.append("</svg>")
        return mark_safe("".join(parts))  # noqa: S308  (every text escaped above)

    def _svg_horizontal(self) -> SafeString:
        left, top, bar = 180, 32, 26
        height = top + bar * max(len(self.categories), 1) + 28
        plot_w = WIDTH - left - 16
        peak = self._top() or 1
        parts = self._open(height)
        bottom = height - 24
        for tick in _ticks(peak):
            x = left + plot_w * tick / peak
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{bottom}" '
                f'stroke="#8c8c8c" stroke-width="0.5"/>'
                f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle" {FONT}>'
                f"{escape(self.number(tick))}</text>"
            )
        for i, category in enumerate(self.categories):
            y = top + i * bar + 3
            label = category if len(category) <= 28 else category[:27] + "…"
            parts.append(
                f'<text x="{left - 6}" y="{y + bar * 0.55:.1f}" text-anchor="end" '
                f"{FONT}>{escape(label)}</text>"
            )
            x = float(left)
            for j, series in enumerate(self.series):
                w = plot_w * series.values[i] / peak
                parts.append(self._bar(x, y, w, bar - 6, i, j))
                x += w
        parts.append("</svg>")
        return mark_safe("".join(parts))  # noqa: S308  (every text escaped above)


def _nice_top(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k at or above ``value``."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def _ticks(top: float) -> list[float]:
    """Gridlines from 0 up to ``top``: four steps, or steps of 1 or 2 for
    small counts."""
    step = top / 4
    if not float(step).is_integer() and float(top).is_integer() and top <= 10:
        step = 1 if top <= 5 else 2  # counts: no gridline at 1.25 documents
    ticks = [step * n for n in range(int(top // step) + 1)]
    if all(float(t).is_integer() for t in ticks):
        return [int(t) for t in ticks]
    return [round(t, 1) for t in ticks]
