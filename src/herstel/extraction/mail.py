# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""E-mail messages (RFC 822 / .eml): headers, body and attachments."""

from __future__ import annotations

import re
from email import message_from_bytes
from email import policy
from email.message import EmailMessage
from email.message import Message
from email.message import MIMEPart

from .base import ErrorCode
from .base import ExtractionError
from .base import MediaType
from .context import Context
from .htmltext import html_to_text

EMAIL_HEADERS = ("From", "To", "Cc", "Subject", "Date")
"""Headers rendered as ``Name: value`` lines, in this order."""


def attachment_heading(name: str) -> str:
    """Return the line placed above the text of an attachment."""
    return f"--- Attachment: {name} ---"


def mailbox(name: str, address: str) -> str:
    """Return ``Name <address>``, or whichever of the two is known."""
    if name and address and name != address:
        return f"{name} <{address}>"
    return name or address


def header_block(
    *,
    sender: str,
    recipients: dict[str, list[str]],
    displayed: dict[str, str],
    subject: str,
    date: str,
) -> str:
    """The From/To/Cc/Bcc/Subject/Date lines of an Outlook message.

    ``recipients`` are the mailboxes per header from the recipient table;
    ``displayed`` the message's own display lines, used where the table is empty.
    """
    lines = [f"From: {sender}"] if sender else []
    for header in ("To", "Cc", "Bcc"):
        value = ", ".join(recipients.get(header, [])) or displayed.get(header, "")
        if value:
            lines.append(f"{header}: {value}")
    if subject:
        lines.append(f"Subject: {subject}")
    if date:
        lines.append(f"Date: {date}")
    return "\n".join(lines)


def join_sections(sections: list[str]) -> str:
    """Join header block, body and attachments with blank lines."""
    return "\n\n".join(section for section in sections if section).strip()


def extract_email(data: bytes, ctx: Context) -> str:
    """Return headers, body and the text of each attachment of an e-mail."""
    message = message_from_bytes(data, policy=policy.default)
    if not isinstance(message, EmailMessage):  # policy.default guarantees this
        raise ExtractionError(ErrorCode.CORRUPT, "The e-mail cannot be parsed.")
    lines = [
        f"{name}: {_header_text(value)}"
        for name in EMAIL_HEADERS
        for value in message.get_all(name, [])
    ]
    sections = ["\n".join(lines)] if lines else []

    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        sections.append(_body_text(body))
    ctx.charge_chars(sum(len(section) + 2 for section in sections))
    if message.is_multipart():
        attachments = list(message.iter_attachments())
    elif body is None:
        attachments = [message]  # a single-part message that is itself a file
    else:
        attachments = []

    for index, part in enumerate(attachments, start=1):
        name = _part_name(part, index)
        heading = attachment_heading(name)
        ctx.charge_chars(len(heading) + 2)
        declared = part.get_content_type()
        text = ctx.extract_part(name, _PayloadLoader(part), declared)
        sections.append(heading if not text else f"{heading}\n{text}".strip())
    return join_sections(sections)


def _header_text(value: object) -> str:
    """Render a header value; a malformed one falls back to its raw text."""
    try:
        text = str(value)
    except Exception:  # the header registry may choke on malformed values
        text = repr(value)
    return " ".join(text.split())


def _body_text(part: MIMEPart) -> str:
    """Return the text of a text/plain or text/html body part."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, KeyError):
        raw = part.get_payload(decode=True)
        content = (
            raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else ""
        )
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content.strip()


def _part_name(part: Message, index: int) -> str:
    """Return the file name of an attachment, or a stable generated name."""
    name = part.get_filename()
    if not name:
        if part.get_content_type() == MediaType.EML:
            name = f"attachment-{index}.eml"
        else:
            name = f"attachment-{index}"
    return name.replace("/", "_").replace("\\", "_")


class _PayloadLoader:
    """Return the decoded bytes of an attachment when called."""

    __slots__ = ("part",)

    def __init__(self, part: Message) -> None:
        self.part = part

    def __call__(self) -> bytes:
        part = self.part
        declared = part.get_content_type()
        if declared == MediaType.EML and part.is_multipart():
            inner = part.get_payload(0)
            if not isinstance(inner, Message):
                raise ExtractionError(
                    ErrorCode.CORRUPT, "The attached e-mail is empty."
                )
            return inner.as_bytes(policy=policy.default)
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            raise ExtractionError(
                ErrorCode.UNSUPPORTED,
                f"The attachment of type {declared} has no content.",
            )
        return payload


# A message starts at a "From " line at the start of the file or after a line
# break; lines in bodies that start with "From " are escaped as ">From ".
_MBOX_SEPARATOR = re.compile(rb"(?:\A|\n)From [^\n]*\n")


def extract_mbox(data: bytes, ctx: Context) -> str:
    """Return each message of a Unix mailbox (mbox) under a heading.

    Every message is extracted like an .eml file, attachments included; a
    message that fails is listed in ``skipped``.
    """
    starts = [match.end() for match in _MBOX_SEPARATOR.finditer(data)]
    if not starts:
        raise ExtractionError(ErrorCode.CORRUPT, "The mailbox holds no messages.")
    if len(starts) > ctx.limits.max_members:
        raise ExtractionError(
            ErrorCode.TOO_LARGE,
            f"The mailbox has {len(starts)} messages; at most "
            f"{ctx.limits.max_members} are read.",
        )
    ends = [match.start() for match in _MBOX_SEPARATOR.finditer(data)][1:]
    ends.append(len(data))
    sections: list[str] = []
    for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1):
        name = f"message-{number}.eml"
        heading = f"--- Message {number} ---"
        ctx.charge_chars(len(heading) + 2)
        text = ctx.extract_part(name, _Slice(data, start, end), MediaType.EML)
        sections.append(heading if not text else f"{heading}\n{text}")
    return "\n\n".join(sections)


class _Slice:
    """Return one message of a mailbox when called."""

    __slots__ = ("data", "end", "start")

    def __init__(self, data: bytes, start: int, end: int) -> None:
        self.data, self.start, self.end = data, start, end

    def __call__(self) -> bytes:
        return self.data[self.start : self.end].replace(b"\n>From ", b"\nFrom ")
