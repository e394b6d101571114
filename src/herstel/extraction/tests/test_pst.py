# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Outlook mailboxes (.pst) read message by message, attachments included.

The two mailboxes are public test files (pst_sample/SOURCE.txt): libyal's
``outlook.pst`` (CC BY 4.0) and ruby-msg's ``msgInMsg.pst`` (MIT).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from herstel.extraction import (
    ExtractionError,
    MediaType,
    detect_media_type,
    extract_text,
)

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


def test_pst_attached_message_is_a_failed_part_with_its_reason() -> None:
    """A message attached inside a PST is listed as unsupported, the rest is read."""
    data = (SAMPLE / "msgInMsg.pst").read_bytes()
    result = extract_text(data, "msgInMsg.pst", isolate=False, timeout=None)

    assert "Subject: I have attachments!" in result.text
    failed = {path.rsplit("/", 1)[-1]: code for path, code in result.skipped}
    assert failed == {"Microsoft Outlook テスト メッセージ.msg": "unsupported"}
    assert any(path.endswith("/green.png") for path in result.parts)


def test_pst_is_sniffed_by_content_and_a_broken_one_is_corrupt() -> None:
    """The PST signature decides the type; a truncated mailbox is corrupt."""
    data = (SAMPLE / "msgInMsg.pst").read_bytes()
    assert detect_media_type(data, "mail.dat") == MediaType.PST

    with pytest.raises(ExtractionError) as caught:
        extract_text(data[:600], "mail.pst", isolate=False)
    assert caught.value.code == "corrupt"
