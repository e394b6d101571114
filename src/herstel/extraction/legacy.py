# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Legacy Office files (.doc, .xls, .ppt) through LibreOffice, when installed.

LibreOffice (``soffice --headless --convert-to``) turns the binary formats
into DOCX, XLSX or PPTX, which the usual extractors then read. Each
conversion gets its own temporary folder, the process's private profile and
the time left of the extraction; it runs in the extraction worker's process
group, so a time-out kills it too. Without LibreOffice the file is
``unsupported`` with that reason. The runner itself is :mod:`.office_convert`,
shared with the redaction.
"""

from __future__ import annotations

import io
import struct

import olefile

from .base import ErrorCode
from .base import ExtractionError
from .base import MediaType
from .base import time_limited
from .context import Context
from .office_convert import CONVERSION_TIMEOUT
from .office_convert import libreoffice
from .office_convert import libreoffice_convert

_TARGETS = {
    MediaType.DOC: ("doc", "docx", MediaType.DOCX),
    MediaType.XLS: ("xls", "xlsx", MediaType.XLSX),
    MediaType.PPT: ("ppt", "pptx", MediaType.PPTX),
}


def is_password_protected(media_type: str, data: bytes) -> bool:
    """Whether a legacy Office file is encrypted with a password.

    Word: the ``fEncrypted`` bit of the FIB; Excel: a FILEPASS record among the
    first records of the workbook stream; PowerPoint: an encrypted summary
    stream. A file that cannot be inspected counts as not protected (the
    conversion then says what is wrong).
    """
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if media_type == MediaType.DOC and ole.exists("WordDocument"):
                fib = ole.openstream("WordDocument").read(12)
                return len(fib) >= 12 and bool(fib[11] & 0x01)
            if media_type == MediaType.XLS:
                name = "Workbook" if ole.exists("Workbook") else "Book"
                if not ole.exists(name):
                    return False
                head = ole.openstream(name).read(4096)
                return _has_filepass(head)
            if media_type == MediaType.PPT:
                return ole.exists("EncryptedSummary")
    except Exception:
        return False
    return False


def _has_filepass(head: bytes) -> bool:
    """Walk the BIFF records at the start of a workbook stream for FILEPASS."""
    offset = 0
    for _ in range(64):
        if offset + 4 > len(head):
            return False
        kind, size = struct.unpack_from("<HH", head, offset)
        if kind == 0x002F:
            return True
        offset += 4 + size
    return False


def extract_legacy_office(media_type: str, data: bytes, ctx: Context) -> str:
    """Convert a .doc, .xls or .ppt file and extract the result."""
    source_ext, target_ext, target_type = _TARGETS[MediaType(media_type)]
    if is_password_protected(media_type, data):
        raise ExtractionError(
            ErrorCode.ENCRYPTED, f"The .{source_ext} file is password protected."
        )
    program = libreoffice()
    if program is None:
        raise ExtractionError(
            ErrorCode.UNSUPPORTED,
            f"Legacy .{source_ext} files need LibreOffice, which is not installed.",
        )
    remaining = ctx.remaining()
    timeout = (
        CONVERSION_TIMEOUT if remaining is None else min(remaining, CONVERSION_TIMEOUT)
    )
    try:
        with time_limited("Converting the legacy Office file took too long."):
            converted = libreoffice_convert(
                data,
                source_ext=source_ext,
                target_ext=target_ext,
                timeout=timeout,
                program=program,
            )
    except OSError as exc:
        raise ExtractionError(
            ErrorCode.UNSUPPORTED, f"LibreOffice cannot be started: {exc}."
        ) from exc
    if converted is None:
        raise ExtractionError(
            ErrorCode.CORRUPT,
            f"LibreOffice cannot read this .{source_ext} file.",
        )
    # The converted file goes through the dispatcher like any other: the
    # extractors' module is not imported here (no cycle between the modules).
    _media_type, text = ctx.dispatch(converted, f"input.{target_ext}", ctx, target_type)
    return text
