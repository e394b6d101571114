# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A message attached to a message inside a PST, read from its property context.

libpff's Python binding hands such an attachment over as the raw bytes of the
attached message's property context ([MS-PST] 2.3: a heap-on-node holding a
BTree of properties) and not as a message. The properties kept in that heap
(subject, sender, recipients' display names, a body of up to a few kilobytes)
are read here. What lives in sub-nodes the binding does not expose (a longer
body, the attached message's own attachments and recipient table) is listed
as an ``unsupported`` part with that reason.
"""

from __future__ import annotations

import struct

from .base import ErrorCode
from .base import ExtractionError
from .context import Context
from .htmltext import decode_html
from .htmltext import html_to_text
from .mail import header_block
from .mail import join_sections
from .mail import mailbox

_HEAP_SIGNATURE = 0xEC
_PROPERTY_CONTEXT = 0xBC
_BTREE_ON_HEAP = 0xB5
_PT_LONG = 0x0003
_PT_BOOLEAN = 0x000B
_PT_STRING8 = 0x001E
_PT_UNICODE = 0x001F
_PT_BINARY = 0x0102
_VARIABLE = (_PT_STRING8, _PT_UNICODE, _PT_BINARY)

_SUBJECT = 0x0037
_SENDER_NAME = 0x0C1A
_SENDER_EMAIL = 0x0C1F
_SENDER_SMTP = 0x5D01
_DISPLAY_TO = 0x0E04
_DISPLAY_CC = 0x0E03
_DISPLAY_BCC = 0x0E02
_MESSAGE_FLAGS = 0x0E07
_FLAG_HAS_ATTACHMENTS = 0x10
_BODY = 0x1000
_BODY_HTML = 0x1013

_UNREACHABLE = (
    "Stored outside the attached message's property heap, which libpff's "
    "Python binding does not expose."
)


def embedded_message_text(data: bytes, ctx: Context) -> str:
    """Return the headers and body of an attached message's property context."""
    try:
        props = _properties(data)
    except (struct.error, IndexError, ValueError) as exc:
        raise ExtractionError(
            ErrorCode.UNSUPPORTED,
            "The attached message is stored in a form that cannot be read.",
        ) from exc
    headers = header_block(
        sender=mailbox(
            _string(props, _SENDER_NAME),
            _string(props, _SENDER_SMTP) or _string(props, _SENDER_EMAIL),
        ),
        recipients={},
        displayed={
            "To": _string(props, _DISPLAY_TO),
            "Cc": _string(props, _DISPLAY_CC),
            "Bcc": _string(props, _DISPLAY_BCC),
        },
        subject=_subject(_string(props, _SUBJECT)),
        date="",
    )
    body = _string(props, _BODY).replace("\r\n", "\n").strip()
    html = props.get(_BODY_HTML, (0, None))[1]
    if not body and isinstance(html, bytes):
        body = html_to_text(decode_html(html))
    unreachable = [prop for prop in (_BODY, _BODY_HTML) if props.get(prop) == (0, None)]
    if not body and unreachable:
        ctx.skip("body", ErrorCode.UNSUPPORTED, _UNREACHABLE)
    flags = props.get(_MESSAGE_FLAGS, (0, 0))[1]
    if isinstance(flags, int) and flags & _FLAG_HAS_ATTACHMENTS:
        ctx.skip("attachments", ErrorCode.UNSUPPORTED, _UNREACHABLE)
    text = join_sections([headers, body])
    ctx.charge_chars(len(text))
    return text


Props = dict[int, tuple[int, bytes | int | None]]


def _properties(data: bytes) -> Props:
    """Property id -> ``(type, value)``: bytes from the heap, booleans inline;
    a value in a sub-node is ``(0, None)``."""
    page_map, signature, client, user_root = struct.unpack_from("<HBBI", data, 0)
    if signature != _HEAP_SIGNATURE or client != _PROPERTY_CONTEXT:
        raise ValueError("not a property context")
    allocations = struct.unpack_from("<H", data, page_map)[0]
    offsets = struct.unpack_from(f"<{allocations + 1}H", data, page_map + 4)

    def item(hid: int) -> bytes:
        index = (hid >> 5) & 0x7FF
        if hid & 0x1F or hid >> 16 or not 0 < index <= allocations:
            raise ValueError("the heap spans several blocks")
        return data[offsets[index - 1] : offsets[index]]

    kind, key_size, entry_size, levels, root = struct.unpack_from(
        "<BBBBI", item(user_root), 0
    )
    if kind != _BTREE_ON_HEAP or levels or (key_size, entry_size) != (2, 6):
        raise ValueError("an unexpected property tree")
    records = item(root) if root else b""
    props: Props = {}
    for offset in range(0, len(records) - 7, 8):
        prop, prop_type, value = struct.unpack_from("<HHI", records, offset)
        if prop_type in _VARIABLE:
            in_heap = value and not value & 0x1F
            props[prop] = (prop_type, item(value)) if in_heap else (0, None)
        elif prop_type in (_PT_BOOLEAN, _PT_LONG):
            props[prop] = (prop_type, value)
    return props


def _string(props: Props, prop: int) -> str:
    prop_type, value = props.get(prop, (0, None))
    if not isinstance(value, bytes) or prop_type not in (_PT_UNICODE, _PT_STRING8):
        return ""
    if prop_type == _PT_UNICODE:
        text = value.decode("utf-16-le", "replace")
    else:
        text = value.decode("cp1252", "replace")
    text = text.replace("\x00", "")
    return text if prop == _BODY else " ".join(text.split())


def _subject(subject: str) -> str:
    # A stored subject may start with \x01 and the length of its prefix ("RE: ").
    return subject[2:].strip() if subject.startswith("\x01") else subject
