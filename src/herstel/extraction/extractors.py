# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The entry point :func:`extract_text` and the dispatch by media type.

Every library exception is turned into an :class:`ExtractionError`, so callers
only ever have to handle that one exception type.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from .base import DEFAULT_MAX_BYTES
from .base import DEFAULT_TIMEOUT
from .base import IMAGE_TYPES
from .base import ErrorCode
from .base import ExtractionError
from .base import ExtractionResult
from .base import Job
from .base import Limits
from .base import MediaType
from .base import valid_unicode
from .context import Context
from .sniffing import TEXT_TYPES
from .sniffing import detect_media_type
from .sniffing import extension_media_type

__all__ = ["PAGE_SEPARATOR", "extract_in_process", "extract_text"]

PAGE_SEPARATOR = "\n\n"
"""Between the pages of a PDF (the same value as ``pdf.PAGE_SEPARATOR``)."""

Extractor = Callable[[bytes, Context], str]


def _lazy(module: str, name: str) -> Extractor:
    """The extractor ``name`` of ``module``, imported on first use: a plain-text
    scan does not pay for the PDF, Office and OCR libraries."""

    def extract(data: bytes, ctx: Context) -> str:
        function: Extractor = getattr(
            importlib.import_module(f".{module}", __package__), name
        )
        return function(data, ctx)

    return extract


def extract_text(
    data: bytes,
    filename: str = "",
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    limits: Limits | None = None,
    isolate: bool = True,
) -> ExtractionResult:
    """Extract the text of one file.

    The media type is detected with :func:`detect_media_type`. Raises
    :class:`ExtractionError` and nothing else; its ``code`` is an
    :class:`ErrorCode`: ``too_large`` when ``data`` (or what it unpacks to)
    exceeds ``max_bytes``, ``unsupported`` for formats without an extractor,
    ``encrypted`` for password-protected files, ``too_deep`` for parts nested
    deeper than ``limits.max_depth``, ``decompression_bomb``, ``too_much_text``,
    ``ocr_unavailable`` for scans without Tesseract, ``timeout`` and ``corrupt``
    for anything the parsers cannot read.

    With ``isolate`` (the default) the work runs in a reusable worker
    subprocess that is killed when ``timeout`` seconds pass, so even a parser
    stuck inside a C library cannot hang the caller; this works in threads,
    Celery prefork workers and ``ProcessPoolExecutor`` workers alike (see
    :mod:`herstel.extraction.sandbox`). ``isolate=False`` runs in the calling
    process, where ``timeout`` is only checked between pages, rows and parts.
    ``timeout=None`` means no time limit.
    """
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be positive or None")
    limits = limits or Limits()
    if len(data) > max_bytes:
        raise ExtractionError(
            ErrorCode.TOO_LARGE,
            f"The file has {len(data)} bytes; at most {max_bytes} are accepted.",
        )
    job = Job(filename, max_bytes, timeout, limits)
    if isolate and not _plain_text(data, filename):
        # Plain text is decoded in this process (the limits on size and text
        # still apply): the worker round trip costs more than the work.
        from .sandbox import run_isolated

        return run_isolated(data, job)
    return extract_in_process(data, job)


def extract_in_process(data: bytes, job: Job) -> ExtractionResult:
    """Extract in the calling process; the worker subprocess runs this too."""
    limits = job.limits
    ctx = Context.start(
        limits=limits, max_bytes=job.max_bytes, dispatch=_dispatch, timeout=job.timeout
    )
    try:
        media_type, text = _dispatch(data, job.filename, ctx, None)
    except ExtractionError:
        raise
    except MemoryError as exc:
        raise _out_of_memory() from exc
    except Exception as exc:  # a bug must not look like a crash to the caller
        raise ExtractionError(
            ErrorCode.CORRUPT, f"The file cannot be read: {type(exc).__name__}."
        ) from exc
    text = append_metadata(text, ctx.state.metadata)
    if len(text) > limits.max_chars:
        raise ExtractionError(
            ErrorCode.TOO_MUCH_TEXT,
            f"The text has {len(text)} characters; at most {limits.max_chars} "
            "are returned.",
        )
    text, replaced = valid_unicode(text)
    if replaced:
        ctx.note(
            f"{replaced} characters that are not valid Unicode were replaced by U+FFFD."
        )
    state = ctx.state
    return ExtractionResult(
        text=text,
        media_type=media_type,
        parts=tuple(_valid(part) for part in state.parts),
        skipped=tuple((_valid(path), code) for path, code in state.skipped),
        failures=tuple(
            (_valid(path), code, _valid(message))
            for path, code, message in state.failures
        ),
        replaced_characters=replaced,
        notes=tuple(_valid(note) for note in state.notes),
        metadata=tuple((name, _valid(value)) for name, value in state.metadata[:200]),
    )


def _valid(text: str) -> str:
    return valid_unicode(text)[0]


METADATA_HEADING = "--- Metadata ---"
"""The line above the metadata fields at the end of the text."""


def append_metadata(text: str, metadata: list[tuple[str, str]]) -> str:
    """Close the text with ``Field: value`` lines, so detection sees them."""
    if not metadata:
        return text
    # Lower-case labels: a capitalised "Author" at a line start reads as a name.
    lines = "\n".join(f"{name.lower()}: {value}" for name, value in metadata)
    return (
        f"{text}\n\n{METADATA_HEADING}\n{lines}"
        if text
        else (f"{METADATA_HEADING}\n{lines}")
    )


def _plain_text(data: bytes, filename: str) -> bool:
    try:
        return detect_media_type(data, filename) in TEXT_TYPES
    except Exception:  # the worker reports what detection cannot read
        return False


def _dispatch(
    data: bytes, filename: str, ctx: Context, declared_type: str | None
) -> tuple[str, str]:
    """Return ``(media type, text)`` of one file or nested part."""
    ctx.check_depth()
    ctx.check_deadline()
    if len(data) > ctx.max_bytes:
        raise ExtractionError(
            ErrorCode.TOO_LARGE,
            f"The file has {len(data)} bytes; at most {ctx.max_bytes} are accepted.",
        )
    try:
        media_type = detect_media_type(data, filename)
    except Exception as exc:  # detection must never crash the caller
        raise ExtractionError(
            ErrorCode.CORRUPT, "The file type cannot be read."
        ) from exc
    if declared_type == MediaType.EML:
        media_type = MediaType.EML
    elif media_type == MediaType.OCTET_STREAM and declared_type in _EXTRACTORS:
        media_type = declared_type
    claimed = extension_media_type(filename)
    if claimed is not None and not _same_family(claimed, media_type):
        where = f"{ctx.prefix}{filename}" if ctx.prefix else "The file"
        ctx.note(f"{where}: the name says {claimed}, the content is {media_type}.")
    extract = _EXTRACTORS.get(media_type)
    if extract is None:
        raise ExtractionError(
            ErrorCode.UNSUPPORTED,
            f"Text cannot be extracted from files of type {media_type}.",
        )
    try:
        text = extract(data, ctx)
    except ExtractionError:
        raise
    except MemoryError as exc:
        raise _out_of_memory() from exc
    except Exception as exc:
        raise ExtractionError(
            ErrorCode.CORRUPT,
            f"The {media_type} file cannot be read: {type(exc).__name__}.",
        ) from exc
    return media_type, text


def _same_family(claimed: str, detected: str) -> bool:
    """Whether an extension's type and the sniffed type are the same format."""
    if claimed == detected:
        return True
    loose = {MediaType.TEXT, MediaType.CSV, MediaType.MARKDOWN, MediaType.HTML}
    return claimed in loose and detected in loose


def _out_of_memory() -> ExtractionError:
    return ExtractionError(
        ErrorCode.TOO_LARGE, "The file needs more memory than is available."
    )


def _extract_encrypted_office(data: bytes, ctx: Context) -> str:
    """Office documents with a password are OLE files with an encrypted package."""
    raise ExtractionError(
        ErrorCode.ENCRYPTED, "The Office document is password protected."
    )


def _legacy(media_type: str) -> Extractor:
    def extract(data: bytes, ctx: Context) -> str:
        from .legacy import extract_legacy_office

        return extract_legacy_office(media_type, data, ctx)

    return extract


_EXTRACTORS: dict[str, Extractor] = {
    MediaType.PDF: _lazy("pdf", "extract_pdf"),
    MediaType.DOCX: _lazy("ooxml", "extract_docx"),
    MediaType.XLSX: _lazy("ooxml", "extract_xlsx"),
    MediaType.PPTX: _lazy("presentation", "extract_pptx"),
    MediaType.ODT: _lazy("odf", "extract_odt"),
    MediaType.ODS: _lazy("odf", "extract_odt"),
    MediaType.ODP: _lazy("odf", "extract_odt"),
    MediaType.EPUB: _lazy("epub", "extract_epub"),
    MediaType.RTF: _lazy("rtf", "extract_rtf"),
    MediaType.MBOX: _lazy("mail", "extract_mbox"),
    MediaType.DOC: _legacy(MediaType.DOC),
    MediaType.XLS: _legacy(MediaType.XLS),
    MediaType.PPT: _legacy(MediaType.PPT),
    MediaType.EML: _lazy("mail", "extract_email"),
    MediaType.MSG: _lazy("msg", "extract_msg"),
    MediaType.PST: _lazy("pst", "extract_pst"),
    MediaType.ZIP: _lazy("archive", "extract_zip"),
    MediaType.HTML: _lazy("text", "extract_html"),
    MediaType.OFFICE_ENCRYPTED: _extract_encrypted_office,
    **{media_type: _lazy("text", "extract_plain") for media_type in TEXT_TYPES},
    **{media_type: _lazy("ocr", "extract_image") for media_type in IMAGE_TYPES},
}
