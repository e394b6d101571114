# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Text extraction from PDF, DOCX, e-mail, HTML and plain text.

Every library exception is turned into an :class:`ExtractionError`, so callers
only ever have to handle that one exception type.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage, Message, MIMEPart
from typing import TYPE_CHECKING

import docx
from docx.table import Table, _Cell
from pypdf import PasswordType, PdfReader
from pypdf.errors import FileNotDecryptedError

from .base import (
    DEFAULT_MAX_BYTES,
    MAX_DEPTH,
    ErrorCode,
    ExtractionError,
    ExtractionResult,
    MediaType,
)
from .htmltext import decode_html, html_to_text
from .sniffing import TEXT_TYPES, detect_media_type

if TYPE_CHECKING:
    from docx.document import Document

PAGE_SEPARATOR = "\n\n"
"""Placed between the text of consecutive PDF pages."""

_EMAIL_HEADERS = ("From", "To", "Cc", "Subject", "Date")


@dataclass(slots=True)
class _Collected:
    """Nested part names gathered while extracting one top-level file."""

    parts: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def extract_text(
    data: bytes, filename: str = "", *, max_bytes: int = DEFAULT_MAX_BYTES
) -> ExtractionResult:
    """Extract the text of one file.

    The media type is detected with :func:`detect_media_type`. Raises
    :class:`ExtractionError` with code ``too_large`` when ``data`` (or a DOCX
    unpacked) exceeds ``max_bytes``, ``unsupported`` for formats without an
    extractor, ``encrypted`` for password-protected PDFs, ``too_deep`` for
    attachments nested more than ``MAX_DEPTH`` levels and ``corrupt`` for
    anything the parsers cannot read.
    """
    collected = _Collected()
    media_type, text = _extract(data, filename, 0, max_bytes, collected, "", None)
    return ExtractionResult(
        text=text,
        media_type=media_type,
        parts=tuple(collected.parts),
        skipped=tuple(collected.skipped),
    )


def _extract(
    data: bytes,
    filename: str,
    depth: int,
    max_bytes: int,
    collected: _Collected,
    prefix: str,
    declared_type: str | None,
) -> tuple[str, str]:
    """Return ``(media type, text)``; nested parts go into ``collected``."""
    if depth > MAX_DEPTH:
        raise ExtractionError(
            ErrorCode.TOO_DEEP,
            f"Attachments are nested more than {MAX_DEPTH} levels deep.",
        )
    if len(data) > max_bytes:
        raise ExtractionError(
            ErrorCode.TOO_LARGE,
            f"The file has {len(data)} bytes; at most {max_bytes} are accepted.",
        )
    try:
        media_type = detect_media_type(data, filename)
    except Exception as exc:  # detection must never crash the caller
        raise ExtractionError(
            ErrorCode.CORRUPT, "The file type cannot be read."
        ) from exc
    if declared_type == MediaType.EML:
        media_type = MediaType.EML
    elif media_type == MediaType.OCTET_STREAM and declared_type in _EXTRACTORS_BY_TYPE:
        media_type = declared_type
    extract: Callable[[bytes, int], str] | None
    if media_type == MediaType.EML:
        extract = _email_extractor(depth, max_bytes, collected, prefix)
    else:
        extract = _EXTRACTORS_BY_TYPE.get(media_type)
    if extract is None:
        raise ExtractionError(
            ErrorCode.UNSUPPORTED,
            f"Text cannot be extracted from files of type {media_type}.",
        )
    try:
        text = extract(data, max_bytes)
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError(
            ErrorCode.CORRUPT,
            f"The {media_type} file cannot be read: {type(exc).__name__}.",
        ) from exc
    return media_type, text


# ---------------------------------------------------------------------------
# PDF


def _extract_pdf(data: bytes, max_bytes: int) -> str:
    """Return the text layer of a PDF, pages separated by a blank line."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # Many PDFs are encrypted only to restrict printing or copying and open
        # with an empty user password; those can be read.
        try:
            outcome = reader.decrypt("")
        except Exception as exc:
            raise _encrypted() from exc
        if outcome == PasswordType.NOT_DECRYPTED:
            raise _encrypted()
    try:
        pages = reader.pages
        if len(pages) == 0:
            raise ExtractionError(ErrorCode.CORRUPT, "The PDF file has no pages.")
        texts = [(page.extract_text() or "").strip() for page in pages]
    except FileNotDecryptedError as exc:
        raise _encrypted() from exc
    return PAGE_SEPARATOR.join(texts).strip()


def _encrypted() -> ExtractionError:
    return ExtractionError(ErrorCode.ENCRYPTED, "The PDF file is password protected.")


# ---------------------------------------------------------------------------
# DOCX


def _extract_docx(data: bytes, max_bytes: int) -> str:
    """Return paragraphs and table cells of a DOCX body in document order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > max_bytes:
        raise ExtractionError(
            ErrorCode.TOO_LARGE,
            f"The DOCX file unpacks to {unpacked} bytes; at most {max_bytes} "
            "are accepted.",
        )
    document = docx.Document(io.BytesIO(data))
    blocks: list[str] = []
    _docx_blocks(document, blocks)
    return "\n".join(blocks).strip()


def _docx_blocks(container: Document | _Cell, blocks: list[str]) -> None:
    """Append the text of paragraphs and tables inside ``container``."""
    for item in container.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                # Walking <w:tc> elements visits a merged cell once, where
                # row.cells would repeat it for each grid column it spans.
                for tc in row._tr.tc_lst:
                    inner: list[str] = []
                    _docx_blocks(_Cell(tc, item), inner)
                    cells.append("\n".join(inner).strip())
                if any(cells):
                    blocks.append("\t".join(cells))
        else:
            blocks.append(item.text)


# ---------------------------------------------------------------------------
# E-mail


def _email_extractor(
    depth: int, max_bytes: int, collected: _Collected, prefix: str
) -> Callable[[bytes, int], str]:
    """Bind the recursion state for one e-mail message."""

    def extract(data: bytes, limit: int) -> str:
        return _extract_email(data, depth, limit, collected, prefix)

    return extract


def _extract_email(
    data: bytes, depth: int, max_bytes: int, collected: _Collected, prefix: str
) -> str:
    """Return headers, body and the text of each attachment of an e-mail."""
    message = message_from_bytes(data, policy=policy.default)
    if not isinstance(message, EmailMessage):  # policy.default guarantees this
        raise ExtractionError(ErrorCode.CORRUPT, "The e-mail cannot be parsed.")
    lines = [
        f"{name}: {_header_text(value)}"
        for name in _EMAIL_HEADERS
        for value in message.get_all(name, [])
    ]
    sections = ["\n".join(lines)] if lines else []

    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        sections.append(_body_text(body))
    if message.is_multipart():
        attachments = list(message.iter_attachments())
    elif body is None:
        attachments = [message]  # a single-part message that is itself a file
    else:
        attachments = []

    for index, part in enumerate(attachments, start=1):
        name = _part_name(part, index)
        path = f"{prefix}{name}"
        collected.parts.append(path)
        heading = f"--- Attachment: {name} ---"
        try:
            payload, declared = _part_payload(part)
            _, text = _extract(
                payload, name, depth + 1, max_bytes, collected, f"{path}/", declared
            )
        except ExtractionError as exc:
            if exc.code == ErrorCode.TOO_DEEP:
                raise
            collected.skipped.append((path, exc.code))
            sections.append(heading)
        else:
            sections.append(f"{heading}\n{text}".strip())
    return "\n\n".join(section for section in sections if section).strip()


def _header_text(value: object) -> str:
    """Render a header value; a malformed one falls back to its raw text."""
    try:
        text = str(value)
    except Exception:  # the header registry may choke on malformed values
        text = repr(value)
    return " ".join(text.split())


def _body_text(part: MIMEPart) -> str:
    """Return the text of a text/plain or text/html body part."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, KeyError):
        raw = part.get_payload(decode=True)
        content = (
            raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else ""
        )
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content.strip()


def _part_name(part: Message, index: int) -> str:
    """Return the file name of an attachment, or a stable placeholder."""
    name = part.get_filename()
    if not name:
        if part.get_content_type() == MediaType.EML:
            name = f"attachment-{index}.eml"
        else:
            name = f"attachment-{index}"
    return name.replace("/", "_").replace("\\", "_")


def _part_payload(part: Message) -> tuple[bytes, str]:
    """Return the decoded bytes of an attachment and its declared media type."""
    declared = part.get_content_type()
    if declared == MediaType.EML and part.is_multipart():
        inner = part.get_payload(0)
        if not isinstance(inner, Message):
            raise ExtractionError(ErrorCode.CORRUPT, "The attached e-mail is empty.")
        return inner.as_bytes(policy=policy.default), declared
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise ExtractionError(
            ErrorCode.UNSUPPORTED, f"The attachment of type {declared} has no content."
        )
    return payload, declared


# ---------------------------------------------------------------------------
# HTML and plain text


def _extract_html(data: bytes, max_bytes: int) -> str:
    """Return the readable text of an HTML file."""
    return html_to_text(decode_html(data))


def _extract_plain(data: bytes, max_bytes: int) -> str:
    """Decode a text file without changing its content.

    UTF-8 first (a byte order mark is dropped), then UTF-16/32 when a byte order
    mark says so, then Windows-1252, which is what older Dutch office files use.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", errors="replace")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_EXTRACTORS_BY_TYPE: dict[str, Callable[[bytes, int], str]] = {
    MediaType.PDF: _extract_pdf,
    MediaType.DOCX: _extract_docx,
    MediaType.HTML: _extract_html,
    **{media_type: _extract_plain for media_type in TEXT_TYPES},
}
