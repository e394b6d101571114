# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objects embedded in Office Open XML packages (``word/embeddings/`` etc.).

Word, Excel and PowerPoint keep embedded files in an ``embeddings`` folder:
whole Office packages (``Microsoft_Excel_Worksheet.xlsx``), PDFs, and OLE
objects (``oleObject1.bin``). An OLE object wraps its file in one of these
streams, read with olefile:

- ``\\x01Ole10Native``: a packaged file ("Package" objects: any file dragged
  into a document), with its original name;
- ``Package``: an Office Open XML package (a DOCX/XLSX/PPTX embedded by an
  older Office);
- ``CONTENTS``: the file itself (Acrobat embeds PDFs this way).

Any other OLE object (a legacy .doc/.xls, an equation, ...) goes to the
dispatcher whole. Each embedding is a part, extracted through the dispatcher
like an attachment; one that cannot be read is a failed part with its reason.
"""

from __future__ import annotations

import io
import struct
import zipfile

import olefile

from .archive import is_encrypted
from .base import ErrorCode
from .base import ExtractionError
from .context import Context

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NATIVE = "\x01Ole10Native"
_WRAPPER_STREAMS = ("Package", "CONTENTS")


def extract_embeddings(archive: zipfile.ZipFile, ctx: Context) -> str:
    """Return the text of every embedded object, each under its own heading."""
    sections: list[str] = []
    for info in archive.infolist():
        folders = info.filename.split("/")
        if info.is_dir() or len(folders) < 2 or folders[-2] != "embeddings":
            continue
        ctx.check_deadline()
        heading = f"--- Embedded: {folders[-1]} ---"
        ctx.charge_chars(len(heading) + 2)
        text = ctx.extract_nested(
            info.filename,
            lambda nested, info=info: _embedding(archive, info, nested),  # type: ignore[misc]
        )
        sections.append(heading if not text else f"{heading}\n{text}".strip())
    return "\n\n".join(sections)


def _embedding(archive: zipfile.ZipFile, info: zipfile.ZipInfo, ctx: Context) -> str:
    data = _read(archive, info, ctx)
    name = info.filename.rsplit("/", 1)[-1]
    if data.startswith(_OLE_MAGIC):
        unwrapped = _unwrap_ole(data)
        if unwrapped is not None:
            name, data = unwrapped
    _, text = ctx.dispatch(data, name, ctx, None)
    return text


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, ctx: Context) -> bytes:
    """Read one member with the same checks as :func:`archive.open_zip`."""
    limits = ctx.limits
    if is_encrypted(info):
        raise ExtractionError(ErrorCode.ENCRYPTED, "The embedded object is encrypted.")
    if info.file_size > ctx.max_bytes:
        raise ExtractionError(ErrorCode.TOO_LARGE, "The embedded object is too large.")
    if info.file_size > limits.ratio_threshold_bytes and (
        info.file_size > limits.max_compression_ratio * max(info.compress_size, 1)
    ):
        raise ExtractionError(
            ErrorCode.DECOMPRESSION_BOMB,
            "The embedded object unpacks far beyond its compressed size.",
        )
    ctx.charge_unpacked(info.file_size, "embedded object")
    try:
        return archive.read(info)
    except NotImplementedError as exc:
        raise ExtractionError(
            ErrorCode.UNSUPPORTED, "The embedded object's compression is unsupported."
        ) from exc


def _unwrap_ole(data: bytes) -> tuple[str, bytes] | None:
    """``(file name, bytes)`` of the file an OLE object wraps, if it wraps one."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists(_NATIVE):
                return ole10_native(ole.openstream(_NATIVE).read())
            for stream in _WRAPPER_STREAMS:
                if ole.exists(stream) and ole.get_type(stream) == olefile.STGTY_STREAM:
                    return stream, ole.openstream(stream).read()
    except OSError as exc:
        raise ExtractionError(
            ErrorCode.CORRUPT, "The embedded OLE object cannot be read."
        ) from exc
    return None


def ole10_native(raw: bytes) -> tuple[str, bytes]:
    """Parse an ``Ole10Native`` stream: ``(original file name, file bytes)``.

    Layout: total size (u32), flags (u16), label, original path (both
    NUL-terminated ANSI), two u32, temporary path (NUL-terminated), data size
    (u32), data.
    """
    try:
        index = 6
        label, index = _zstring(raw, index)
        source, index = _zstring(raw, index)
        index += 8
        _temp, index = _zstring(raw, index)
        (size,) = struct.unpack_from("<I", raw, index)
        index += 4
    except (struct.error, ValueError) as exc:
        raise ExtractionError(
            ErrorCode.CORRUPT, "The packaged object's header is damaged."
        ) from exc
    payload = raw[index : index + size]
    if len(payload) != size:
        raise ExtractionError(ErrorCode.CORRUPT, "The packaged object is truncated.")
    name = (label or source.replace("\\", "/").rsplit("/", 1)[-1]).replace("/", "_")
    return name or "package", payload


def _zstring(raw: bytes, index: int) -> tuple[str, int]:
    end = raw.index(b"\x00", index)
    return raw[index:end].decode("cp1252", "replace"), end + 1
