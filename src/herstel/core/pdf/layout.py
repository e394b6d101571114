# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Text, styles, the page template and tables for every PDF Herstel makes.

ReportLab reads a paragraph's text as markup: ``<a href>`` becomes a live
link, ``<img src>`` opens a file from the server's disk (and a non-image one
crashes the build), ``<font>`` and entities change what is shown. So every
text a person typed (an organisation's name, a theme, a recipient, a reference,
a letter's lines) goes in through :func:`plain`, :func:`paragraph` or
:func:`markup`, which escape it; only fixed markup written here or in a
caller's own template (``<b>``, ``<br/>``) stays markup.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.translation import gettext as _

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

__all__ = [
    "TABLE_STYLE",
    "build_pdf",
    "markup",
    "page_number",
    "paragraph",
    "plain",
    "styles",
    "table",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

PageCallback = Callable[[Any, Any], None]


def plain(text: object) -> str:
    """``text`` as ReportLab paragraph text that shows exactly these characters.

    Escapes ``&``, ``<`` and ``>`` (and quotes) and drops control characters,
    which ReportLab cannot draw.
    """
    return escape(_CONTROL.sub("", str(text)), {'"': "&quot;", "'": "&#39;"})


def paragraph(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph that shows ``text`` as plain text."""
    return Paragraph(plain(text), style)


def markup(template: str, **values: object) -> str:
    """``template % values`` with every value escaped: the template is ours
    (it may hold ``<b>`` or ``<br/>``), the values are not."""
    return template % {key: plain(value) for key, value in values.items()}


def _brand_headings(sheet: StyleSheet1) -> None:
    """Headings in the organisation's colour (HERSTEL_ORGANISATION_COLOUR,
    darkened to 4.5:1 on white like on the web pages)."""
    from herstel.core.identity import organisation_identity, palette

    colour = colors.HexColor(palette(organisation_identity().colour).text)
    for name in ("Title", "Heading1", "Heading2", "Heading3"):
        sheet[name].textColor = colour


def styles() -> StyleSheet1:
    """ReportLab's sample styles plus ``Small`` and ``Mono`` for dense tables."""
    sheet = getSampleStyleSheet()
    _brand_headings(sheet)
    sheet.add(ParagraphStyle("Small", parent=sheet["BodyText"], fontSize=8, leading=10))
    sheet.add(
        ParagraphStyle("Mono", parent=sheet["Small"], fontName="Courier", fontSize=7)
    )
    return sheet


TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]
)
"""A header row in bold over a rule; cells aligned at the top."""


def table(
    rows: Sequence[Sequence[object]],
    *,
    widths: Sequence[float],
    style: ParagraphStyle | None = None,
    table_style: TableStyle | None = None,
) -> Table:
    """A table whose text cells wrap: every ``str`` cell becomes a plain-text
    paragraph, bold in the header row (flowables are kept as they are). The
    header row repeats on every page."""
    cell_style = style or styles()["BodyText"]
    # Header cells wrap too: a plain string wider than its column runs into the
    # next header (issue 16: overlapping headers on the certificate and overviews).
    header_style = ParagraphStyle(
        "TableHeader", parent=cell_style, fontName="Helvetica-Bold"
    )
    data: list[list[Any]] = []
    for index, row in enumerate(rows):
        if index == 0:
            data.append(
                [
                    cell
                    if isinstance(cell, Flowable)
                    else paragraph(cell, header_style)
                    for cell in row
                ]
            )
        else:
            data.append(
                [
                    cell if isinstance(cell, Flowable) else paragraph(cell, cell_style)
                    for cell in row
                ]
            )
    result = Table(data, colWidths=list(widths), repeatRows=1)
    result.setStyle(table_style or TABLE_STYLE)
    return result


def page_number(canvas: Any, document: Any) -> None:
    """Draw "Page n" at the foot of the page, right-aligned."""
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    width, _height = A4
    canvas.drawRightString(
        width - 20 * mm, 10 * mm, _("Page %(page)s") % {"page": document.page}
    )
    canvas.restoreState()


def build_pdf(
    story: list[Any],
    *,
    title: str,
    author: str = "Herstel",
    on_page: PageCallback | None = page_number,
    **options: Any,
) -> bytes:
    """Lay ``story`` out on A4 with Herstel's margins and return the PDF.

    ``on_page`` draws on every page (default: the page number); the document's
    language is the active one. ``options`` go to ReportLab's document
    template (e.g. ``creator`` or other margins).
    """
    buffer = io.BytesIO()
    settings: dict[str, Any] = {
        "pagesize": A4,
        "title": title,
        "author": author,
        "lang": translation.get_language() or "nl",
        "leftMargin": 20 * mm,
        "rightMargin": 20 * mm,
        "topMargin": 25 * mm,
        "bottomMargin": 20 * mm,
    }
    settings.update(options)
    document = SimpleDocTemplate(buffer, **settings)
    if on_page is None:
        document.build(story)
    else:
        document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()
