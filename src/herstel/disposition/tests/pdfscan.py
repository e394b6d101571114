# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Everything a reader could pull out of a PDF, to search for leaked text."""

from __future__ import annotations

import contextlib
import functools
import io
import zlib

from pypdf import PdfReader
from pypdf.generic import ArrayObject
from pypdf.generic import DictionaryObject
from pypdf.generic import IndirectObject
from pypdf.generic import StreamObject
from pypdf.generic import TextStringObject


def pdf_haystacks(data: bytes) -> list[str]:
    """Return the extracted text, metadata, outline, strings and raw streams.

    Each stream is decompressed; byte content is decoded as Latin-1, UTF-8 and
    UTF-16-BE so that a name in any of those encodings is found.
    """
    reader = PdfReader(io.BytesIO(data))
    found: list[str] = []
    for page in reader.pages:
        found.append(page.extract_text() or "")
        found.append(page.extract_text(extraction_mode="layout") or "")
    found.extend(str(value) for value in (reader.metadata or {}).values())
    found.append(repr(reader.outline))
    found.append(repr(reader.attachments))
    found.append(repr(reader.xmp_metadata))
    raw = [data]
    seen: set[int] = set()
    numbers = {n for objects in reader.xref.values() for n in objects}
    numbers |= set(reader.xref_objStm)
    for number in sorted(numbers):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: S112 - sparse object numbers
            continue
        if obj is None or number in seen:
            continue
        seen.add(number)
        _collect(obj, found, raw)
    for chunk in list(raw):
        with contextlib.suppress(zlib.error):
            raw.append(zlib.decompress(chunk))
    for chunk in raw:
        found.append(chunk.decode("latin-1"))
        found.append(chunk.decode("utf-8", "replace"))
        found.append(chunk.decode("utf-16-be", "replace"))
    return found


def _collect(obj: object, found: list[str], raw: list[bytes]) -> None:
    if isinstance(obj, IndirectObject):
        return
    if isinstance(obj, StreamObject):
        try:
            raw.append(obj.get_data())
        except Exception:
            raw.append(obj._data)
    if isinstance(obj, DictionaryObject):
        for value in obj.values():
            _collect(value, found, raw)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            _collect(value, found, raw)
    elif isinstance(obj, TextStringObject | str):
        found.append(str(obj))


@functools.lru_cache(maxsize=8)
def _lowered(data: bytes) -> str:
    return "\x00".join(pdf_haystacks(data)).lower()


def pdf_contains(data: bytes, needle: str) -> bool:
    """Whether ``needle`` occurs (case-insensitively) anywhere in the PDF."""
    return needle.lower() in _lowered(data)
