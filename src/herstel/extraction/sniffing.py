# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Media type detection from content (magic bytes) and file name."""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from pathlib import PurePath

from .base import MediaType

_EXTENSIONS: dict[str, str] = {
    ".pdf": MediaType.PDF,
    ".docx": MediaType.DOCX,
    ".odt": MediaType.ODT,
    ".xlsx": MediaType.XLSX,
    ".xlsm": MediaType.XLSX,
    ".doc": MediaType.DOC,
    ".msg": MediaType.MSG,
    ".eml": MediaType.EML,
    ".html": MediaType.HTML,
    ".htm": MediaType.HTML,
    ".xhtml": MediaType.HTML,
    ".txt": MediaType.TEXT,
    ".text": MediaType.TEXT,
    ".log": MediaType.TEXT,
    ".csv": MediaType.CSV,
    ".md": MediaType.MARKDOWN,
    ".zip": MediaType.ZIP,
    ".png": MediaType.PNG,
    ".jpg": MediaType.JPEG,
    ".jpeg": MediaType.JPEG,
    ".tif": MediaType.TIFF,
    ".tiff": MediaType.TIFF,
    ".gif": MediaType.GIF,
    ".bmp": MediaType.BMP,
    ".webp": MediaType.WEBP,
}

TEXT_TYPES = frozenset({MediaType.TEXT, MediaType.CSV, MediaType.MARKDOWN})
"""Media types extracted by decoding the bytes as text."""

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TEXT_BOMS = (
    codecs.BOM_UTF8,
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)
_SNIFF_SIZE = 8192
_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", MediaType.PNG),
    (b"\xff\xd8\xff", MediaType.JPEG),
    (b"II*\x00", MediaType.TIFF),
    (b"MM\x00*", MediaType.TIFF),
    (b"GIF87a", MediaType.GIF),
    (b"GIF89a", MediaType.GIF),
)
# BITMAPINFOHEADER and its successors; "BM" alone would match ordinary text.
_BMP_HEADER_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})

# A header field name is printable US-ASCII except the colon (RFC 5322 3.6.8).
_HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]+:")
_EMAIL_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"cc",
        b"subject",
        b"date",
        b"message-id",
        b"mime-version",
        b"received",
        b"return-path",
        b"delivered-to",
    }
)
# Headers that a note which merely starts with "Subject:" would not have.
_STRONG_EMAIL_HEADERS = frozenset(
    {b"from", b"message-id", b"mime-version", b"received", b"return-path"}
)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"(?:<!doctype\s+html|<html|<head|<body)",
    re.IGNORECASE | re.DOTALL,
)


def detect_media_type(data: bytes, filename: str = "") -> str:
    """Return the media type of ``data``.

    Magic bytes decide first (PDF, Office Open XML, OpenDocument, OLE, RFC 822
    headers), then the extension of ``filename``, then a look at the content (HTML
    markup, text). Bytes that look binary give ``application/octet-stream``, even
    when the name ends in ``.txt``.
    """
    return str(_detect(data, filename))


def _detect(data: bytes, filename: str) -> str:
    """Implement :func:`detect_media_type`, possibly returning enum members."""
    by_magic = _detect_by_magic(data)
    if by_magic is not None:
        return by_magic
    extension = PurePath(filename).suffix.lower() if filename else ""
    by_extension = _EXTENSIONS.get(extension)
    if by_extension is not None:
        if by_extension in TEXT_TYPES and not looks_like_text(data):
            return MediaType.OCTET_STREAM
        return by_extension
    if data.startswith(_ZIP_MAGIC):
        return MediaType.ZIP
    head = data[:_SNIFF_SIZE].lstrip(codecs.BOM_UTF8)
    if _HTML_START.match(head):
        return MediaType.HTML
    if data and looks_like_text(data):
        return MediaType.TEXT
    return MediaType.OCTET_STREAM


def _detect_by_magic(data: bytes) -> str | None:
    """Return a media type proven by the content itself, or ``None``."""
    # PDF readers accept the header anywhere in the first kilobyte.
    if b"%PDF-" in data[:1024]:
        return MediaType.PDF
    if data.startswith(_ZIP_MAGIC):
        # Other (or damaged) archives are left to the extension.
        return _detect_zip(data)
    if data.startswith(_OLE_MAGIC):
        return _detect_ole(data)
    by_image = _detect_image(data)
    if by_image is not None:
        return by_image
    if _looks_like_rfc822(data):
        return MediaType.EML
    return None


def _detect_ole(data: bytes) -> str:
    """Tell Outlook messages, Word files and encrypted Office files apart.

    The directory usually sits near the start of small files; stream names are
    UTF-16 there. Large files may hide it further on, so the whole file is searched
    for the marker of encrypted Office documents, which is cheap.
    """
    head = data[: _SNIFF_SIZE * 8]
    if "__substg1.0_".encode("utf-16-le") in head:
        return MediaType.MSG
    if "EncryptedPackage".encode("utf-16-le") in data:
        return MediaType.OFFICE_ENCRYPTED
    if "WordDocument".encode("utf-16-le") in head:
        return MediaType.DOC
    if "__substg1.0_".encode("utf-16-le") in data:
        return MediaType.MSG
    return MediaType.OLE


def _detect_image(data: bytes) -> str | None:
    """Recognise the image formats that OCR can read."""
    for magic, media_type in _IMAGE_MAGIC:
        if data.startswith(magic):
            return media_type
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return MediaType.WEBP
    if (
        data.startswith(b"BM")
        and len(data) >= 18
        and data[6:10] == b"\x00\x00\x00\x00"
        and int.from_bytes(data[14:18], "little") in _BMP_HEADER_SIZES
    ):
        return MediaType.BMP
    return None


def _detect_zip(data: bytes) -> str | None:
    """Recognise Office Open XML and OpenDocument text inside a zip file."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return MediaType.DOCX
            if "xl/workbook.xml" in names:
                return MediaType.XLSX
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                if mimetype == MediaType.ODT:
                    return MediaType.ODT
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError):
        return None
    return None


def _looks_like_rfc822(data: bytes) -> bool:
    """Whether ``data`` starts with an RFC 822 header block of an e-mail."""
    names: set[bytes] = set()
    seen_header = False
    for line in data[:_SNIFF_SIZE].splitlines():
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            if not seen_header:
                return False
            continue
        if not _HEADER_LINE.match(line):
            return False
        seen_header = True
        names.add(line.split(b":", 1)[0].lower())
    known = names & _EMAIL_HEADERS
    return len(known) >= 2 and bool(known & _STRONG_EMAIL_HEADERS)


def looks_like_text(data: bytes) -> bool:
    """Whether ``data`` looks like text rather than binary content."""
    sample = data[:_SNIFF_SIZE]
    if sample.startswith(_TEXT_BOMS):
        return True
    if b"\x00" in sample:
        return utf16_without_bom(sample) is not None
    controls = sum(
        1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\f\v\x1b"
    )
    return controls <= len(sample) // 100


def utf16_without_bom(data: bytes) -> str | None:
    """Return the codec of UTF-16 text without a byte order mark, or ``None``.

    Latin text in UTF-16 has a zero in nearly every high byte and almost none in
    the low bytes; binary data rarely shows that pattern.
    """
    sample = data[:_SNIFF_SIZE]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    half = len(sample) // 2
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    if odd_zeros >= half * 0.9 and even_zeros <= half * 0.05:
        codec = "utf-16-le"
    elif even_zeros >= half * 0.9 and odd_zeros <= half * 0.05:
        codec = "utf-16-be"
    else:
        return None
    # The sample may end inside a surrogate pair; drop that last code unit.
    text = sample.decode(codec, errors="replace")
    if text.count("\ufffd") > 1:
        return None
    controls = sum(1 for char in text if char < " " and char not in "\t\n\r\f\v")
    return codec if controls <= len(text) // 100 else None
