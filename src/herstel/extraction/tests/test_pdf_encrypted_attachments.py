# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A PDF whose only encrypted parts are its attachments (crypt filter ``/EFF``).

Such a PDF opens without a password (``/StmF`` and ``/StrF`` are Identity):
its pages are read, and each embedded file is a failed part "encrypted".
"""

from __future__ import annotations

import hashlib

from herstel.extraction import extract_text

from .samples_more import stream
from .samples_more import write_pdf

PAGE_TEXT = "Gespreksverslag met de heer Karel Achterberg"


def _pdf_with_encrypted_attachment() -> bytes:
    """Write the PDF objects by hand: one text page, one AES-encrypted file."""
    secret = hashlib.sha256(b"not the password").digest()
    content = f"BT /F1 12 Tf 72 720 Td ({PAGE_TEXT}) Tj ET".encode()
    blob = hashlib.sha512(b"ciphertext").digest()  # stands in for AES data
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 6 0 R >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream(content),
        b"<< /Names [(notulen.txt) 7 0 R] >>",
        b"<< /Type /Filespec /F (notulen.txt) /UF (notulen.txt) /EF << /F 8 0 R >> >>",
        stream(blob, b"/Type /EmbeddedFile"),
        b"<< /Filter /Standard /V 4 /R 4 /Length 128 /P -1028"
        b" /CF << /StdCF << /CFM /AESV2 /AuthEvent /EFOpen /Length 16 >> >>"
        b" /StmF /Identity /StrF /Identity /EFF /StdCF"
        b" /O <" + secret.hex().encode() + b"> /U <" + secret.hex().encode() + b"> >>",
    ]
    file_id = hashlib.md5(b"herstel", usedforsecurity=False).hexdigest().encode()
    return write_pdf(objects, b"/Encrypt 9 0 R /ID [<%s> <%s>]" % (file_id, file_id))


def test_pages_are_read_and_the_attachment_is_reported_encrypted() -> None:
    """The page text comes out; the attachment is a failed part "encrypted"."""
    result = extract_text(
        _pdf_with_encrypted_attachment(), "verslag.pdf", isolate=False
    )

    assert PAGE_TEXT in result.text
    assert "--- Attachment: notulen.txt ---" in result.text
    assert result.skipped == (("notulen.txt", "encrypted"),)
    assert [code for _, code, _ in result.part_results] == ["encrypted"]
