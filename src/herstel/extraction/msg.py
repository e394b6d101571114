# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Outlook messages (.msg, [MS-OXMSG]) read with olefile.

A .msg file is an OLE compound file. Properties of the message live in
``__substg1.0_<id><type>`` streams (strings and binaries) and in the
``__properties_version1.0`` stream (fixed-size values such as dates and
recipient types). Recipients and attachments are sub-storages; an attached
message is a nested message storage, extracted recursively.
"""

from __future__ import annotations

import datetime
import io
import struct
from email.utils import format_datetime

import olefile

from .base import ErrorCode
from .base import ExtractionError
from .context import Context
from .htmltext import decode_html
from .htmltext import html_to_text
from .mail import attachment_heading
from .mail import header_block
from .mail import join_sections
from .mail import mailbox

_RECIPIENT_PREFIX = "__recip_version1.0_"
_ATTACHMENT_PREFIX = "__attach_version1.0_"
_PROPERTIES = "__properties_version1.0"
_EMBEDDED = "__substg1.0_3701000D"

_PT_LONG = 0x0003
_PT_SYSTIME = 0x0040
_PT_STRING8 = 0x001E
_PT_UNICODE = 0x001F
_PT_BINARY = 0x0102

_SUBJECT = 0x0037
_SENDER_NAME = 0x0C1A
_SENDER_SMTP = 0x5D01
_SENDER_EMAIL = 0x0C1F
_SENT_NAME = 0x0042
_SENT_EMAIL = 0x0065
_DISPLAY_TO = 0x0E04
_DISPLAY_CC = 0x0E03
_DISPLAY_BCC = 0x0E02
_BODY = 0x1000
_BODY_HTML = 0x1013
_SUBMIT_TIME = 0x0039
_DELIVERY_TIME = 0x0E06
_CODEPAGE = 0x3FFD
_INTERNET_CODEPAGE = 0x3FDE
_DISPLAY_NAME = 0x3001
_EMAIL_ADDRESS = 0x3003
_SMTP_ADDRESS = 0x39FE
_RECIPIENT_TYPE = 0x0C15
_ATTACH_LONG_FILENAME = 0x3707
_ATTACH_FILENAME = 0x3704
_ATTACH_DATA = 0x3701
_ATTACH_MIME_TAG = 0x370E

_RECIPIENT_HEADERS = {1: "To", 2: "Cc", 3: "Bcc"}
_FILETIME_EPOCH = datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)
_MAX_STRING_BYTES = 64 * 1024 * 1024


def extract_msg(data: bytes, ctx: Context) -> str:
    """Return headers, body and attachments of an Outlook message."""
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        return _message(_Storage(ole, []), ctx, top_level=True)


class _Storage:
    """One storage (message, recipient or attachment) inside an OLE file."""

    def __init__(self, ole: olefile.OleFileIO, path: list[str]) -> None:
        self.ole = ole
        self.path = path
        self._properties: dict[int, bytes] | None = None
        self.codepage = "cp1252"

    def child(self, name: str) -> _Storage:
        storage = _Storage(self.ole, [*self.path, name])
        storage.codepage = self.codepage
        return storage

    def children(self, prefix: str) -> list[str]:
        """Names of the direct sub-storages starting with ``prefix``, sorted."""
        depth = len(self.path)
        names = {
            entry[depth]
            for entry in self.ole.listdir(streams=False, storages=True)
            if len(entry) > depth
            and entry[:depth] == self.path
            and entry[depth].startswith(prefix)
        }
        return sorted(names)

    def stream(self, name: str) -> bytes | None:
        path = [*self.path, name]
        if not self.ole.exists(path) or self.ole.get_type(path) != olefile.STGTY_STREAM:
            return None
        if self.ole.get_size(path) > _MAX_STRING_BYTES:
            raise ExtractionError(
                ErrorCode.TOO_LARGE, "A property of the message is too large."
            )
        with self.ole.openstream(path) as stream:
            return bytes(stream.read())

    def string(self, prop: int) -> str:
        """Return a string property (Unicode or 8-bit), or ``""``."""
        raw = self.stream(f"__substg1.0_{prop:04X}{_PT_UNICODE:04X}")
        if raw is not None:
            return raw.decode("utf-16-le", "replace").rstrip("\x00").strip()
        raw = self.stream(f"__substg1.0_{prop:04X}{_PT_STRING8:04X}")
        if raw is not None:
            return _decode(raw.rstrip(b"\x00"), self.codepage).strip()
        return ""

    def binary(self, prop: int) -> bytes | None:
        return self.stream(f"__substg1.0_{prop:04X}{_PT_BINARY:04X}")

    def fixed(self, prop: int, prop_type: int, header_size: int) -> bytes | None:
        """Return the 8-byte value of a fixed-size property, or ``None``."""
        if self._properties is None:
            self._properties = {}
            raw = self.stream(_PROPERTIES) or b""
            for offset in range(header_size, len(raw) - 15, 16):
                tag, _flags = struct.unpack_from("<II", raw, offset)
                self._properties[tag] = raw[offset + 8 : offset + 16]
        return self._properties.get((prop << 16) | prop_type)

    def long(self, prop: int, header_size: int) -> int | None:
        value = self.fixed(prop, _PT_LONG, header_size)
        return None if value is None else struct.unpack_from("<i", value)[0]


def _message(storage: _Storage, ctx: Context, *, top_level: bool) -> str:
    """Return the text of the message stored in ``storage``."""
    header_size = 32 if top_level else 24
    for prop in (_INTERNET_CODEPAGE, _CODEPAGE):
        codepage = storage.long(prop, header_size)
        if codepage:
            storage.codepage = _codec(codepage)
            break
    headers = header_block(
        sender=_sender(storage),
        recipients=_recipients(storage),
        displayed={
            "To": storage.string(_DISPLAY_TO),
            "Cc": storage.string(_DISPLAY_CC),
            "Bcc": storage.string(_DISPLAY_BCC),
        },
        subject=storage.string(_SUBJECT),
        date=_date(storage, header_size),
    )
    sections = [headers, _body(storage)]
    ctx.charge_chars(sum(len(section) + 2 for section in sections))
    for index, name in enumerate(storage.children(_ATTACHMENT_PREFIX), start=1):
        ctx.check_deadline()
        sections.append(_attachment(storage.child(name), index, ctx))
    return join_sections(sections)


def _sender(storage: _Storage) -> str:
    name = storage.string(_SENDER_NAME) or storage.string(_SENT_NAME)
    address = (
        storage.string(_SENDER_SMTP)
        or storage.string(_SENDER_EMAIL)
        or storage.string(_SENT_EMAIL)
    )
    return mailbox(name, address)


def _recipients(storage: _Storage) -> dict[str, list[str]]:
    """Return recipient mailboxes grouped by header (To, Cc, Bcc)."""
    grouped: dict[str, list[str]] = {}
    for name in storage.children(_RECIPIENT_PREFIX):
        recipient = storage.child(name)
        kind = recipient.long(_RECIPIENT_TYPE, 8) or 1
        address = mailbox(
            recipient.string(_DISPLAY_NAME),
            recipient.string(_SMTP_ADDRESS) or recipient.string(_EMAIL_ADDRESS),
        )
        if address:
            grouped.setdefault(_RECIPIENT_HEADERS.get(kind & 0xF, "To"), []).append(
                address
            )
    return grouped


def _date(storage: _Storage, header_size: int) -> str:
    for prop in (_SUBMIT_TIME, _DELIVERY_TIME):
        value = storage.fixed(prop, _PT_SYSTIME, header_size)
        if value is None:
            continue
        ticks = struct.unpack_from("<Q", value)[0]
        try:
            moment = _FILETIME_EPOCH + datetime.timedelta(microseconds=ticks // 10)
        except OverflowError:
            continue
        return format_datetime(moment)
    return ""


def _body(storage: _Storage) -> str:
    body = storage.string(_BODY)
    if body:
        return body.replace("\r\n", "\n")
    html = storage.binary(_BODY_HTML)
    if html is not None:
        return html_to_text(decode_html(html))
    html_text = storage.string(_BODY_HTML)
    return html_to_text(html_text) if html_text else ""


def _attachment(storage: _Storage, index: int, ctx: Context) -> str:
    """Return the heading and text of one attachment storage."""
    embedded = [*storage.path, _EMBEDDED]
    is_message = storage.ole.exists(embedded) and (
        storage.ole.get_type(embedded) == olefile.STGTY_STORAGE
    )
    name = (
        storage.string(_ATTACH_LONG_FILENAME)
        or storage.string(_ATTACH_FILENAME)
        or storage.string(_DISPLAY_NAME)
        or f"attachment-{index}"
    )
    name = name.replace("/", "_").replace("\\", "_")
    if is_message and not name.lower().endswith(".msg"):
        name = f"{name}.msg"
    heading = attachment_heading(name)
    ctx.charge_chars(len(heading) + 2)
    if is_message:
        inner = storage.child(_EMBEDDED)
        text = ctx.extract_nested(
            name, lambda nested: _message(inner, nested, top_level=False)
        )
    else:
        text = ctx.extract_part(
            name, lambda: _attachment_data(storage), storage.string(_ATTACH_MIME_TAG)
        )
    return heading if not text else f"{heading}\n{text}".strip()


def _attachment_data(storage: _Storage) -> bytes:
    data = storage.binary(_ATTACH_DATA)
    if data is None:
        raise ExtractionError(
            ErrorCode.UNSUPPORTED, "The attachment is an embedded OLE object."
        )
    return data


def _codec(codepage: int) -> str:
    codec = {65001: "utf-8", 20127: "ascii", 28591: "latin-1", 1200: "utf-16-le"}.get(
        codepage, f"cp{codepage}"
    )
    try:
        "".encode(codec)
    except LookupError:
        return "cp1252"
    return codec


def _decode(raw: bytes, codec: str) -> str:
    try:
        return raw.decode(codec, "replace")
    except LookupError:
        return raw.decode("cp1252", "replace")
