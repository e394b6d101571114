# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Outlook mailboxes (.pst) read message by message, attachments included.

The two mailboxes are public test files (pst_sample/SOURCE.txt): libyal's
``outlook.pst`` (CC BY 4.0) and ruby-msg's ``msgInMsg.pst`` (MIT).
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from herstel.extraction import ExtractionError
from herstel.extraction import MediaType
from herstel.extraction import detect_media_type
from herstel.extraction import extract_text
from herstel.extraction.base import Limits
from herstel.extraction.context import Context
from herstel.extraction.extractors import _dispatch
from herstel.extraction.pst_embedded import embedded_message_text

SAMPLE = Path(__file__).parent / "pst_sample"


def test_pst_messages_have_headers_body_and_attachments() -> None:
    """Every message gives sender, recipients, subject, body and its attachments."""
    data = (SAMPLE / "outlook.pst").read_bytes()
    result = extract_text(data, "mailbox.bin", isolate=False, timeout=None)

    assert result.media_type == MediaType.PST
    assert "From: Outlook 2003 Team <olteam@microsoft.com>" in result.text
    assert "To: New Outlook User" in result.text
    assert "Subject: Welcome to Microsoft Office Outlook 2003" in result.text
    assert "Thank you for using Microsoft" in result.text
    message = (
        "Top of Personal Folders/Inbox/"
        "message-1 Welcome to Microsoft Office Outlook 2003.msg"
    )
    assert message in result.parts
    attachments = [p for p in result.parts if p.startswith(f"{message}/")]
    assert len(attachments) == 11
    assert f"{message}/1.jpg" in attachments
    assert "--- Attachment: 1.jpg ---" in result.text


def test_pst_attached_message_headers_and_body_are_read() -> None:
    """A message attached inside a PST gives its sender, subject and body."""
    data = (SAMPLE / "msgInMsg.pst").read_bytes()
    result = extract_text(data, "msgInMsg.pst", isolate=False, timeout=None)

    assert "Subject: I have attachments!" in result.text
    attached = "--- Attachment: Microsoft Outlook テスト メッセージ.msg ---"
    section = result.text[result.text.index(attached) :]
    assert "From: Microsoft Outlook <xmailuser@xmailserver.test>" in section
    assert "Subject: Microsoft Outlook テスト メッセージ\n" in section
    assert "Microsoft Outlook から自動送信されたものです" in section
    assert result.skipped == ()
    assert any(path.endswith("/green.png") for path in result.parts)


def test_pst_attached_message_with_attachments_reports_them() -> None:
    """The attachments of an attached message cannot be reached: a failed part."""

    heap = _property_context({0x0037: "Eerste bericht", 0x1000: "Zie bijlage."}, 0x11)
    ctx = Context.start(
        limits=Limits(), max_bytes=10**6, dispatch=_dispatch, timeout=None
    )

    text = embedded_message_text(heap, ctx)

    assert "Subject: Eerste bericht" in text
    assert "Zie bijlage." in text
    assert ctx.state.skipped == [("attachments", "unsupported")]


def _property_context(strings: dict[int, str], flags: int) -> bytes:
    """A one-block heap-on-node property context ([MS-PST] 2.3.1, 2.3.3)."""
    items = [b""]  # filled in below: the BTH header
    records = b""
    for prop, value in sorted(strings.items()):
        items.append(value.encode("utf-16-le"))
        hid = (len(items)) << 5
        records += struct.pack("<HHI", prop, 0x001F, hid)
    records += struct.pack("<HHI", 0x0E07, 0x0003, flags)
    records_hid = (len(items) + 1) << 5
    items.append(records)
    items[0] = struct.pack("<BBBBI", 0xB5, 2, 6, 0, records_hid)
    body = b"".join(items)
    offsets = [12]
    for item in items:
        offsets.append(offsets[-1] + len(item))
    page_map = offsets[-1]
    header = struct.pack("<HBBI", page_map, 0xEC, 0xBC, 1 << 5) + b"\0" * 4
    return (
        header
        + body
        + struct.pack("<HH", len(items), 0)
        + struct.pack(f"<{len(offsets)}H", *offsets)
    )


def test_pst_is_sniffed_by_content_and_a_broken_one_is_corrupt() -> None:
    """The PST signature decides the type; a truncated mailbox is corrupt."""
    data = (SAMPLE / "msgInMsg.pst").read_bytes()
    assert detect_media_type(data, "mail.dat") == MediaType.PST

    with pytest.raises(ExtractionError) as caught:
        extract_text(data[:600], "mail.pst", isolate=False)
    assert caught.value.code == "corrupt"
