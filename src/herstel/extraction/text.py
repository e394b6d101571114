# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Plain text and HTML files."""

from __future__ import annotations

import codecs

from .context import Context
from .sniffing import utf16_without_bom

# Encodings worth considering for legacy Dutch files once UTF-8 and
# Windows-1252 fail; a short list keeps detection fast and predictable.
_LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "cp850", "mac_roman", "cp1250"]


def extract_html(data: bytes, ctx: Context) -> str:
    """Return the readable text of an HTML file."""
    from .htmltext import decode_html  # not needed for plain text
    from .htmltext import html_to_text  # not needed for plain text

    text = html_to_text(decode_html(data))
    ctx.charge_chars(len(text))
    return text


def extract_plain(data: bytes, ctx: Context) -> str:
    """Decode a text file without changing its content.

    A byte order mark decides first (and is dropped), then strict UTF-8, then
    UTF-16 without a byte order mark, then Windows-1252, which is what older
    Dutch office files use. Bytes that are not valid Windows-1252 either go to
    charset-normalizer with a short list of legacy encodings.
    """
    text = decode_text(data)
    ctx.charge_chars(len(text))
    return text


def decode_text(data: bytes) -> str:
    """Implement the decoding of :func:`extract_plain`."""
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", errors="replace")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    # Imported here: charset-normalizer costs a tenth of the start-up of a
    # scan, and only text that is neither UTF-8 nor Windows-1252 needs it.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    encoding = best.encoding if best is not None else "cp1252"
    return data.decode(encoding, errors="replace")
