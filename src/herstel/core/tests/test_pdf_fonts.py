# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every PDF Herstel sets is in an embedded font and identifies as PDF/UA-1
(issue 16); the organisation's own font is configuration."""

from __future__ import annotations

import datetime
import io
import shutil
import subprocess
from pathlib import Path

from django.test import override_settings

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from herstel.core.pdf.fonts import _default_files
from herstel.core.pdf.fonts import pdf_fonts
from herstel.core.pdf.layout import build_pdf
from herstel.core.pdf.layout import paragraph
from herstel.core.pdf.layout import styles
from herstel.core.pdf.layout import table
from herstel.core.pdf.redaction import RedactionBox
from herstel.core.pdf.tagging import claims_pdfua
from herstel.core.pdf.tagging import fonts_embedded
from herstel.core.pdf.tagging import tag_pdf
from herstel.disposition.redaction_layout import redact_document_pdf
from herstel.inquiries.letter import answer_letter_pdf

NAME = "Ayşe Öztürk-Łukasiewicz"


def _font_names(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _report() -> bytes:
    sheet = styles()
    return build_pdf(
        [
            paragraph("Overzicht", sheet["Title"]),
            paragraph(NAME, sheet["BodyText"]),
            table([["Naam", "Aantal"], [NAME, "3"]], widths=(120, 60), numeric=[1]),
        ],
        title="Overzicht",
    )


def _letter() -> bytes:
    return answer_letter_pdf(
        title="Brief",
        text=f"Geachte {NAME},\n\nUw verzoek.",
        reference="INZ-1",
        on=datetime.date(2026, 12, 3),
    )


def _copies() -> tuple[bytes, bytes]:
    text = f"Nota over {NAME} uit Zwolle."
    start = text.index("Zwolle")
    boxes = [RedactionBox(start, start + len("Zwolle"), "5.1.2e")]
    original = build_pdf([paragraph(text, styles()["BodyText"])], title="x")
    retyped = redact_document_pdf(
        text=text, boxes=boxes, title="Nota", original=None, media_type="text/plain"
    )
    kept = redact_document_pdf(
        text=text,
        boxes=boxes,
        title="Nota",
        original=original,
        media_type="application/pdf",
    )
    return retyped, kept


def test_every_pdf_herstel_sets_embeds_its_fonts_and_claims_pdfua() -> None:
    for data in (_report(), _letter(), *_copies()):
        assert fonts_embedded(data)
        assert claims_pdfua(data)
        assert _font_names(data) <= {
            "SourceSansPro-Regular",
            "SourceSansPro-Bold",
            "SourceSansPro-It",
            "SourceSansPro-BoldIt",
        }
    # Letters a standard font cannot draw (ş, ł) come out as themselves.
    assert NAME in _text(_report())
    assert NAME in _text(_letter())


def test_a_pdf_with_a_font_that_is_not_embedded_makes_no_pdfua_claim() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 720, "Origineel met standaardlettertype")
    canvas.save()
    data = tag_pdf(buffer.getvalue(), title="Origineel", language="nl")
    assert not fonts_embedded(data)
    assert not claims_pdfua(data)


@pytest.mark.skipif(
    shutil.which("pdffonts") is None, reason="poppler's pdffonts is not installed"
)
def test_a_pdf_reader_reports_every_font_embedded() -> None:
    result = subprocess.run(  # noqa: S603 - a fixed program, our own PDF
        [str(shutil.which("pdffonts")), "-"],
        input=_letter(),
        capture_output=True,
        check=True,
    )
    rows = result.stdout.decode().splitlines()[2:]
    assert rows
    for row in rows:
        # name, type (two words), encoding, emb, sub, uni, object, generation
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row


def test_the_organisations_own_font_is_used_and_a_bad_setting_falls_back() -> None:
    folder = _default_files()[0].parent
    own = [
        str(folder / name)
        for name in (
            "SourceSansPro-Light.ttf",
            "SourceSansPro-Semibold.ttf",
            "SourceSansPro-LightIt.ttf",
            "SourceSansPro-SemiboldIt.ttf",
        )
    ]
    try:
        with override_settings(HERSTEL_ORGANISATION_PDF_FONTS=own):
            data = _report()
            assert "SourceSansPro-Light" in _font_names(data)
            assert "SourceSansPro-Semibold" in _font_names(data)
            assert claims_pdfua(data)
        with override_settings(
            HERSTEL_ORGANISATION_PDF_FONTS=",".join([str(Path(__file__))] * 4)
        ):
            # Not a font: the default, and the letter is still made.
            assert pdf_fonts() == _default_files()
            assert "SourceSansPro-Regular" in _font_names(_report())
        with override_settings(HERSTEL_ORGANISATION_PDF_FONTS=own[:2]):
            assert pdf_fonts() == _default_files()
    finally:
        pdf_fonts()
    assert "SourceSansPro-Regular" in _font_names(_report())
