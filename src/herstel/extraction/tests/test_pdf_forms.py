# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Text in form XObjects that use the fonts of the page that draws them.

pypdf looks up fonts only in a form's own ``/Resources``; a form without
them, or without the font its content selects, gave U+FFFD or nothing, where
PDF readers (and pdftotext) use the page's fonts.
"""

from __future__ import annotations

import pytest

from herstel.extraction import extract_text

from .samples_more import stream
from .samples_more import write_pdf

TEXT = b"Formulier ingevuld door Hendrika Zwart"


def _pdf_with_form(form_resources: bytes) -> bytes:
    form = b"BT /F1 12 Tf 72 720 Td (" + TEXT + b") Tj ET"
    return write_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources"
            b" << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >>"
            b" /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
            b" /Encoding /WinAnsiEncoding >>",
            stream(b"q /Fm1 Do Q"),
            stream(
                form,
                b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] " + form_resources,
            ),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
        ]
    )


@pytest.mark.parametrize(
    "form_resources",
    [
        b"",
        b"/Resources << /ProcSet [/PDF /Text] >>",
        b"/Resources << /Font << /F7 7 0 R >> >>",
    ],
    ids=["no-resources", "resources-without-fonts", "other-fonts-only"],
)
def test_form_text_uses_the_page_fonts(form_resources: bytes) -> None:
    """The form's text comes out readable, without U+FFFD."""
    result = extract_text(_pdf_with_form(form_resources), "form.pdf", isolate=False)

    assert TEXT.decode() in result.text
    assert "\ufffd" not in result.text
