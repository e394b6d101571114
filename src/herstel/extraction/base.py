# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Value types, limits and errors shared by the text extractors.

This module is pure Python: it imports nothing from Django, so extraction can run
in a worker, a script or a test without settings.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import fields
from enum import StrEnum
from typing import Any

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
"""Largest input accepted by :func:`herstel.extraction.extract_text` by default.

It also caps the total number of bytes unpacked from archives (DOCX, ODT, XLSX,
ZIP, nested archives) during one extraction.
"""

DEFAULT_TIMEOUT = 60.0
"""Seconds one :func:`herstel.extraction.extract_text` call may take by default."""

MAX_DEPTH = 5
"""How deep attachments and archive members may nest (a part of a part, ...)."""


class ErrorCode(StrEnum):
    """Machine-readable reasons for an :class:`ExtractionError`.

    The Django layer maps these codes to translated messages.
    """

    CORRUPT = "corrupt"
    """The parsers cannot read the file (damaged, truncated or mislabelled)."""

    UNSUPPORTED = "unsupported"
    """No extractor exists for the file type."""

    ENCRYPTED = "encrypted"
    """Password protected: an encrypted PDF, ZIP, ODT or Office document."""

    TOO_LARGE = "too_large"
    """The input, or what it unpacks to, exceeds the byte limits."""

    TOO_DEEP = "too_deep"
    """Attachments or archives are nested more than the depth limit."""

    DECOMPRESSION_BOMB = "decompression_bomb"
    """An archive member or image unpacks far beyond its compressed size."""

    TOO_MUCH_TEXT = "too_much_text"
    """The extracted text exceeds :attr:`Limits.max_chars`."""

    TIMEOUT = "timeout"
    """Extraction took longer than the time limit and was stopped."""

    OCR_UNAVAILABLE = "ocr_unavailable"
    """The file needs OCR (a scan or an image) but Tesseract is not installed."""


class MediaType(StrEnum):
    """Media types that :func:`herstel.extraction.detect_media_type` can return."""

    PDF = "application/pdf"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    ODT = "application/vnd.oasis.opendocument.text"
    PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    ODS = "application/vnd.oasis.opendocument.spreadsheet"
    ODP = "application/vnd.oasis.opendocument.presentation"
    EPUB = "application/epub+zip"
    RTF = "application/rtf"
    DOC = "application/msword"
    XLS = "application/vnd.ms-excel"
    PPT = "application/vnd.ms-powerpoint"
    MBOX = "application/mbox"
    MSG = "application/vnd.ms-outlook"
    PST = "application/vnd.ms-outlook-pst"
    OLE = "application/x-ole-storage"
    OFFICE_ENCRYPTED = "application/x-ms-encrypted-office"
    ZIP = "application/zip"
    EML = "message/rfc822"
    HTML = "text/html"
    TEXT = "text/plain"
    CSV = "text/csv"
    MARKDOWN = "text/markdown"
    PNG = "image/png"
    JPEG = "image/jpeg"
    TIFF = "image/tiff"
    GIF = "image/gif"
    BMP = "image/bmp"
    WEBP = "image/webp"
    OCTET_STREAM = "application/octet-stream"


IMAGE_TYPES = frozenset(
    {
        MediaType.PNG,
        MediaType.JPEG,
        MediaType.TIFF,
        MediaType.GIF,
        MediaType.BMP,
        MediaType.WEBP,
    }
)
"""Media types whose text can only be read by OCR."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits against hostile or broken files.

    The defaults suit documents that arrive in dossiers; pass your own instance
    to :func:`herstel.extraction.extract_text` to tighten or widen them. The
    input size and the total unpacked size are bounded by ``max_bytes``.
    """

    max_depth: int = MAX_DEPTH
    """How deep attachments and archive members may nest."""

    max_chars: int = 50_000_000
    """Most characters of text one extraction may return (``too_much_text``)."""

    max_compression_ratio: int = 200
    """Largest uncompressed/compressed ratio of one archive member.

    Deflate reaches about 1000:1 on a bomb; real office XML stays well under 100.
    """

    ratio_threshold_bytes: int = 1024 * 1024
    """Members smaller than this are not checked for their compression ratio."""

    max_members: int = 10_000
    """Most members one archive (ZIP, DOCX, ODT, XLSX) may have."""

    max_image_pixels: int = 80_000_000
    """Largest image (width x height) decoded for OCR; an A3 page at 600 dpi fits."""

    ocr_max_pixels: int = 16_000_000
    """Larger images are scaled down to this many pixels before OCR."""

    max_ocr_pages: int = 100
    """Most pages or images one extraction sends to OCR."""

    def to_dict(self) -> dict[str, int]:
        """Return the limits as a JSON-friendly dictionary."""
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Limits:
        """Build limits from :meth:`to_dict` output, ignoring unknown keys."""
        known = {field.name for field in fields(cls)}
        return cls(**{key: int(value) for key, value in values.items() if key in known})


@dataclass(frozen=True, slots=True)
class Job:
    """One file's extraction: its name and the bounds it runs within. The
    worker subprocess receives it as the JSON header of a request."""

    filename: str
    max_bytes: int
    timeout: float | None
    limits: Limits

    def header(self) -> dict[str, Any]:
        """The job as JSON values, for the worker's request."""
        return {
            "filename": self.filename,
            "max_bytes": self.max_bytes,
            "timeout": self.timeout,
            "limits": self.limits.to_dict(),
        }

    @classmethod
    def from_header(cls, header: dict[str, Any]) -> Job:
        """The job of a request header written by :meth:`header`."""
        timeout = header.get("timeout")
        return cls(
            filename=str(header.get("filename", "")),
            max_bytes=int(header["max_bytes"]),
            timeout=None if timeout is None else float(timeout),
            limits=Limits.from_dict(header.get("limits", {})),
        )


def _tuples(value: Any) -> Any:
    """JSON arrays back to the tuples the result holds."""
    return tuple(_tuples(item) for item in value) if isinstance(value, list) else value


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """The text extracted from one file."""

    text: str
    """The extracted text."""

    media_type: str
    """The detected media type, e.g. ``"application/pdf"``."""

    parts: tuple[str, ...] = ()
    """Names of the nested parts (attachments, archive members) that were processed.

    Nested names are joined with ``/``, e.g. ``"forwarded.eml/report.pdf"``. Parts
    that could not be extracted are listed here as well as in :attr:`skipped`.
    Scanned PDF pages whose text could not be read are named ``page-N``.
    """

    skipped: tuple[tuple[str, str], ...] = ()
    """``(part name, error code)`` for each nested part whose text is missing.

    An unsupported or damaged attachment does not make the whole message fail, but
    the caller has to know that the text is incomplete.
    """

    failures: tuple[tuple[str, str, str], ...] = ()
    """``(part name, error code, English message)``: :attr:`skipped` with reasons."""

    replaced_characters: int = 0
    """Characters that were not valid Unicode (lone surrogates, NUL) and were
    replaced by U+FFFD, one for one, so offsets stay the same."""

    notes: tuple[str, ...] = ()
    """English remarks that do not make the text incomplete, e.g. a file whose
    extension says one format while its content is another."""

    metadata: tuple[tuple[str, str], ...] = ()
    """``(field, value)`` of document metadata (author, title, last modified by,
    comment authors); the same lines close :attr:`text`, so names in them are
    found by detection."""

    def meta(self) -> dict[str, Any]:
        """Everything but the text as JSON values (the worker's answer header)."""
        return {
            field.name: getattr(self, field.name)
            for field in fields(self)
            if field.name != "text"
        }

    @classmethod
    def from_meta(cls, meta: dict[str, Any], text: str) -> ExtractionResult:
        """The result of :meth:`meta` and its text; other keys are ignored."""
        names = {field.name for field in fields(cls)} - {"text"}
        return cls(
            text=text, **{key: _tuples(meta[key]) for key in names if key in meta}
        )

    @property
    def part_results(self) -> tuple[tuple[str, str, str], ...]:
        """``(part name, "ok" or error code, message)`` for every part."""
        failed = {path: (code, message) for path, code, message in self.failures}
        for path, code in self.skipped:
            failed.setdefault(path, (code, ""))
        return tuple(
            (path, *failed[path]) if path in failed else (path, "ok", "")
            for path in self.parts
        )


class ExtractionError(Exception):
    """Text could not be extracted.

    ``code`` is one of :class:`ErrorCode` and ``message`` an English explanation
    meant for logs; user interfaces translate the code instead.
    """

    def __init__(self, code: str, message: str) -> None:
        """Store the machine code and the English message."""
        super().__init__(message)
        self.code = str(code)
        self.message = message

    def __repr__(self) -> str:
        """Show code and message, which is what a log line needs."""
        return f"ExtractionError(code={self.code!r}, message={self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with both arguments, so the error survives a process pool."""
        return (type(self), (self.code, self.message))


@contextmanager
def time_limited(message: str) -> Iterator[None]:
    """Run an external program (LibreOffice, Tesseract): when it runs past its
    time limit, the extraction is refused with ``timeout`` and ``message``."""
    try:
        yield
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError(ErrorCode.TIMEOUT, message) from exc


# Lone surrogates cannot be encoded as UTF-8; NUL is refused by PostgreSQL
# and by most text tools.
_INVALID = re.compile("[\ud800-\udfff\x00]")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def valid_unicode(text: str) -> tuple[str, int]:
    """Return ``text`` as valid Unicode and the number of characters replaced.

    Surrogate pairs (how RTF ``\\u`` escapes and some PDF fonts spell
    characters outside the Basic Multilingual Plane, such as Gothic script)
    are joined into the characters they stand for; lone surrogates and NUL
    are replaced by U+FFFD one for one. Valid text comes back unchanged, so
    the function is idempotent and offsets into its result stay valid.
    """
    if not _INVALID.search(text):
        return text, 0
    if _PAIR.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode(
            "utf-16-le", "surrogatepass"
        )
    replaced = 0

    def count(_match: re.Match[str]) -> str:
        nonlocal replaced
        replaced += 1
        return "\ufffd"

    return _INVALID.sub(count, text), replaced
