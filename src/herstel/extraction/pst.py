# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Outlook mailboxes (.pst, .ost: the Personal Folder File format) via libpff.

Every message of every folder becomes a part named after its folder path,
number and subject. Its text is the same as an .msg file's: From, To, Cc,
Subject and Date lines, the body (plain text, else HTML, else RTF) and each
attachment extracted through the dispatcher. A message that libpff cannot
read is a failed part; the rest of the mailbox is still read.

libpff's Python binding (LGPL-3.0-or-later) hands a message attached to
another message over as raw property bytes; :mod:`.pst_embedded` reads its
headers and body from them, and lists what it cannot reach (its own
attachments, a long body) as ``unsupported`` parts with that reason.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from email.utils import format_datetime
from typing import Any

from .base import ErrorCode
from .base import ExtractionError
from .context import Context
from .htmltext import decode_html
from .htmltext import html_to_text
from .mail import attachment_heading
from .mail import header_block
from .mail import join_sections
from .mail import mailbox
from .msg import _ATTACH_FILENAME
from .msg import _ATTACH_LONG_FILENAME
from .msg import _ATTACH_MIME_TAG
from .msg import _DISPLAY_BCC
from .msg import _DISPLAY_CC
from .msg import _DISPLAY_NAME
from .msg import _DISPLAY_TO
from .msg import _EMAIL_ADDRESS
from .msg import _PT_LONG
from .msg import _PT_STRING8
from .msg import _PT_UNICODE
from .msg import _RECIPIENT_HEADERS
from .msg import _RECIPIENT_TYPE
from .msg import _SENDER_EMAIL
from .msg import _SENDER_NAME
from .msg import _SENDER_SMTP
from .msg import _SENT_EMAIL
from .msg import _SENT_NAME
from .msg import _SMTP_ADDRESS

_ATTACH_METHOD = 0x3705
_ATTACH_EMBEDDED_MESSAGE = 5
_MAX_FOLDERS = 10_000


def extract_pst(data: bytes, ctx: Context) -> str:
    """Return every message of an Outlook mailbox under a heading."""
    try:
        import pypff
    except ImportError as exc:  # pragma: no cover - a required dependency
        raise ExtractionError(
            ErrorCode.UNSUPPORTED, "The PST reader (libpff-python) is not installed."
        ) from exc
    pst = pypff.file()
    try:
        pst.open_file_object(io.BytesIO(data))
    except OSError as exc:
        raise ExtractionError(
            ErrorCode.CORRUPT, "The Outlook mailbox cannot be opened."
        ) from exc
    try:
        sections: list[str] = []
        messages = _messages(pst.get_root_folder(), ctx)
        for count, (folder_path, folder, index) in enumerate(messages, start=1):
            if count > ctx.limits.max_members:
                raise ExtractionError(
                    ErrorCode.TOO_LARGE,
                    f"The mailbox has more than {ctx.limits.max_members} messages.",
                )
            sections.append(_one_message(folder_path, folder, index, count, ctx))
    finally:
        pst.close()
    return "\n\n".join(section for section in sections if section)


def _messages(root: Any, ctx: Context) -> Iterator[tuple[str, Any, int]]:
    """Yield ``(folder path, folder, message index)`` for every message."""
    stack: list[tuple[str, Any]] = [("", root)]
    seen = 0
    while stack:
        path, folder = stack.pop(0)
        seen += 1
        if seen > _MAX_FOLDERS:
            raise ExtractionError(
                ErrorCode.TOO_LARGE, "The mailbox has too many folders."
            )
        ctx.check_deadline()
        for index in range(_count(folder, "number_of_sub_messages")):
            yield path, folder, index
        for index in range(_count(folder, "number_of_sub_folders")):
            try:
                child = folder.get_sub_folder(index)
                name = _clean(child.name or "") or f"folder-{index + 1}"
            except OSError:
                ctx.skip(f"{path}folder-{index + 1}", ErrorCode.CORRUPT, "Unreadable.")
                continue
            stack.append((f"{path}{name}/", child))


def _count(folder: Any, attribute: str) -> int:
    try:
        return int(getattr(folder, attribute) or 0)
    except OSError:
        return 0


def _one_message(path: str, folder: Any, index: int, number: int, ctx: Context) -> str:
    """Return the heading and text of one message, or the heading if it failed."""
    try:
        message = folder.get_sub_message(index)
        subject = _clean(message.subject or "")
    except OSError:
        message, subject = None, ""
    name = f"{path}message-{number}" + (f" {subject[:60]}" if subject else "") + ".msg"
    name = name.replace("\\", "_")
    heading = f"--- Message {number}: {path.rstrip('/') or '/'} ---"
    ctx.charge_chars(len(heading) + 2)

    def run(nested: Context) -> str:
        if message is None:
            raise ExtractionError(ErrorCode.CORRUPT, "libpff cannot read the message.")
        try:
            return _message_text(message, nested)
        except OSError as exc:
            raise ExtractionError(
                ErrorCode.CORRUPT, "libpff cannot read the message."
            ) from exc

    text = ctx.extract_nested(name, run)
    return heading if not text else f"{heading}\n{text}"


class _Properties:
    """The first record set of a pypff item, by property id."""

    def __init__(self, entries: dict[int, Any]) -> None:
        self.entries = entries

    @classmethod
    def of(cls, item: Any) -> _Properties:
        try:
            record_sets = list(item.record_sets)
        except OSError:
            record_sets = []
        return cls.of_record_set(record_sets[0] if record_sets else None)

    @classmethod
    def of_record_set(cls, record_set: Any) -> _Properties:
        entries: dict[int, Any] = {}
        for entry in record_set.entries if record_set is not None else ():
            entries.setdefault(entry.entry_type, entry)
        return cls(entries)

    def string(self, prop: int) -> str:
        entry = self.entries.get(prop)
        if entry is None or entry.value_type not in (_PT_UNICODE, _PT_STRING8):
            return ""
        try:
            return _clean(entry.get_data_as_string() or "")
        except (OSError, UnicodeError):
            return ""

    def integer(self, prop: int) -> int | None:
        entry = self.entries.get(prop)
        if entry is None or entry.value_type != _PT_LONG:
            return None
        try:
            return int(entry.get_data_as_integer())
        except (OSError, ValueError):
            return None


def _message_text(message: Any, ctx: Context) -> str:
    props = _Properties.of(message)
    date = ""
    for moment in (message.client_submit_time, message.delivery_time):
        if moment is not None:
            date = format_datetime(moment)
            break
    headers = header_block(
        sender=mailbox(
            props.string(_SENDER_NAME) or props.string(_SENT_NAME),
            props.string(_SENDER_SMTP)
            or props.string(_SENDER_EMAIL)
            or props.string(_SENT_EMAIL),
        ),
        recipients=_recipients(message),
        displayed={
            "To": props.string(_DISPLAY_TO),
            "Cc": props.string(_DISPLAY_CC),
            "Bcc": props.string(_DISPLAY_BCC),
        },
        subject=_clean(message.subject or ""),
        date=date,
    )
    sections = [headers, _body(message, ctx)]
    ctx.charge_chars(sum(len(section) + 2 for section in sections))
    for number in range(message.number_of_attachments):
        ctx.check_deadline()
        sections.append(_attachment(message, number, ctx))
    return join_sections(sections)


def _recipients(message: Any) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    recipients = message.recipients
    if recipients is None:
        return grouped
    for record_set in recipients.record_sets:
        props = _Properties.of_record_set(record_set)
        kind = props.integer(_RECIPIENT_TYPE) or 1
        address = mailbox(
            props.string(_DISPLAY_NAME),
            props.string(_SMTP_ADDRESS) or props.string(_EMAIL_ADDRESS),
        )
        if address:
            header = _RECIPIENT_HEADERS.get(kind & 0xF, "To")
            grouped.setdefault(header, []).append(address)
    return grouped


def _body(message: Any, ctx: Context) -> str:
    plain = message.plain_text_body
    if plain:
        return bytes(plain).decode("utf-8", "replace").replace("\r\n", "\n").strip()
    html = message.html_body
    if html:
        return html_to_text(decode_html(bytes(html)))
    rtf = message.rtf_body
    if rtf:
        from .rtf import extract_rtf

        return extract_rtf(bytes(rtf), ctx)
    return ""


def _attachment(message: Any, number: int, ctx: Context) -> str:
    attachment = message.get_attachment(number)
    props = _Properties.of(attachment)
    try:
        long_name = attachment.get_long_filename() or ""
    except OSError:
        long_name = ""
    name = (
        (
            _clean(long_name)
            or props.string(_ATTACH_LONG_FILENAME)
            or props.string(_ATTACH_FILENAME)
            or props.string(_DISPLAY_NAME)
            or f"attachment-{number + 1}"
        )
        .replace("/", "_")
        .replace("\\", "_")
    )
    embedded = props.integer(_ATTACH_METHOD) == _ATTACH_EMBEDDED_MESSAGE
    if embedded and not name.lower().endswith(".msg"):
        name = f"{name}.msg"
    heading = attachment_heading(name)
    ctx.charge_chars(len(heading) + 2)
    if embedded:
        from .pst_embedded import embedded_message_text

        text = ctx.extract_nested(
            name,
            lambda nested: embedded_message_text(
                bytes(attachment.read_buffer(attachment.size)), nested
            ),
        )
        return heading if not text else f"{heading}\n{text}".strip()
    text = ctx.extract_part(
        name,
        lambda: bytes(attachment.read_buffer(attachment.size)),
        props.string(_ATTACH_MIME_TAG) or None,
    )
    return heading if not text else f"{heading}\n{text}".strip()


def _clean(text: str) -> str:
    return " ".join(text.replace("\x00", "").split())
