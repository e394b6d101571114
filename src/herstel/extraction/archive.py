# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""ZIP archives: a guard against decompression bombs and the ZIP extractor.

Every zip-based format (DOCX, ODT, XLSX, ZIP) is opened through
:func:`open_zip`, which checks the central directory before anything is
unpacked: the number of members, each member's compression ratio, encryption
flags and the total unpacked size (counted against ``max_bytes`` across the
whole extraction). Python's :mod:`zipfile` never returns more than a member's
declared size (it fails the CRC check instead), so the declared sizes are a
real bound.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from .base import ErrorCode
from .base import ExtractionError
from .context import Context

# Resource forks and Finder metadata that macOS adds to archives.
_JUNK_PREFIXES = ("__MACOSX/",)
_JUNK_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


def is_encrypted(info: zipfile.ZipInfo) -> bool:
    """Whether a member is password protected (ZipCrypto or WinZip AES)."""
    return bool(info.flag_bits & 0x1)


def is_markup(name: str) -> bool:
    """Whether a package member is one the office extractors read (XML, HTML)."""
    return name.lower().endswith(_MARKUP_SUFFIXES)


_MARKUP_SUFFIXES = (
    ".xml",
    ".rels",
    ".xhtml",
    ".html",
    ".htm",
    ".opf",
    ".ncx",
    ".rtf",
    ".mht",
    ".mhtml",
    ".txt",
    "mimetype",
)


def open_zip(
    data: bytes,
    ctx: Context,
    what: str,
    *,
    allow_encrypted: bool = False,
    read: Callable[[str], bool] | None = None,
) -> zipfile.ZipFile:
    """Open ``data`` as a zip file after checking it against the limits.

    Raises ``too_large`` for too many members or too many unpacked bytes,
    ``decompression_bomb`` for a member with an extreme compression ratio and,
    unless ``allow_encrypted``, ``encrypted`` for password-protected members.
    ``read`` says which members the caller will unpack (default: all); only
    those are checked for their ratio and encryption, so an office document is
    not refused for a highly compressible picture or embedding it never opens.
    """
    archive = zipfile.ZipFile(io.BytesIO(data))
    try:
        infos = archive.infolist()
        limits = ctx.limits
        if len(infos) > limits.max_members:
            raise ExtractionError(
                ErrorCode.TOO_LARGE,
                f"The {what} has {len(infos)} members; at most "
                f"{limits.max_members} are accepted.",
            )
        total = 0
        for info in infos:
            if read is not None and not read(info.filename):
                continue
            if (
                info.file_size > limits.ratio_threshold_bytes
                and info.file_size
                > limits.max_compression_ratio * max(info.compress_size, 1)
            ):
                raise ExtractionError(
                    ErrorCode.DECOMPRESSION_BOMB,
                    f"A member of the {what} unpacks {info.file_size} bytes from "
                    f"{info.compress_size}; the ratio limit is "
                    f"{limits.max_compression_ratio}.",
                )
            if not allow_encrypted and is_encrypted(info):
                raise ExtractionError(
                    ErrorCode.ENCRYPTED, f"The {what} is password protected."
                )
            total += info.file_size
        if read is not None:
            total = sum(info.file_size for info in infos if read(info.filename))
        if total > ctx.max_bytes:
            raise ExtractionError(
                ErrorCode.TOO_LARGE,
                f"The {what} unpacks to {total} bytes; at most {ctx.max_bytes} "
                "are accepted.",
            )
        ctx.charge_unpacked(total, what)
    except BaseException:
        archive.close()
        raise
    return archive


def extract_zip(data: bytes, ctx: Context) -> str:
    """Return the text of each member of a ZIP archive under a ``--- name ---`` line.

    Members are extracted recursively like e-mail attachments; a member that fails
    is listed in ``skipped``. An archive whose members are all encrypted is refused
    with ``encrypted``.
    """
    with open_zip(data, ctx, "ZIP archive", allow_encrypted=True) as archive:
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir() and not _is_junk(info.filename)
        ]
        if members and all(is_encrypted(info) for info in members):
            raise ExtractionError(
                ErrorCode.ENCRYPTED, "The ZIP archive is password protected."
            )
        sections: list[str] = []
        for info in members:
            name = info.filename.lstrip("/")
            heading = f"--- {name} ---"
            ctx.charge_chars(len(heading) + 2)
            if is_encrypted(info):
                ctx.skip(name, ErrorCode.ENCRYPTED)
                sections.append(heading)
                continue
            text = ctx.extract_part(name, _MemberReader(archive, info))
            sections.append(heading if not text else f"{heading}\n{text}".strip())
    return "\n\n".join(sections)


class _MemberReader:
    """Read one member when called; binds the loop variable explicitly."""

    __slots__ = ("archive", "info")

    def __init__(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        self.archive = archive
        self.info = info

    def __call__(self) -> bytes:
        try:
            return self.archive.read(self.info)
        except NotImplementedError as exc:
            raise ExtractionError(
                ErrorCode.UNSUPPORTED,
                "The archive member uses an unsupported compression method.",
            ) from exc


def _is_junk(name: str) -> bool:
    """Whether a member is operating system metadata rather than a document."""
    return name.startswith(_JUNK_PREFIXES) or name.rsplit("/", 1)[-1] in _JUNK_NAMES
