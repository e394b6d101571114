# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Hostile and broken input: bombs, nesting, encryption, truncation, limits."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from herstel.extraction import ExtractionError
from herstel.extraction import Limits
from herstel.extraction import extract_text
from herstel.extraction.base import MAX_DEPTH

from .samples import image_bytes
from .samples import make_docx
from .samples import make_email
from .samples import make_msg
from .samples import make_odt
from .samples import make_pdf
from .samples import make_rich_docx
from .samples import make_xlsx
from .samples import make_zip
from .samples import mark_encrypted
from .samples import nested_zip


def code_of(data: bytes, filename: str = "", **options: object) -> str:
    """Return the error code that extracting ``data`` in-process gives."""
    with pytest.raises(ExtractionError) as caught:
        extract_text(data, filename, isolate=False, **options)  # type: ignore[arg-type]
    assert caught.value.message
    return caught.value.code


def test_zip_bomb_with_huge_ratio() -> None:
    """A member that unpacks a thousand times its size is a decompression bomb."""
    bomb = make_zip({"nullen.txt": bytes(8 * 1024 * 1024)})
    assert len(bomb) < 20_000
    assert code_of(bomb, "bom.zip") == "decompression_bomb"


def test_bomb_inside_docx() -> None:
    """Office files get the same check on the parts they parse."""
    with zipfile.ZipFile(io.BytesIO(make_docx())) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["word/footer9.xml"] = bytes(8 * 1024 * 1024)
    assert code_of(make_zip(members), "bom.docx") == "decompression_bomb"


def test_compressible_picture_does_not_refuse_an_office_file() -> None:
    """A member that is never unpacked (a picture, an embedding) is not checked.

    Real files embed highly compressible pictures and PDFs; refusing the whole
    document for them lost its text.
    """
    with zipfile.ZipFile(io.BytesIO(make_docx())) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["word/media/leeg.bin"] = bytes(8 * 1024 * 1024)
    result = extract_text(make_zip(members), "plaatje.docx", isolate=False)
    assert result.text == extract_text(make_docx(), isolate=False).text


def test_total_unpacked_size_counts_across_nested_archives() -> None:
    """Each inner archive fits, together they exceed ``max_bytes``."""
    inner = make_zip({f"{i}.txt": bytes(400_000) for i in range(10)})
    outer = make_zip({f"kopie{i}.zip": inner for i in range(10)})
    result = extract_text(outer, max_bytes=5_000_000, isolate=False)
    codes = [code for path, code in result.skipped if "/" not in path]
    assert codes.count("too_large") == 9  # the first copy fits, the rest not


def test_archive_unpacking_beyond_max_bytes() -> None:
    """One archive whose members add up past ``max_bytes`` is too large."""
    data = make_zip({f"{i}.txt": bytes(400_000) for i in range(3)})
    assert code_of(data, max_bytes=1_000_000) == "too_large"


def test_too_many_members() -> None:
    """An archive with more members than allowed is refused."""
    data = make_zip({f"{i}.txt": b"x" for i in range(20)})
    assert code_of(data, limits=Limits(max_members=10)) == "too_large"


@pytest.mark.parametrize("levels", [MAX_DEPTH - 1, MAX_DEPTH, 50])
def test_nested_zip_depth_limit(levels: int) -> None:
    """Parts nested up to the limit are read; deeper gives ``too_deep``.

    ``nested_zip(levels)`` puts the text file ``levels + 1`` levels deep.
    """
    data = nested_zip(levels)
    if levels < MAX_DEPTH:
        assert "Binnenste tekst." in extract_text(data, isolate=False).text
    else:
        assert code_of(data) == "too_deep"


def test_encrypted_zip() -> None:
    """A fully encrypted archive is refused, a partly encrypted one is listed."""
    members = {"geheim.txt": b"Geheim.", "open.txt": b"Openbaar."}
    assert code_of(mark_encrypted(make_zip(members))) == "encrypted"
    partly = mark_encrypted(make_zip(members), frozenset({"geheim.txt"}))
    result = extract_text(partly, isolate=False)
    assert result.skipped == (("geheim.txt", "encrypted"),)
    assert "Openbaar." in result.text


def test_encrypted_member_in_docx() -> None:
    """An Office file with encrypted zip members is refused as ``encrypted``."""
    assert code_of(mark_encrypted(make_docx())) == "encrypted"


@pytest.mark.parametrize(
    ("make", "filename"),
    [
        (make_pdf, "a.pdf"),
        (make_docx, "a.docx"),
        (make_rich_docx, "a.docx"),
        (make_odt, "a.odt"),
        (make_xlsx, "a.xlsx"),
        (make_msg, "a.msg"),
        (lambda: make_zip({"a.pdf": make_pdf()}), "a.zip"),
        (lambda: image_bytes(Image.new("L", (400, 400), "white")), "a.png"),
    ],
)
@pytest.mark.parametrize("cut", [0.1, 0.5, 0.95])
def test_truncated_files(make: object, filename: str, cut: float) -> None:
    """A file cut short extracts partially or raises a clean error, never more."""
    assert callable(make)
    data = make()
    try:
        result = extract_text(data[: int(len(data) * cut)], filename, isolate=False)
    except ExtractionError as exc:
        assert exc.code in {"corrupt", "unsupported", "ocr_unavailable"}
    else:
        assert isinstance(result.text, str)


def test_truncated_email_keeps_what_it_has() -> None:
    """An e-mail cut in its attachment still yields its headers."""
    data = make_email(attachments=(("a.pdf", make_pdf(), "application", "pdf"),))
    result = extract_text(data[: len(data) // 2], isolate=False)
    assert result.text.startswith("From: Jan Jansen")


def test_too_much_text() -> None:
    """Text beyond ``max_chars`` is refused rather than cut silently."""
    limits = Limits(max_chars=1000)
    assert code_of(b"a" * 1001, "a.txt", limits=limits) == "too_much_text"
    assert code_of(make_xlsx(), limits=Limits(max_chars=50)) == "too_much_text"


def test_too_much_text_in_a_part_skips_that_part() -> None:
    """A part that overflows the budget is skipped; the rest is kept."""
    data = make_zip({"klein.txt": b"kort", "groot.txt": b"b" * 5000})
    result = extract_text(data, limits=Limits(max_chars=1000), isolate=False)
    assert result.skipped == (("groot.txt", "too_much_text"),)
    assert "kort" in result.text


def test_image_pixel_bomb() -> None:
    """A tiny PNG that claims a gigapixel canvas is not decoded."""
    data = image_bytes(Image.new("1", (10_000, 10_000)), optimize=True)
    assert len(data) < 200_000
    assert code_of(data, "bom.png") == "decompression_bomb"


def test_xml_entity_expansion_is_not_performed() -> None:
    """A billion-laughs DTD in an ODT does not expand (and does not hang)."""
    content = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
        'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        "<office:body><office:text><text:p>&c;</text:p></office:text></office:body>"
        "</office:document-content>"
    )
    data = make_zip(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": content.encode(),
        }
    )
    try:
        text = extract_text(data, isolate=False).text
    except ExtractionError as exc:
        assert exc.code == "corrupt"
    else:
        assert "aaaaaaaaaa" not in text


def test_timeout_in_process_between_pages() -> None:
    """In-process, the time limit is checked between pages."""
    from .samples import make_long_pdf

    assert code_of(make_long_pdf(40), timeout=0.001) == "timeout"
