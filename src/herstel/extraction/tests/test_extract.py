# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Tests for text extraction; all sample files are generated here."""

from __future__ import annotations

import io
import random
import zipfile
from email.message import EmailMessage

import pytest
from pypdf import PdfReader
from pypdf import PdfWriter

from herstel.extraction import ExtractionError
from herstel.extraction import ExtractionResult
from herstel.extraction import detect_media_type
from herstel.extraction import extract_text
from herstel.extraction.base import MAX_DEPTH

from .samples import DOCX_SENTENCES
from .samples import PDF_SENTENCES
from .samples import make_docx
from .samples import make_email
from .samples import make_pdf
from .samples import nested_email

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EML = "message/rfc822"
# An OLE container with a WordDocument stream name: legacy Word, unsupported.
LEGACY_DOC = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    + "WordDocument".encode("utf-16-le")
    + bytes(600)
)


def test_pdf_text_layer_pages_joined_by_blank_line() -> None:
    """All sentences are extracted and pages are separated by a blank line."""
    result = extract_text(make_pdf(), "verslag.pdf")
    assert result.media_type == PDF
    for sentence in PDF_SENTENCES:
        assert sentence in result.text
    assert f"{PDF_SENTENCES[1]}\n\n{PDF_SENTENCES[2]}" in result.text


def test_docx_paragraphs_and_table_cells_in_document_order() -> None:
    """Paragraphs and table cells come out once each, in document order."""
    result = extract_text(make_docx(), "verslag.docx")
    assert result.media_type == DOCX
    positions = [result.text.index(sentence) for sentence in DOCX_SENTENCES]
    assert positions == sorted(positions)
    assert "Naam\tRol\tWoonplaats" in result.text
    assert result.text.count(DOCX_SENTENCES[1]) == 1  # the merged cell


def test_email_headers_body_and_attachments() -> None:
    """Headers become lines, attachments are extracted under a marker line."""
    data = make_email(
        attachments=(
            ("verslag.pdf", make_pdf(), "application", "pdf"),
            ("notitie.docx", make_docx(), "application", "octet-stream"),
            ("aantekeningen.txt", b"Losse aantekening.", "text", "plain"),
        )
    )
    result = extract_text(data, "bericht.eml")
    assert result.media_type == EML
    lines = result.text.splitlines()
    assert lines[:5] == [
        "From: Jan Jansen <j.jansen@example.nl>",
        "To: Fatima Bouzid <f.bouzid@example.org>",
        "Cc: Kees de Vries <k.devries@example.nl>",
        "Subject: Verslag gesprek stichting Al-Waha",
        "Date: Tue, 14 Mar 2017 10:15:00 +0100",
    ]
    assert "Hierbij het verslag van ons gesprek." in result.text
    assert result.parts == ("verslag.pdf", "notitie.docx", "aantekeningen.txt")
    assert result.skipped == ()
    for name in result.parts:
        assert f"--- Attachment: {name} ---" in result.text
    for sentence in (*PDF_SENTENCES, *DOCX_SENTENCES, "Losse aantekening."):
        assert sentence in result.text
    assert result.text.index("--- Attachment: verslag.pdf ---") < result.text.index(
        PDF_SENTENCES[0]
    )


def test_email_prefers_plain_body_over_html() -> None:
    """With both alternatives the plain text body is used."""
    result = extract_text(make_email(html=True))
    assert "Hierbij het verslag van ons gesprek." in result.text
    assert "color" not in result.text


def test_email_html_only_body_drops_script_and_style() -> None:
    """An HTML-only body is converted to text without script or style."""
    message = EmailMessage()
    message["From"] = "Jan Jansen <j.jansen@example.nl>"
    message["Subject"] = "Alleen HTML"
    message["Message-ID"] = "<html-only@example.nl>"
    message.set_content(
        "<html><head><style>p {color: red}</style></head><body>"
        "<script>alert('x')</script><p>Eerste alinea.</p><p>Tweede&nbsp;alinea.</p>"
        "</body></html>",
        subtype="html",
    )
    result = extract_text(message.as_bytes())
    assert "Eerste alinea.\n\nTweede\xa0alinea." in result.text
    assert "alert" not in result.text
    assert "color" not in result.text


def test_email_unsupported_attachment_is_listed_not_fatal(monkeypatch) -> None:
    """An attachment without extractor is listed and skipped, the rest survives.

    (Legacy .doc files are read only where LibreOffice is installed.)
    """
    from herstel.extraction import legacy

    monkeypatch.setattr(legacy, "libreoffice", lambda: None)
    data = make_email(
        attachments=(
            ("oud.doc", LEGACY_DOC, "application", "msword"),
            ("kapot.pdf", b"%PDF-1.4 rommel", "application", "pdf"),
            ("verslag.pdf", make_pdf(), "application", "pdf"),
        )
    )
    result = extract_text(data, isolate=False)
    assert result.parts == ("oud.doc", "kapot.pdf", "verslag.pdf")
    assert result.skipped == (("oud.doc", "unsupported"), ("kapot.pdf", "corrupt"))
    assert PDF_SENTENCES[0] in result.text


def test_email_nested_attachments_get_path_names() -> None:
    """Parts of attached messages are named with their path."""
    result = extract_text(nested_email(2))
    assert result.parts == ("1.eml", "1.eml/0.eml")
    assert "Hierbij het verslag van ons gesprek." in result.text


@pytest.mark.parametrize("levels", [MAX_DEPTH, MAX_DEPTH + 1])
def test_email_nesting_depth_limit(levels: int) -> None:
    """Up to MAX_DEPTH nested attachments are fine, one more is refused."""
    data = nested_email(levels)
    if levels <= MAX_DEPTH:
        assert "Hierbij het verslag" in extract_text(data).text
    else:
        with pytest.raises(ExtractionError) as caught:
            extract_text(data)
        assert caught.value.code == "too_deep"


def test_html_blocks_become_lines() -> None:
    """Block elements become line breaks; script and style are dropped."""
    markup = (
        "<!DOCTYPE html><html><head><title>Notitie</title>"
        "<script>var x = 1;</script><style>h1 {}</style></head><body>"
        "<h1>Kop</h1><p>Eerste   alinea\nmet &amp; teken.</p>"
        "<ul><li>Punt een</li><li>Punt twee</li></ul>"
        "<table><tr><td>Naam</td><td>Plaats</td></tr></table>"
        "<div>Laatste<br>regel</div></body></html>"
    )
    result = extract_text(markup.encode(), "pagina.html")
    assert result.media_type == "text/html"
    assert result.text == (
        "Notitie\n\nKop\n\nEerste alinea met & teken.\n\nPunt een\nPunt twee\n\n"
        "Naam\tPlaats\n\nLaatste\nregel"
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café Noël – € 25.000".encode(), "Café Noël – € 25.000"),
        ("Café Noël – € 25.000".encode("cp1252"), "Café Noël – € 25.000"),
        ("Café Noël".encode("utf-8-sig"), "Café Noël"),
        ("Café Noël".encode("utf-16"), "Café Noël"),
    ],
    ids=["utf-8", "cp1252", "utf-8-sig", "utf-16"],
)
def test_plain_text_encodings(data: bytes, expected: str) -> None:
    """UTF-8, a UTF-8 or UTF-16 byte order mark and cp1252 all decode."""
    result = extract_text(data, "notitie.txt")
    assert result == ExtractionResult(text=expected, media_type="text/plain")


@pytest.mark.parametrize(
    "text",
    [
        "  Regel één \r\n\tTweede\u00a0regel  \n\n\n  slot   ",
        "\r\n\r\nNaam:\tA. el Amrani\r\nWoonplaats:  Ede\r\n",
        "geen einde-regel",
        "Ünïcödé ☃ 𝄞\x0c pagina\n",
    ],
)
@pytest.mark.parametrize("filename", ["", "notitie.txt"])
def test_utf8_text_is_returned_unchanged(text: str, filename: str) -> None:
    """A UTF-8 text file comes back byte for byte, whitespace included."""
    assert extract_text(text.encode(), filename).text == text


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9])
def test_truncated_pdf_is_corrupt(cut: float) -> None:
    """A PDF cut short gives code ``corrupt``."""
    data = make_pdf()
    with pytest.raises(ExtractionError) as caught:
        extract_text(data[: int(len(data) * cut)], "verslag.pdf")
    assert caught.value.code == "corrupt"


def test_content_decides_over_the_extension() -> None:
    """Text named ``.pdf`` is read as text; the mismatch is noted, not fatal."""
    result = extract_text(b"dit is geen pdf", "verslag.pdf", isolate=False)
    assert result.text == "dit is geen pdf"
    assert result.media_type == "text/plain"
    assert any("application/pdf" in note for note in result.notes)


@pytest.mark.parametrize(
    ("data", "filename", "code"),
    [
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "", "corrupt"),
        (b"PK\x03\x04 geen zip", "verslag.docx", "corrupt"),
        (random.Random(0).randbytes(4096), "", "unsupported"),
        (random.Random(1).randbytes(4096), "bestand.bin", "unsupported"),
        (random.Random(2).randbytes(4096), "notitie.txt", "unsupported"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "bericht.msg",
            "unsupported",
        ),
    ],
    ids=[
        "garbage-pdf",
        "bad-zip-docx",
        "random",
        "random-bin",
        "random-txt",
        "ole",
    ],
)
def test_bad_input_codes(data: bytes, filename: str, code: str) -> None:
    """Damaged and unknown files give the matching error code."""
    with pytest.raises(ExtractionError) as caught:
        extract_text(data, filename)
    assert caught.value.code == code
    assert caught.value.message


def test_docx_with_garbage_document_xml_is_corrupt() -> None:
    """A zip with an unreadable word/document.xml gives ``corrupt``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
    with pytest.raises(ExtractionError) as caught:
        extract_text(buffer.getvalue())
    assert caught.value.code == "corrupt"


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_encrypted_pdf(algorithm: str) -> None:
    """A PDF that needs a user password gives code ``encrypted``."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.encrypt(user_password="geheim", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ExtractionError) as caught:
        extract_text(buffer.getvalue(), "verslag.pdf")
    assert caught.value.code == "encrypted"


def test_pdf_with_only_an_owner_password_is_read() -> None:
    """Encryption that only restricts permissions does not block extraction."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.encrypt(user_password="", owner_password="eigenaar")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert PDF_SENTENCES[0] in extract_text(buffer.getvalue()).text


def test_too_large() -> None:
    """Input above ``max_bytes`` is refused before parsing."""
    with pytest.raises(ExtractionError) as caught:
        extract_text(b"x" * 101, "notitie.txt", max_bytes=100)
    assert caught.value.code == "too_large"


def test_docx_unpacking_beyond_limit_is_too_large() -> None:
    """The unpacked size of a DOCX counts against ``max_bytes``."""
    data = make_docx()
    with pytest.raises(ExtractionError) as caught:
        extract_text(data, max_bytes=len(data) + 1)
    assert caught.value.code == "too_large"


@pytest.mark.parametrize(
    ("make", "filename", "expected"),
    [
        (make_pdf, "", PDF),
        (make_pdf, "verslag.txt", PDF),
        (make_docx, "", DOCX),
        (make_docx, "verslag.zip", DOCX),
        (make_email, "", EML),
        (make_email, "bericht.txt", EML),
        (lambda: b"<html><body>Hoi</body></html>", "", "text/html"),
        (lambda: b"<p>Hoi</p>", "pagina.htm", "text/html"),
        (lambda: b"Subject: geen mail\n\nHoi", "", "text/plain"),
        (lambda: b"gewone tekst", "", "text/plain"),
        (lambda: b"gewone tekst", "notitie.odt", "text/plain"),
        (make_docx, "verslag.pdf", DOCX),
        (lambda: bytes(64), "", "application/octet-stream"),
    ],
)
def test_detect_media_type(make: object, filename: str, expected: str) -> None:
    """Magic bytes win; a name claiming a magic-byte format is checked by content."""
    assert callable(make)
    media_type = detect_media_type(make(), filename)
    assert media_type == expected
    assert type(media_type) is str


@pytest.mark.parametrize("seed", range(40))
def test_no_library_exception_escapes(seed: int) -> None:
    """Randomly damaged files either extract or raise ExtractionError."""
    rng = random.Random(seed)
    samples = [
        make_pdf(),
        make_docx(),
        make_email(attachments=(("v.pdf", make_pdf(), "application", "pdf"),)),
    ]
    data = bytearray(samples[seed % len(samples)])
    for _ in range(rng.randint(1, 30)):
        position = rng.randrange(len(data))
        data[position : position + rng.randint(1, 8)] = rng.randbytes(rng.randint(0, 8))
    try:
        result = extract_text(bytes(data))
    except ExtractionError as exc:
        assert exc.code in {"corrupt", "unsupported", "encrypted"}
    else:
        assert isinstance(result.text, str)
