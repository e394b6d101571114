# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Media type detection from content (magic bytes) and file name."""

from __future__ import annotations

import codecs
import io
import re
from pathlib import PurePath
from typing import TYPE_CHECKING

from .base import MediaType

if TYPE_CHECKING:
    import zipfile

_EXTENSIONS: dict[str, str] = {
    ".pdf": MediaType.PDF,
    ".docx": MediaType.DOCX,
    ".odt": MediaType.ODT,
    ".xlsx": MediaType.XLSX,
    ".xlsm": MediaType.XLSX,
    ".doc": MediaType.DOC,
    ".dot": MediaType.DOC,
    ".xls": MediaType.XLS,
    ".ppt": MediaType.PPT,
    ".pptx": MediaType.PPTX,
    ".pptm": MediaType.PPTX,
    ".ppsx": MediaType.PPTX,
    ".ods": MediaType.ODS,
    ".odp": MediaType.ODP,
    ".epub": MediaType.EPUB,
    ".rtf": MediaType.RTF,
    ".mbox": MediaType.MBOX,
    ".docm": MediaType.DOCX,
    ".dotx": MediaType.DOCX,
    ".msg": MediaType.MSG,
    ".pst": MediaType.PST,
    ".ost": MediaType.PST,
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

_ZIP_TYPES = frozenset(
    {
        MediaType.DOCX,
        MediaType.XLSX,
        MediaType.PPTX,
        MediaType.ODT,
        MediaType.ODS,
        MediaType.ODP,
        MediaType.EPUB,
        MediaType.ZIP,
    }
)
_OLE_TYPES = frozenset({MediaType.DOC, MediaType.XLS, MediaType.PPT, MediaType.MSG})
# Formats that always carry their magic bytes: a name that claims one of them
# for content without those bytes is wrong, and the content decides.
_MAGIC_TYPES = (
    _ZIP_TYPES
    | _OLE_TYPES
    | {
        MediaType.PDF,
        MediaType.PST,
        MediaType.RTF,
        MediaType.PNG,
        MediaType.JPEG,
        MediaType.GIF,
        MediaType.TIFF,
        MediaType.WEBP,
        MediaType.BMP,
    }
)
_ODF_TYPES = {
    MediaType.ODT: MediaType.ODT,
    MediaType.ODS: MediaType.ODS,
    MediaType.ODP: MediaType.ODP,
    "application/vnd.oasis.opendocument.text-template": MediaType.ODT,
    "application/vnd.oasis.opendocument.spreadsheet-template": MediaType.ODS,
    "application/vnd.oasis.opendocument.presentation-template": MediaType.ODP,
    MediaType.EPUB: MediaType.EPUB,
}


def extension_media_type(filename: str) -> str | None:
    """Return the media type that ``filename``'s extension claims, if known."""
    extension = PurePath(filename).suffix.lower() if filename else ""
    found = _EXTENSIONS.get(extension)
    return None if found is None else str(found)


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
        if by_extension in _ZIP_TYPES and data.startswith(_ZIP_MAGIC):
            return by_extension  # a damaged package: its extractor says why
        if by_extension == MediaType.MBOX or by_extension not in _MAGIC_TYPES:
            return by_extension
        # The name claims a format whose magic bytes are missing: sniff.
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
    if data.startswith(_ZIP_MAGIC):
        # Other (or damaged) archives are left to the extension. Checked before
        # PDF: a stored PDF member puts "%PDF-" in the archive's first kilobyte.
        return _detect_zip(data)
    if data.startswith(_OLE_MAGIC):
        return _detect_ole(data)
    if data.startswith(b"!BDN") and data[8:10] in (b"SM", b"SO"):
        return MediaType.PST
    # PDF readers accept the header anywhere in the first kilobyte.
    if b"%PDF-" in data[:1024]:
        return MediaType.PDF
    if data[:64].lstrip()[:5] == b"{\\rtf":
        return MediaType.RTF
    by_image = _detect_image(data)
    if by_image is not None:
        return by_image
    if _looks_like_rfc822(data):
        return MediaType.EML
    if data.startswith(b"From ") and _looks_like_rfc822(data.split(b"\n", 1)[-1]):
        return MediaType.MBOX
    return None


def _detect_ole(data: bytes) -> str:
    """Tell Outlook messages, Word files and encrypted Office files apart.

    The directory usually sits near the start of small files; stream names are
    UTF-16 there. Large files may hide it further on, so the whole file is searched
    for the marker of encrypted Office documents, which is cheap.
    """
    by_root = _ole_root_type(data)
    if by_root is not None:
        return by_root
    head = data[: _SNIFF_SIZE * 8]
    if "__substg1.0_".encode("utf-16-le") in head:
        return MediaType.MSG
    if "EncryptedPackage".encode("utf-16-le") in data:
        return MediaType.OFFICE_ENCRYPTED
    if "WordDocument".encode("utf-16-le") in head:
        return MediaType.DOC
    if "PowerPoint Document".encode("utf-16-le") in head:
        return MediaType.PPT
    if "Workbook".encode("utf-16-le") in head or "Book\x00".encode("utf-16-le") in head:
        return MediaType.XLS
    if "__substg1.0_".encode("utf-16-le") in data:
        return MediaType.MSG
    return MediaType.OLE


_OLE_ROOT_STREAMS = (
    ("EncryptedPackage", MediaType.OFFICE_ENCRYPTED),
    ("WordDocument", MediaType.DOC),
    ("Workbook", MediaType.XLS),
    ("Book", MediaType.XLS),
    ("PowerPoint Document", MediaType.PPT),
)


def _ole_root_type(data: bytes) -> str | None:
    """The type named by the top-level streams (embedded files sit deeper)."""
    try:
        import olefile

        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            root = {
                entry[0].casefold()
                for entry in ole.listdir(streams=True)
                if len(entry) == 1
            }
            if any(name.startswith("__substg1.0_") for name in root):
                return MediaType.MSG
            for name, media_type in _OLE_ROOT_STREAMS:
                if name.casefold() in root:
                    return media_type
    except Exception:
        return None
    return None


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
    import zipfile  # here: a plain-text scan does not pay for it (nor shutil)

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return MediaType.DOCX
            if "xl/workbook.xml" in names:
                return MediaType.XLSX
            if "ppt/presentation.xml" in names:
                return MediaType.PPTX
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size > 200:
                    return None
                mimetype = archive.read(info).decode("ascii", "replace").strip()
                found = _ODF_TYPES.get(mimetype)
                if found is not None:
                    return found
            if "[Content_Types].xml" in names:
                return _detect_ooxml_by_content_types(archive)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError):
        return None
    return None


def _detect_ooxml_by_content_types(archive: zipfile.ZipFile) -> str | None:
    """Office packages whose main part has an unusual name (``document2.xml``)."""
    info = archive.getinfo("[Content_Types].xml")
    if info.file_size > 1024 * 1024:
        return None
    types = archive.read(info)
    for marker, media_type in (
        (b"wordprocessingml.document.main+xml", MediaType.DOCX),
        (b"spreadsheetml.sheet.main+xml", MediaType.XLSX),
        (b"presentationml.presentation.main+xml", MediaType.PPTX),
        (b"wordprocessingml.template.main+xml", MediaType.DOCX),
        (b"ms-word.document.macroEnabled.main+xml", MediaType.DOCX),
        (b"ms-excel.sheet.macroEnabled.main+xml", MediaType.XLSX),
        (b"presentationml.slideshow.main+xml", MediaType.PPTX),
    ):
        if marker in types:
            return media_type
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
    # Counted in C: deleting every other byte leaves the control bytes.
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls <= len(sample) // 100


_NOT_CONTROL = bytes(
    byte for byte in range(256) if byte >= 0x20 or byte in b"\t\n\r\f\v\x1b"
)
"""The bytes that :func:`looks_like_text` does not count as control bytes."""


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
