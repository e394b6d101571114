# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The PDF toolkit puts user text in as plain text (issue 17, F1)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from herstel.core.pdf.fonts import SANS_BOLD
from herstel.core.pdf.layout import build_pdf
from herstel.core.pdf.layout import markup
from herstel.core.pdf.layout import paragraph
from herstel.core.pdf.layout import styles
from herstel.core.pdf.layout import table

from .pdfs import pdf_links

LINK = '<a href="https://phishing.invalid/">Klik</a>'
IMAGE = '<img src="/etc/passwd" width="9" height="9"/>'


def _text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_raw_reportlab_markup_makes_a_link() -> None:
    # What the toolkit prevents: ReportLab turns the tag into a live link.
    body = styles()["BodyText"]
    assert pdf_links(build_pdf([Paragraph(LINK, body)], title="t")) == [
        "https://phishing.invalid/"
    ]


def test_user_text_is_plain_in_paragraphs_markup_and_tables() -> None:
    sheet = styles()
    story = [
        paragraph(LINK, sheet["Title"]),
        Paragraph(markup("<b>%(name)s</b> &amp; co", name=IMAGE), sheet["BodyText"]),
        table([["Name", "Note"], [LINK, IMAGE + "\x00"]], widths=[200, 200]),
    ]
    data = build_pdf(story, title="t")
    assert pdf_links(data) == []
    text = _text(data)
    assert text.count("phishing.invalid") == 2
    assert text.count("<img") == 2
    assert "& co" in text


def test_table_headers_wrap_inside_their_columns() -> None:
    """Regression (issue 16 bug 6): header strings ran into the next column."""
    result = table(
        [["Vernietigd op datum van uitvoering", "Kenmerk"], ["3 december", "R-1"]],
        widths=[60, 60],
    )
    header = result._cellvalues[0]
    assert all(isinstance(cell, Paragraph) for cell in header)
    for cell in header:
        width, _height = cell.wrap(60, 1000)
        assert width <= 60
    assert header[0].style.fontName == SANS_BOLD
    assert len(header[0].blPara.lines) > 1  # wrapped over lines, not overflowing


def test_a_word_wider_than_its_column_stays_whole() -> None:
    # Issue 16, bug 6: ReportLab broke a long compound or a fingerprint
    # mid-word; the toolkit sets such a cell in a smaller font instead.
    compound = "Persoonsgegevensverwerkingsovereenkomsten"
    fingerprint = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    data = build_pdf(
        [
            table(
                [["Soort", "Vingerafdruk"], [compound, fingerprint]],
                widths=[50 * mm, 110 * mm],
            )
        ],
        title="t",
    )
    words = _text(data).split()
    assert compound in words
    assert fingerprint in words
