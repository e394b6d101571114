# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Rich Text Format (RTF) with striprtf, and its ``\\info`` group.

striprtf drops control words and groups that hold no visible text and decodes
``\\'xx`` escapes with the document's code page (``\\ansicpg``, Windows-1252
when absent). Author, operator (last modified by) and title are recorded as
metadata.
"""

from __future__ import annotations

import re

from striprtf.striprtf import rtf_to_text

from .base import ErrorCode
from .base import ExtractionError
from .context import Context

_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_INFO_FIELDS = (
    (re.compile(rb"\{\\author ([^{}\\]*)\}"), "Author"),
    (re.compile(rb"\{\\operator ([^{}\\]*)\}"), "Last modified by"),
    (re.compile(rb"\{\\title ([^{}\\]*)\}"), "Title"),
)
# Embedded objects and pictures are hex dumps: large and without text.
_BINARY_GROUPS = re.compile(rb"\{\\\*?\\?(?:objdata|pict|bin)[^{}]*\}")
_MAX_INFO = 64 * 1024


def extract_rtf(data: bytes, ctx: Context) -> str:
    """Return the visible text of an RTF document."""
    head = data[:_MAX_INFO]
    match = _CODEPAGE.search(head)
    encoding = f"cp{int(match.group(1))}" if match else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    for pattern, name in _INFO_FIELDS:
        found = pattern.search(data)
        if found:
            ctx.add_metadata(name, found.group(1).decode(encoding, "replace"))
    source = _BINARY_GROUPS.sub(b"", data).decode("latin-1")
    if not source.lstrip().startswith("{\\rtf"):
        raise ExtractionError(ErrorCode.CORRUPT, "The RTF file has no RTF header.")
    text = rtf_to_text(source, encoding=encoding, errors="replace")
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    ctx.charge_chars(len(text))
    return text
