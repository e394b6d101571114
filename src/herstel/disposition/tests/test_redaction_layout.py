# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Layout-kept redaction of PDF originals (text and scanned): same pages, words
where they were, nothing redacted left in the file or in the pixels."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import letter

from herstel.disposition.redaction import RedactionBox
from herstel.disposition.redaction_layout import redact_document_pdf
from herstel.disposition.redaction_layout import redact_pdf_keep_layout
from herstel.extraction import extract_text
from herstel.extraction.tests.external import needs_tesseract
from herstel.extraction.tests.external import ocr_pages

from .pdflayout import assert_layout_kept
from .pdflayout import lines_pdf
from .pdflayout import word_origins
from .pdfscan import pdf_contains

LINES = (
    "Ministerie van Sociale Zaken en Werkgelegenheid",
    "Gespreksverslag van 12 maart 2024",
    "Mevrouw Jolanda de Wit uit Tiel sprak met de heer Karim Bouzidi.",
    "Zij woont aan de Lindelaan 12 en heeft diabetes.",
    "Het overleg over het beleid duurde een uur.",
)
SECRETS = ("Jolanda de Wit", "Karim Bouzidi", "Lindelaan 12")


def _text_pdf(size=A4) -> bytes:
    return lines_pdf(
        [LINES, LINES],
        size=size,
        indent=20,
        author="Jolanda de Wit",
        title="Verslag Bouzidi",
    )


def _scanned_pdf() -> bytes:
    import pypdfium2 as pdfium

    rendered = pdfium.PdfDocument(_text_pdf())[0].render(scale=300 / 72).to_pil()
    buffer = io.BytesIO()
    rendered.convert("L").save(buffer, format="PDF", resolution=300)
    return buffer.getvalue()


def _boxes(text: str) -> list[RedactionBox]:
    boxes = []
    for secret in SECRETS:
        start = text.find(secret)
        while start >= 0:
            boxes.append(RedactionBox(start, start + len(secret), "5.1.2e"))
            start = text.find(secret, start + 1)
    return boxes


def _assert_nothing_leaks(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    extracted = "\n".join(page.extract_text() for page in reader.pages)
    for secret in SECRETS:
        for word in secret.split():
            if len(word) > 3 and word != "Lindelaan":
                assert word not in extracted, word
        assert not pdf_contains(pdf, secret), secret
    assert not pdf_contains(pdf, "Bouzidi")
    assert not pdf_contains(pdf, "Jolanda")
    assert "Jolanda" not in str(reader.metadata)


@pytest.mark.parametrize("size", [A4, letter])
def test_text_pdf_keeps_pages_sizes_and_word_positions(size):
    original = _text_pdf(size)
    text = extract_text(original, "verslag.pdf", isolate=False).text
    pdf = redact_pdf_keep_layout(
        original_pdf=original, text=text, boxes=_boxes(text), title="Verslag Bouzidi"
    )
    assert pdf is not None
    kept = ("Ministerie", "Werkgelegenheid", "diabetes", "beleid", "Tiel")
    assert_layout_kept(original, pdf, kept)
    _assert_nothing_leaks(pdf)
    after = PdfReader(io.BytesIO(pdf))
    assert after.metadata.get("/Author", "") == ""
    assert "5.1.2e" in after.metadata.get("/Title", "")


@needs_tesseract
def test_text_pdf_output_ocr_finds_no_redacted_word():
    original = _text_pdf()
    text = extract_text(original, "verslag.pdf", isolate=False).text
    pdf = redact_pdf_keep_layout(original_pdf=original, text=text, boxes=_boxes(text))
    assert pdf is not None
    ocr = ocr_pages(pdf)
    assert "beleid" in ocr  # the OCR does read the page
    for word in ("Jolanda", "Bouzidi", "Karim", "Lindelaan"):
        assert word not in ocr, word


@needs_tesseract
def test_scanned_pdf_is_redacted_in_the_pixels():
    original = _scanned_pdf()
    text = extract_text(original, "scan.pdf", isolate=False).text
    assert "Bouzidi" in text
    pdf = redact_pdf_keep_layout(original_pdf=original, text=text, boxes=_boxes(text))
    assert pdf is not None
    before, after = PdfReader(io.BytesIO(original)), PdfReader(io.BytesIO(pdf))
    assert len(after.pages) == len(before.pages) == 1
    assert (
        abs(
            float(before.pages[0].mediabox.width) - float(after.pages[0].mediabox.width)
        )
        < 0.5
    )
    ocr = ocr_pages(pdf)
    assert "beleid" in ocr
    for word in ("Jolanda", "Bouzidi", "Karim", "Lindelaan"):
        assert word not in ocr, word
    _assert_nothing_leaks(pdf)
    # The invisible text layer holds the remaining OCR words.
    assert "beleid" in word_origins(pdf)


def test_plain_text_falls_back_to_typesetting():
    text = "Mevrouw Jolanda de Wit belde."
    pdf = redact_document_pdf(
        text=text,
        boxes=_boxes(text),
        title="x",
        original=text.encode(),
        media_type="message/rfc822",
    )
    assert not pdf_contains(pdf, "Jolanda")
    assert pdf_contains(pdf, "re-typeset")
