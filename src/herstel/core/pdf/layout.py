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
import math
import re
from collections.abc import Callable
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.translation import gettext as _

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from herstel.core.pdf.fonts import SANS
from herstel.core.pdf.fonts import SANS_BOLD
from herstel.core.pdf.fonts import font_for
from herstel.core.pdf.fonts import pdf_fonts
from herstel.core.pdf.tagging import artifact
from herstel.core.pdf.tagging import tag_pdf
from herstel.core.pdf.tagging import tag_table_cells

__all__ = [
    "GRID_STYLE",
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
    from herstel.core.identity import organisation_identity
    from herstel.core.identity import palette

    colour = colors.HexColor(palette(organisation_identity().colour).text)
    for name in ("Title", "Heading1", "Heading2", "Heading3"):
        sheet[name].textColor = colour


def styles() -> StyleSheet1:
    """ReportLab's sample styles plus ``Small`` and ``Mono`` for dense tables,
    all in the embedded family of :mod:`.fonts`."""
    pdf_fonts()
    sheet = getSampleStyleSheet()
    for style in sheet.byName.values():
        for attribute in ("fontName", "bulletFontName"):
            if getattr(style, attribute, None):
                setattr(style, attribute, font_for(getattr(style, attribute)))
    _brand_headings(sheet)
    sheet.add(ParagraphStyle("Small", parent=sheet["BodyText"], fontSize=8, leading=10))
    sheet.add(ParagraphStyle("Mono", parent=sheet["Small"], fontName=SANS, fontSize=7))
    return sheet


TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]
)
"""A header row in bold over a rule; cells aligned at the top."""

GRID_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)
"""Every cell ruled, the header row shaded (certificates, the report)."""


def table(
    rows: Sequence[Sequence[object]],
    *,
    widths: Sequence[float],
    style: ParagraphStyle | None = None,
    table_style: TableStyle | None = None,
    numeric: Sequence[int] = (),
) -> Table:
    """A table whose text cells wrap: every ``str`` cell becomes a plain-text
    paragraph, bold in the header row (flowables are kept as they are). The
    header row repeats on every page; the ``numeric`` columns align right.

    A word wider than its column (a long Dutch compound, a fingerprint) is set
    in a smaller font, down to :data:`MIN_FONT_SIZE`, so that it stays whole
    (issue 16: words broke mid-word); only a word that does not fit even then
    is broken.
    """
    cell_style = style or styles()["BodyText"]
    # Header cells wrap too: a plain string wider than its column runs into the
    # next header (issue 16: overlapping headers on the certificate and overviews).
    header_style = ParagraphStyle("TableHeader", parent=cell_style, fontName=SANS_BOLD)
    number_style = ParagraphStyle("TableNumber", parent=cell_style, alignment=TA_RIGHT)
    fitted: dict[tuple[str, float], ParagraphStyle] = {}

    def cell(value: object, column: int, base: ParagraphStyle) -> Any:
        if isinstance(value, Flowable):
            return value
        if column in numeric and base is cell_style:
            base = number_style
        room = widths[column] - 2 * CELL_PADDING
        return paragraph(value, _fitting(str(value), room, base, fitted))

    data = [
        [
            cell(value, column, header_style if index == 0 else cell_style)
            for column, value in enumerate(row)
        ]
        for index, row in enumerate(rows)
    ]
    result = Table(data, colWidths=list(widths), repeatRows=1, renderCB=tag_table_cells)
    result.setStyle(table_style or TABLE_STYLE)
    return result


MIN_FONT_SIZE = 6.0
"""The smallest font a table cell shrinks to so that its longest word fits."""

CELL_PADDING = 6.0
"""ReportLab's default left and right padding of a table cell, in points."""


def _fitting(
    text: str,
    room: float,
    base: ParagraphStyle,
    cache: dict[tuple[str, float], ParagraphStyle],
) -> ParagraphStyle:
    """``base``, or a smaller copy of it in which the longest word of ``text``
    fits ``room`` points."""
    words = text.split()
    if not words:
        return base
    widest = max(stringWidth(word, base.fontName, base.fontSize) for word in words)
    if widest <= room:
        return base
    size = max(MIN_FONT_SIZE, math.floor(base.fontSize * room / widest * 2) / 2)
    key = (base.name, size)
    if key not in cache:
        cache[key] = ParagraphStyle(
            f"{base.name}{size:g}", parent=base, fontSize=size, leading=size * 1.2
        )
    return cache[key]


def page_number(canvas: Any, document: Any) -> None:
    """Draw "Page n" at the foot of the page, right-aligned."""
    canvas.saveState()
    canvas.setFont(SANS, 8)
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
    canvasmaker: Any = None,
    **options: Any,
) -> bytes:
    """Lay ``story`` out on A4 with Herstel's margins and return the PDF.

    ``on_page`` draws on every page (default: the page number), as page
    furniture a screen reader skips; the document's language is the active
    one, and the result is a tagged PDF (:mod:`.tagging`). ``options`` go to
    ReportLab's document template (e.g. ``creator`` or other margins);
    ``canvasmaker`` replaces ReportLab's canvas (e.g. one that numbers "page x
    of y" once the page count is known).
    """
    pdf_fonts()
    buffer = io.BytesIO()
    settings: dict[str, Any] = {
        "pagesize": A4,
        "initialFontName": SANS,
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
    maker = {} if canvasmaker is None else {"canvasmaker": canvasmaker}
    if on_page is None:
        document.build(story, **maker)
    else:
        furniture = on_page

        def decorate(canvas: Any, doc: Any) -> None:
            with artifact(canvas):
                furniture(canvas, doc)

        document.build(story, onFirstPage=decorate, onLaterPages=decorate, **maker)
    return tag_pdf(buffer.getvalue(), title=title, language=settings["lang"])
