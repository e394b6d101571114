# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A minimal writer of OLE compound files ([MS-CFB] version 3) and Outlook .msg.

olefile only reads compound files, and the Python .msg writers are GPL, so the
tests build their synthetic messages with this writer: 512-byte sectors, a
mini stream for streams under 4096 bytes, no DIFAT sectors (files up to about
7 MB). Only what the tests need; not for production use.
"""

from __future__ import annotations

import datetime
import struct
from dataclasses import dataclass
from dataclasses import field

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SECTOR = 512
_MINI_SECTOR = 64
_MINI_CUTOFF = 4096
_FREE = 0xFFFFFFFF
_END = 0xFFFFFFFE
_FATSECT = 0xFFFFFFFD
_NOSTREAM = 0xFFFFFFFF
_STORAGE, _STREAM, _ROOT = 1, 2, 5


@dataclass
class Storage:
    """A storage: named streams (bytes) and sub-storages."""

    entries: dict[str, bytes | Storage] = field(default_factory=dict)


@dataclass
class _Node:
    name: str
    kind: int
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = _NOSTREAM
    right: int = _NOSTREAM
    child: int = _NOSTREAM
    start: int = _END
    size: int = 0


def _sort_key(name: str) -> tuple[int, str]:
    return (len(name), name.upper())


def _flatten(storage: Storage, name: str, kind: int, nodes: list[_Node]) -> int:
    index = len(nodes)
    nodes.append(_Node(name=name, kind=kind))
    for child_name, value in sorted(
        storage.entries.items(), key=lambda i: _sort_key(i[0])
    ):
        if isinstance(value, Storage):
            child = _flatten(value, child_name, _STORAGE, nodes)
        else:
            child = len(nodes)
            nodes.append(_Node(name=child_name, kind=_STREAM, data=value))
        nodes[index].children.append(child)
    nodes[index].child = _balance(nodes, nodes[index].children)
    return index


def _balance(nodes: list[_Node], ids: list[int]) -> int:
    """Link sorted siblings as a balanced binary search tree; return its root."""
    if not ids:
        return _NOSTREAM
    middle = len(ids) // 2
    root = ids[middle]
    nodes[root].left = _balance(nodes, ids[:middle])
    nodes[root].right = _balance(nodes, ids[middle + 1 :])
    return root


def _chain(fat: list[int], start: int, count: int) -> None:
    for offset in range(count):
        fat[start + offset] = start + offset + 1 if offset < count - 1 else _END


def _sectors(size: int, unit: int) -> int:
    return (size + unit - 1) // unit


def write_compound_file(root: Storage) -> bytes:
    """Return the bytes of a compound file holding ``root``."""
    nodes: list[_Node] = []
    _flatten(root, "Root Entry", _ROOT, nodes)
    mini = bytearray()
    mini_fat: list[int] = []
    big: list[_Node] = []
    for node in nodes:
        if node.kind != _STREAM:
            continue
        node.size = len(node.data)
        if node.size == 0:
            continue
        if node.size < _MINI_CUTOFF:
            count = _sectors(node.size, _MINI_SECTOR)
            node.start = len(mini_fat)
            mini_fat.extend([0] * count)
            _chain(mini_fat, node.start, count)
            mini += node.data.ljust(count * _MINI_SECTOR, b"\x00")
        else:
            big.append(node)
    dir_count = _sectors(len(nodes) * 128, _SECTOR)
    minifat_count = _sectors(len(mini_fat) * 4, _SECTOR)
    ministream_count = _sectors(len(mini), _SECTOR)
    big_count = sum(_sectors(node.size, _SECTOR) for node in big)
    payload = dir_count + minifat_count + ministream_count + big_count
    fat_count = 1
    while fat_count * (_SECTOR // 4) < payload + fat_count:
        fat_count += 1
    if fat_count > 109:
        raise ValueError("too large for a writer without DIFAT sectors")
    total = fat_count + payload
    fat = [_FREE] * (fat_count * (_SECTOR // 4))
    for index in range(fat_count):
        fat[index] = _FATSECT
    position = fat_count
    dir_start = position
    _chain(fat, position, dir_count)
    position += dir_count
    minifat_start = position if minifat_count else _END
    _chain(fat, position, minifat_count)
    position += minifat_count
    ministream_start = position if ministream_count else _END
    _chain(fat, position, ministream_count)
    position += ministream_count
    body = bytearray()
    for node in big:
        count = _sectors(node.size, _SECTOR)
        node.start = position
        _chain(fat, position, count)
        position += count
        body += node.data.ljust(count * _SECTOR, b"\x00")
    assert position == total
    nodes[0].start = ministream_start
    nodes[0].size = len(mini)

    header = bytearray(_SECTOR)
    header[0:8] = _MAGIC
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into(
        "<IIIIIIIII",
        header,
        40,
        0,
        fat_count,
        dir_start,
        0,
        _MINI_CUTOFF,
        minifat_start,
        minifat_count,
        _END,
        0,
    )
    difat = list(range(fat_count)) + [_FREE] * (109 - fat_count)
    struct.pack_into("<109I", header, 76, *difat)

    directory = bytearray()
    for node in nodes:
        entry = bytearray(128)
        encoded = node.name.encode("utf-16-le")
        entry[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", entry, 64, len(encoded) + 2, node.kind, 1)
        struct.pack_into("<III", entry, 68, node.left, node.right, node.child)
        struct.pack_into("<IQ", entry, 116, node.start, node.size)
        directory += entry
    directory = directory.ljust(dir_count * _SECTOR, b"\x00")
    # Unused directory slots must be empty entries with no siblings.
    for offset in range(len(nodes) * 128, len(directory), 128):
        struct.pack_into(
            "<III", directory, offset + 68, _NOSTREAM, _NOSTREAM, _NOSTREAM
        )

    minifat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat).ljust(
        minifat_count * _SECTOR, b"\xff"
    )
    return b"".join(
        (
            bytes(header),
            struct.pack(f"<{len(fat)}I", *fat),
            bytes(directory),
            minifat_bytes,
            bytes(mini).ljust(ministream_count * _SECTOR, b"\x00"),
            bytes(body),
        )
    )


# ---------------------------------------------------------------------------
# Outlook messages

PT_LONG = 0x0003
PT_SYSTIME = 0x0040
PT_UNICODE = 0x001F
PT_BINARY = 0x0102


def _properties(header_size: int, values: dict[int, tuple[int, int]]) -> bytes:
    """A ``__properties_version1.0`` stream with fixed-size values."""
    out = bytearray(header_size)
    for prop, (prop_type, value) in values.items():
        out += struct.pack("<IIQ", (prop << 16) | prop_type, 6, value)
    return bytes(out)


def _unicode(prop: int, text: str) -> tuple[str, bytes]:
    return f"__substg1.0_{prop:04X}{PT_UNICODE:04X}", text.encode("utf-16-le")


def _filetime(moment: datetime.datetime) -> int:
    epoch = datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)
    return (moment - epoch) // datetime.timedelta(microseconds=1) * 10


@dataclass
class Message:
    """The parts of a synthetic Outlook message."""

    subject: str
    sender_name: str
    sender_address: str
    recipients: list[tuple[str, str, int]]  # (name, address, 1=To 2=Cc 3=Bcc)
    body: str = ""
    html_body: bytes | None = None
    sent: datetime.datetime | None = None
    attachments: list[tuple[str, bytes | Message]] = field(default_factory=list)


def _message_storage(message: Message, *, top_level: bool) -> Storage:
    storage = Storage()
    fixed: dict[int, tuple[int, int]] = {0x3FFD: (PT_LONG, 65001)}
    if message.sent is not None:
        fixed[0x0039] = (PT_SYSTIME, _filetime(message.sent))
    storage.entries["__properties_version1.0"] = _properties(
        32 if top_level else 24, fixed
    )
    for prop, text in (
        (0x0037, message.subject),
        (0x0C1A, message.sender_name),
        (0x5D01, message.sender_address),
        (0x0E04, "; ".join(n for n, _, kind in message.recipients if kind == 1)),
        (0x1000, message.body),
    ):
        if text:
            name, value = _unicode(prop, text)
            storage.entries[name] = value
    if message.html_body is not None:
        storage.entries[f"__substg1.0_1013{PT_BINARY:04X}"] = message.html_body
    for index, (name, address, kind) in enumerate(message.recipients):
        recipient = Storage()
        recipient.entries["__properties_version1.0"] = _properties(
            8, {0x0C15: (PT_LONG, kind)}
        )
        for prop, text in ((0x3001, name), (0x39FE, address)):
            key, value = _unicode(prop, text)
            recipient.entries[key] = value
        storage.entries[f"__recip_version1.0_#{index:08X}"] = recipient
    for index, (filename, content) in enumerate(message.attachments):
        attachment = Storage()
        method = 5 if isinstance(content, Message) else 1
        attachment.entries["__properties_version1.0"] = _properties(
            8, {0x3705: (PT_LONG, method)}
        )
        key, value = _unicode(0x3707, filename)
        attachment.entries[key] = value
        if isinstance(content, Message):
            attachment.entries["__substg1.0_3701000D"] = _message_storage(
                content, top_level=False
            )
        else:
            attachment.entries[f"__substg1.0_3701{PT_BINARY:04X}"] = content
        storage.entries[f"__attach_version1.0_#{index:08X}"] = attachment
    if top_level:
        storage.entries["__nameid_version1.0"] = Storage()
    return storage


def write_msg(message: Message) -> bytes:
    """Return the bytes of an Outlook .msg file for ``message``."""
    return write_compound_file(_message_storage(message, top_level=True))
