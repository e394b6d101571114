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
        # Outlook .msg and legacy Word are both OLE containers; stream names tell.
        head = data[: _SNIFF_SIZE * 8]
        if "__substg1.0_".encode("utf-16-le") in head:
            return MediaType.MSG
        if "WordDocument".encode("utf-16-le") in head:
            return MediaType.DOC
        return MediaType.OLE
    if _looks_like_rfc822(data):
        return MediaType.EML
    return None


def _detect_zip(data: bytes) -> str | None:
    """Recognise Office Open XML and OpenDocument text inside a zip file."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return MediaType.DOCX
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
        return False
    controls = sum(
        1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\f\v\x1b"
    )
    return controls <= len(sample) // 100
