# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Tests for DOCX extras, ODT, XLSX, ZIP, MSG, plain text detection and sniffing."""

from __future__ import annotations

import pytest

from herstel.extraction import ExtractionError
from herstel.extraction import detect_media_type
from herstel.extraction import extract_text
from herstel.extraction.base import MediaType

from .cfb import Message
from .cfb import write_msg
from .samples import DOCX_SENTENCES
from .samples import PDF_SENTENCES
from .samples import image_bytes
from .samples import make_docx
from .samples import make_email
from .samples import make_encrypted_office
from .samples import make_msg
from .samples import make_odt
from .samples import make_pdf
from .samples import make_rich_docx
from .samples import make_scan_image
from .samples import make_xlsx
from .samples import make_zip
from .samples import sample_message


def extract(data: bytes, filename: str = "") -> str:
    return extract_text(data, filename, isolate=False).text


def test_docx_headers_and_footers_follow_the_body() -> None:
    """Header and footer text comes after the body, headers first."""
    text = extract(make_docx())
    assert text.endswith("Kenmerk 2017/0042\nVertrouwelijk")
    assert text.index(DOCX_SENTENCES[2]) < text.index("Kenmerk 2017/0042")


def test_docx_text_boxes_notes_comments_and_tracked_changes() -> None:
    """Text boxes once, insertions in, deletions out, notes and headers after."""
    text = extract(make_rich_docx(), "rijk.docx")
    assert text == (
        "Naam:\tPieter Post (ingevoegd)\n"
        "Voor het kader.\n"
        "Tekst in kader\n"
        "In een inhoudsblok.\n\n"
        "Voetnoot over Zandvoort.\n"
        "Opmerking van de redactie.\n\n"
        "Kopregel dossier 17\n\n"
        "--- Metadata ---\n"
        "comment author: K. de Vries"
    )


@pytest.mark.parametrize(
    ("make", "filename", "media_type", "expected"),
    [
        # ODT: headings, spaces, tabs, lists, tables, notes, frames and headers.
        pytest.param(
            make_odt,
            "besluit.odt",
            MediaType.ODT,
            (
                "Besluit op bezwaar\n"
                "Naam:\tSanne   de Wit\n"
                "Adres: Dorpsstraat 1\n"
                "Voetnoot over Leiden.\n"
                "Eerste punt\n"
                "Tweede punt\n"
                "Naam\tPlaats\n"
                "Samengevoegd\n"
                "Voor het kader\n"
                "Tekst in kader\n\n"
                "Kopregel gemeente Leiden"
            ),
            id="odt",
        ),
        # XLSX: each sheet has a heading line; rows are tab-separated, empty
        # rows dropped.
        pytest.param(
            make_xlsx,
            "lijst.xlsx",
            MediaType.XLSX,
            (
                "--- Sheet: Personen ---\n"
                "Naam\tGeboortedatum\tBedrag\tOpmerking\n"
                "Jan Jansen\t1980-05-17\t1250\n"
                "Fatima Bouzid\t1975-01-02T13:30:00\t99.5\ta b\n"
                "\t\t\t\t\tlos\n\n"
                "--- Sheet: Notities ---\n"
                "TRUE\tBel terug"
            ),
            id="xlsx",
        ),
    ],
)
def test_structure_comes_out(make, filename, media_type, expected) -> None:
    """The document's structure comes out as lines, in reading order."""
    result = extract_text(make(), filename, isolate=False)
    assert result.media_type == media_type
    assert result.text == expected


def test_odt_with_encrypted_content_is_refused() -> None:
    """A password-protected ODT gives ``encrypted``."""
    with pytest.raises(ExtractionError) as caught:
        extract_text(make_odt(encrypted=True), isolate=False)
    assert caught.value.code == "encrypted"


def test_zip_members_recursively() -> None:
    """Members come under ``--- name ---`` lines; nested archives recurse."""
    inner = make_zip({"notitie.txt": b"Binnenste notitie."})
    data = make_zip(
        {
            "docs/": b"",
            "docs/verslag.pdf": make_pdf(),
            "docs/verslag.docx": make_docx(),
            "intern.zip": inner,
            "bericht.eml": make_email(),
            "__MACOSX/docs/._verslag.pdf": b"\x00\x05\x16\x07",
            "programma.exe": b"MZ\x90\x00" + bytes(100),
        }
    )
    result = extract_text(data, "stukken.zip", isolate=False)
    assert result.media_type == MediaType.ZIP
    assert result.parts == (
        "docs/verslag.pdf",
        "docs/verslag.docx",
        "intern.zip",
        "intern.zip/notitie.txt",
        "bericht.eml",
        "programma.exe",
    )
    assert result.skipped == (("programma.exe", "unsupported"),)
    text = result.text
    assert text.startswith(f"--- docs/verslag.pdf ---\n{PDF_SENTENCES[0]}")
    assert "--- intern.zip ---\n--- notitie.txt ---\nBinnenste notitie." in text
    assert "Hierbij het verslag van ons gesprek." in text
    assert text.endswith("--- programma.exe ---")


def test_email_with_zip_attachment_recurses() -> None:
    """An archive attached to an e-mail is unpacked like any attachment."""
    archive = make_zip({"a.txt": b"Tekst uit het archief."})
    data = make_email(attachments=(("stukken.zip", archive, "application", "zip"),))
    result = extract_text(data, isolate=False)
    assert result.parts == ("stukken.zip", "stukken.zip/a.txt")
    assert "--- Attachment: stukken.zip ---\n--- a.txt ---\nTekst uit" in result.text


def test_msg_headers_body_and_attachments() -> None:
    """Sender, recipients by type, subject, date, body and nested attachments."""
    result = extract_text(make_msg(), "bericht.msg", isolate=False)
    assert result.media_type == MediaType.MSG
    assert result.text.splitlines()[:6] == [
        "From: Jan Jansen <j.jansen@example.nl>",
        "To: Fatima Bouzid <f.bouzid@example.org>",
        "Cc: Kees de Vries <k.devries@example.nl>",
        "Bcc: Archief <archief@example.nl>",
        "Subject: Verslag gesprek wijkteam",
        "Date: Tue, 14 Mar 2017 09:15:00 +0000",
    ]
    assert "Beste Fatima,\n\nHierbij het verslag van ons gesprek." in result.text
    assert result.parts == ("notitie.txt", "verslag.pdf", "doorgestuurd.msg")
    assert result.skipped == ()
    assert "--- Attachment: notitie.txt ---\nLosse aantekening." in result.text
    assert PDF_SENTENCES[2] in result.text
    assert (
        "--- Attachment: doorgestuurd.msg ---\n"
        "From: Kees de Vries <k.devries@example.nl>" in result.text
    )
    assert "Tekst van het oorspronkelijke bericht." in result.text


def test_msg_nesting_depth_limit() -> None:
    """Attached messages nested beyond the limit give ``too_deep``."""
    message = sample_message()
    for level in range(7):
        message = Message(
            subject=f"Niveau {level}",
            sender_name="a",
            sender_address="a@example.nl",
            recipients=[],
            attachments=[("fw", message)],
        )
    with pytest.raises(ExtractionError) as caught:
        extract_text(write_msg(message), isolate=False)
    assert caught.value.code == "too_deep"


def test_encrypted_office_document() -> None:
    """A password-protected DOCX (an OLE file) gives ``encrypted``."""
    data = make_encrypted_office()
    assert detect_media_type(data, "geheim.docx") == MediaType.OFFICE_ENCRYPTED
    with pytest.raises(ExtractionError) as caught:
        extract_text(data, "geheim.docx", isolate=False)
    assert caught.value.code == "encrypted"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Beste Noël,\r\nTot ziens.".encode("utf-16-le"), "Beste Noël,\r\nTot ziens."),
        ("Beste Noël,\nTot ziens.".encode("utf-16-be"), "Beste Noël,\nTot ziens."),
        # 0x81 is undefined in Windows-1252; DOS code page 850 has ü there.
        ("Müller en Zoë in Brüssel, Düsseldorf".encode("cp850"), None),
    ],
    ids=["utf-16-le", "utf-16-be", "cp850"],
)
def test_plain_text_encoding_detection(data: bytes, expected: str | None) -> None:
    """UTF-16 without byte order mark and legacy code pages are detected."""
    result = extract_text(data, "notitie.txt", isolate=False)
    assert result.media_type == "text/plain"
    if expected is not None:
        assert result.text == expected
    else:
        assert "Düsseldorf" in result.text


@pytest.mark.parametrize(
    ("make", "filename", "expected"),
    [
        (make_xlsx, "", MediaType.XLSX),
        (make_odt, "", MediaType.ODT),
        (make_msg, "", MediaType.MSG),
        (lambda: make_zip({"a.txt": b"a"}), "", MediaType.ZIP),
        (lambda: image_bytes(make_scan_image()), "scan.txt", MediaType.PNG),
        (lambda: image_bytes(make_scan_image(), "JPEG"), "", MediaType.JPEG),
        (lambda: image_bytes(make_scan_image(), "TIFF"), "", MediaType.TIFF),
        (lambda: image_bytes(make_scan_image(), "BMP"), "", MediaType.BMP),
        (lambda: b"BMW 3-serie, kenteken 12-AB-34", "", "text/plain"),
    ],
)
def test_detect_new_media_types(make: object, filename: str, expected: str) -> None:
    """Spreadsheets, ODT, MSG, ZIP and images are recognised by content."""
    assert callable(make)
    assert detect_media_type(make(), filename) == expected
