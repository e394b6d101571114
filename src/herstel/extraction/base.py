# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Value types and errors shared by the text extractors.

This module is pure Python: it imports nothing from Django, so extraction can run
in a worker, a script or a test without settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
"""Largest input accepted by :func:`herstel.extraction.extract_text` by default."""

MAX_DEPTH = 5
"""How deep e-mail attachments may nest (an attachment of an attachment, ...)."""


class ErrorCode(StrEnum):
    """Machine-readable reasons for an :class:`ExtractionError`.

    The Django layer maps these codes to translated messages.
    """

    CORRUPT = "corrupt"
    UNSUPPORTED = "unsupported"
    ENCRYPTED = "encrypted"
    TOO_LARGE = "too_large"
    TOO_DEEP = "too_deep"


class MediaType(StrEnum):
    """Media types that :func:`herstel.extraction.detect_media_type` can return."""

    PDF = "application/pdf"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ODT = "application/vnd.oasis.opendocument.text"
    DOC = "application/msword"
    MSG = "application/vnd.ms-outlook"
    OLE = "application/x-ole-storage"
    ZIP = "application/zip"
    EML = "message/rfc822"
    HTML = "text/html"
    TEXT = "text/plain"
    CSV = "text/csv"
    MARKDOWN = "text/markdown"
    OCTET_STREAM = "application/octet-stream"


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """The text extracted from one file."""

    text: str
    """The extracted text."""

    media_type: str
    """The detected media type, e.g. ``"application/pdf"``."""

    parts: tuple[str, ...] = ()
    """Names of the nested parts (e-mail attachments) that were processed.

    Nested names are joined with ``/``, e.g. ``"forwarded.eml/report.pdf"``. Parts
    that could not be extracted are listed here as well as in :attr:`skipped`.
    """

    skipped: tuple[tuple[str, str], ...] = ()
    """``(part name, error code)`` for each nested part whose text is missing.

    An unsupported or damaged attachment does not make the whole message fail, but
    the caller has to know that the text is incomplete.
    """


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
