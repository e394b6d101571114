# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""OCR of images and scanned PDFs, with and without Tesseract."""

from __future__ import annotations

import pytest

from herstel.extraction import ExtractionError
from herstel.extraction import extract_text
from herstel.extraction import ocr

from .external import needs_tesseract
from .samples import PDF_SENTENCES
from .samples import image_bytes
from .samples import make_scan_image
from .samples import make_scanned_pdf


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend that Tesseract is not installed (in this process)."""
    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)


def assert_scan_text(text: str) -> None:
    """OCR is not exact; the distinctive words must be there."""
    for word in ("Gesprek", "Jansen", "Veenendaal", "2017"):
        assert word in text


@needs_tesseract
@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "TIFF"])
def test_image_ocr(image_format: str) -> None:
    """Text in an image is read with Tesseract."""
    data = image_bytes(make_scan_image(), image_format)
    result = extract_text(data, f"scan.{image_format.lower()}")
    assert result.media_type.startswith("image/")
    assert_scan_text(result.text)


@needs_tesseract
def test_multi_page_tiff() -> None:
    """Each frame of a TIFF is read as a page."""
    first = make_scan_image(("Eerste pagina Amersfoort",))
    second = make_scan_image(("Tweede pagina Zutphen",))
    data = image_bytes(first, "TIFF", save_all=True, append_images=[second])
    text = extract_text(data).text
    assert "Amersfoort" in text
    assert "Zutphen" in text
    assert text.index("Amersfoort") < text.index("Zutphen")


@needs_tesseract
def test_scanned_pdf_ocr() -> None:
    """A PDF page that is only an image is read with OCR."""
    result = extract_text(make_scanned_pdf(), "scan.pdf")
    assert_scan_text(result.text)
    assert result.skipped == ()


@needs_tesseract
def test_pdf_with_text_and_scanned_pages() -> None:
    """Text pages use the text layer, scanned pages OCR, in page order."""
    text = extract_text(make_scanned_pdf(text_page=True)).text
    assert text.startswith(PDF_SENTENCES[0])
    assert_scan_text(text)


@pytest.mark.usefixtures("no_tesseract")
def test_image_without_tesseract() -> None:
    """Without Tesseract an image gives ``ocr_unavailable``."""
    with pytest.raises(ExtractionError) as caught:
        extract_text(image_bytes(make_scan_image()), "scan.png", isolate=False)
    assert caught.value.code == "ocr_unavailable"


@pytest.mark.usefixtures("no_tesseract")
def test_scanned_pdf_without_tesseract() -> None:
    """Without Tesseract a PDF of scans only gives ``ocr_unavailable``."""
    with pytest.raises(ExtractionError) as caught:
        extract_text(make_scanned_pdf(), "scan.pdf", isolate=False)
    assert caught.value.code == "ocr_unavailable"


@pytest.mark.usefixtures("no_tesseract")
def test_partly_scanned_pdf_without_tesseract() -> None:
    """The text layer is kept; the scanned page is listed as skipped."""
    result = extract_text(make_scanned_pdf(text_page=True), isolate=False)
    assert result.text == PDF_SENTENCES[0]
    assert result.parts == ("page-2",)
    assert result.skipped == (("page-2", "ocr_unavailable"),)
