# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The external programs some tests need, for the tests of every app.

Tesseract (OCR) and LibreOffice (office files to PDF) are optional: a test
that needs one is marked to skip, with the package to install as the reason,
where it is missing. :func:`ocr_pages` reads a PDF's pages back as a person
would see them, to show that nothing redacted is left in the pixels.
"""

from __future__ import annotations

import io
import subprocess

import pytest

from herstel.extraction.ocr import find_tesseract
from herstel.extraction.office_convert import libreoffice

needs_tesseract = pytest.mark.skipif(
    find_tesseract() is None,
    reason="Tesseract is not installed (apt-get install tesseract-ocr "
    "tesseract-ocr-nld)",
)
needs_libreoffice = pytest.mark.skipif(
    libreoffice() is None,
    reason="LibreOffice (soffice) is not installed (apt-get install "
    "libreoffice-writer-nogui)",
)


def ocr_pages(pdf: bytes) -> str:
    """The text Tesseract reads on the pages of ``pdf``, rendered at 300 dpi."""
    import pypdfium2 as pdfium

    texts = []
    for page in pdfium.PdfDocument(pdf):
        buffer = io.BytesIO()
        page.render(scale=300 / 72).to_pil().convert("L").save(buffer, format="PNG")
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", "--psm", "3"],  # noqa: S607
            input=buffer.getvalue(),
            capture_output=True,
            check=True,
        )
        texts.append(done.stdout.decode())
    return "\n".join(texts)
