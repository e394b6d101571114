# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The formats of real-world corpora: presentations, spreadsheets, e-books, RTF,
mailboxes, Strict OOXML, imported parts, PDF comments and forms, metadata."""

from __future__ import annotations

import pypdf
import pytest

from herstel.extraction import MediaType
from herstel.extraction import extract_text
from herstel.extraction import legacy as legacy_module

from .samples import make_docx
from .samples import make_email
from .samples import make_pdf
from .samples import make_zip
from .samples_more import make_altchunk_docx
from .samples_more import make_annotated_pdf
from .samples_more import make_epub
from .samples_more import make_mbox
from .samples_more import make_odp
from .samples_more import make_ods
from .samples_more import make_pptx
from .samples_more import make_rtf
from .samples_more import make_xlsx_extras
from .samples_more import to_strict


def _extract(data: bytes, name: str = ""):
    return extract_text(data, name, isolate=False)


def test_pptx_slides_in_order_with_notes_comments_and_authors() -> None:
    result = _extract(make_pptx(), "dia.pptx")
    assert result.media_type == MediaType.PPTX
    text = result.text
    assert text.index("--- Slide 1 ---\nEerste dia") < text.index("Tweede dia")
    assert "Spreker: bel Karel Appel." in text
    assert "Klopt het adres van mevrouw Bakker?" in text
    assert "Relationship" not in text
    assert ("Author", "Els Dekker") in result.metadata
    assert ("Last modified by", "Piet Smit") in result.metadata
    assert ("Comment author", "Henk Visser") in result.metadata


def test_ods_sheets_cells_and_comments() -> None:
    result = _extract(make_ods(), "lijst.ods")
    assert result.media_type == MediaType.ODS
    assert "--- Sheet: Cliënten ---\nNaam\tPetra Jansen" in result.text
    assert "Nagaan bij burgerzaken" in result.text
    assert "--- Sheet: Leeg ---" in result.text
    assert ("Comment author", "Rik Mulder") in result.metadata
    assert ("Author", "Sanne de Wit") in result.metadata


def test_odp_slides_and_notes() -> None:
    result = _extract(make_odp(), "dia.odp")
    assert result.media_type == MediaType.ODP
    assert result.text.startswith(
        "--- Slide 1: Inleiding ---\nWelkom bij het overleg\nNoem Fatima Bouzid"
    )
    assert "--- Slide 2: Besluit ---\nBesluit over Dorpsstraat 1" in result.text


def test_epub_chapters_in_spine_order() -> None:
    result = _extract(make_epub(), "boek.epub")
    assert result.media_type == MediaType.EPUB
    text = result.text
    assert text.index("Hoofdstuk een over Zoë Öztürk.") < text.index("Hoofdstuk twee.")
    assert "color" not in text
    assert ("Author", "Kees de Vries") in result.metadata


def test_rtf_text_without_control_words() -> None:
    result = _extract(make_rtf(), "notitie.rtf")
    assert result.media_type == MediaType.RTF
    assert "Gesprek met Zoë Bakker in Den Haag." in result.text
    assert "\\par" not in result.text and "Times New Roman" not in result.text
    assert "89504e47" not in result.text
    assert ("Author", "Mark Rutte") in result.metadata
    assert ("Last modified by", "Sigrid Kaag") in result.metadata


def test_mbox_messages_are_each_extracted() -> None:
    result = _extract(make_mbox(), "archief.mbox")
    assert result.media_type == MediaType.MBOX
    assert result.parts == ("message-1.eml", "message-2.eml")
    assert result.text.count("From: Jan Jansen") == 2
    assert "\nFrom here on: Jan" in result.text


def test_mbox_is_sniffed_without_extension() -> None:
    assert _extract(make_mbox()).media_type == MediaType.MBOX


def test_xlsx_comments_headers_footers_and_sheet_names() -> None:
    result = _extract(make_xlsx_extras(), "overzicht.xlsx")
    text = result.text
    assert text.startswith("--- Sheet: Overzicht ---\nNaam\tJan Jansen")
    assert "Vertrouwelijk dossier Gouda" in text
    assert "Opgesteld door Piet Hein" in text
    assert "&C" not in text and "&L" not in text
    assert "Nagaan: verhuisd naar Utrecht" in text
    assert ("Comment author", "Anna de Boer") in result.metadata


def test_strict_ooxml_workbook_is_read() -> None:
    transitional = _extract(make_xlsx_extras(), "a.xlsx").text
    strict = _extract(to_strict(make_xlsx_extras()), "a.xlsx")
    assert strict.media_type == MediaType.XLSX
    assert strict.text == transitional


def test_strict_ooxml_document_is_read() -> None:
    assert _extract(to_strict(make_docx())).text == _extract(make_docx()).text


def test_docx_alt_chunk_is_read() -> None:
    result = _extract(make_altchunk_docx(), "brief.docx")
    assert result.text == "Inleiding.\n\nBrief aan mevrouw Anouk Peters, Gouda."
    assert result.skipped == ()


def test_pdf_comments_form_fields_attachments_and_metadata() -> None:
    result = _extract(make_annotated_pdf(), "besluit.pdf")
    text = result.text
    assert "Bel Wim Kok hierover terug." in text
    assert "aanvrager: Joost Prins" in text
    assert "--- Attachment: bijlage.txt ---\nBijlage over Hendrik Lorentz." in text
    assert result.parts == ("bijlage.txt",)
    assert ("Author", "Bram Koster") in result.metadata
    assert ("Comment author", "Lotte Visser") in result.metadata
    assert text.endswith("comment author: Lotte Visser")


def test_pdf_bad_page_is_reported_and_the_others_kept(monkeypatch) -> None:
    real = pypdf.PageObject.extract_text
    calls = {"n": 0}

    def flaky(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyError("/Contents")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pypdf.PageObject, "extract_text", flaky)
    result = _extract(make_pdf(), "verslag.pdf")
    assert "Deze zin staat op de tweede pagina." in result.text
    assert result.skipped == (("page-1", "corrupt"),)
    assert result.failures[0][2] == "The page cannot be read: KeyError."


def test_pdf_without_any_readable_page_is_corrupt(monkeypatch) -> None:
    from herstel.extraction import ExtractionError

    def broken(self, *args, **kwargs):
        raise ValueError("bad stream")

    monkeypatch.setattr(pypdf.PageObject, "extract_text", broken)
    with pytest.raises(ExtractionError) as caught:
        _extract(make_pdf(), "verslag.pdf")
    assert caught.value.code == "corrupt"


def test_attachment_named_pdf_that_is_a_zip_is_read_as_zip() -> None:
    archive = make_zip({"notitie.txt": b"Notitie over Jan Jansen."})
    message = make_email(attachments=(("scan.pdf", archive, "application", "pdf"),))
    result = _extract(message, "bericht.eml")
    assert "Notitie over Jan Jansen." in result.text
    assert result.skipped == ()
    assert any(
        "scan.pdf" in note and "application/zip" in note for note in result.notes
    )


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("oud.doc", "WordDocument"),
        ("oud.xls", "Workbook"),
        ("oud.ppt", "PowerPoint Document"),
    ],
)
def test_legacy_office_without_libreoffice_is_unsupported_with_reason(
    monkeypatch, name: str, header: str
) -> None:
    from herstel.extraction import ExtractionError

    from .cfb import Storage
    from .cfb import write_compound_file

    monkeypatch.setattr(legacy_module, "libreoffice", lambda: None)
    data = write_compound_file(Storage({header: b"\x00" * 64}))
    with pytest.raises(ExtractionError) as caught:
        _extract(data, name)
    assert caught.value.code == "unsupported"
    assert "LibreOffice" in caught.value.message


def test_pdf_out_of_time_keeps_the_pages_read(monkeypatch) -> None:
    """Past the soft deadline the pages read so far are kept, the rest listed."""
    from herstel.extraction.context import Context

    calls = {"n": 0}

    def out_of_time(self) -> bool:
        calls["n"] += 1
        return calls["n"] > 1  # after the first page

    monkeypatch.setattr(Context, "out_of_time", out_of_time)
    result = _extract(make_pdf(), "verslag.pdf")
    assert "Het gesprek met het bestuur" in result.text
    assert "tweede pagina" not in result.text
    assert result.skipped == (("page-2", "timeout"),)


def test_password_protected_legacy_word_is_encrypted_not_corrupt() -> None:
    from herstel.extraction import ExtractionError

    from .cfb import Storage
    from .cfb import write_compound_file

    fib = bytearray(64)
    fib[11] = 0x01  # fEncrypted
    data = write_compound_file(Storage({"WordDocument": bytes(fib)}))
    with pytest.raises(ExtractionError) as caught:
        _extract(data, "geheim.doc")
    assert caught.value.code == "encrypted"


def test_empty_presentation_is_empty_not_corrupt() -> None:
    from .samples import make_zip as zip_of

    data = make_pptx()
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["ppt/presentation.xml"] = (
        b'<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.'
        b'openxmlformats.org/presentationml/2006/main"/>'
    )
    result = _extract(zip_of(members), "leeg.pptx")
    assert "--- Slide" not in result.text
