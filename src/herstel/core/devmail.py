# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A development mailbox: sent mail kept as files and shown at ``/dev/mail/``.

In development (``make run``) nothing is sent. :class:`DevMailboxBackend` prints each
message in the server output, as Django's console backend does, and keeps it as an
``.eml`` file under ``EMAIL_FILE_PATH`` (default ``var/mail``). The pages list those
files, so the citizen's path (confirmation, the link and code to download an
answer) can be walked in a browser. They exist only with ``DEBUG`` on and this
backend configured: never in production.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage as ParsedMessage
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.mail.backends.console import EmailBackend as ConsoleBackend
from django.http import Http404
from django.http import HttpRequest
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_GET

BACKEND = "herstel.core.devmail.DevMailboxBackend"
_NAME = re.compile(r"^[0-9]{8}T[0-9]{6}-[0-9a-f]{32}\.eml$")


def mailbox_dir() -> Path:
    """Where the development mailbox keeps its messages."""
    configured = getattr(settings, "EMAIL_FILE_PATH", None)
    return Path(configured) if configured else Path(settings.VAR_DIR) / "mail"


def mailbox_enabled() -> bool:
    """The pages exist only in development with this backend."""
    return bool(settings.DEBUG) and settings.EMAIL_BACKEND == BACKEND


class DevMailboxBackend(ConsoleBackend):
    """Print each message and keep it as a file for the mailbox pages."""

    def send_messages(self, email_messages: Any) -> int:
        sent = super().send_messages(email_messages)
        folder = mailbox_dir()
        folder.mkdir(parents=True, exist_ok=True)
        for message in email_messages or []:
            stamp = timezone.now().strftime("%Y%m%dT%H%M%S")
            name = f"{stamp}-{uuid.uuid4().hex}.eml"
            (folder / name).write_bytes(message.message().as_bytes())
        return sent


@dataclass(frozen=True)
class Mail:
    name: str
    subject: str
    to: str
    sent: datetime | None
    body: str


def _read(file: Path) -> Mail:
    parsed = email.message_from_bytes(file.read_bytes(), policy=email.policy.default)
    assert isinstance(parsed, ParsedMessage)
    part = parsed.get_body(preferencelist=("plain", "html"))
    body = part.get_content() if part is not None else ""
    try:
        sent = email.utils.parsedate_to_datetime(str(parsed["Date"]))
    except (TypeError, ValueError):
        sent = None
    return Mail(
        name=file.name,
        subject=str(parsed["Subject"] or ""),
        to=str(parsed["To"] or ""),
        sent=sent,
        body=body,
    )


def mailbox_list() -> list[Mail]:
    """The kept messages, newest first."""
    folder = mailbox_dir()
    if not folder.is_dir():
        return []
    files = sorted((f for f in folder.iterdir() if _NAME.match(f.name)), reverse=True)
    return [_read(file) for file in files]


def _enabled_or_404() -> None:
    if not mailbox_enabled():
        raise Http404


@require_GET
def mailbox(request: HttpRequest) -> HttpResponse:
    _enabled_or_404()
    return render(request, "core/dev_mailbox.html", {"mails": mailbox_list()})


@require_GET
def mail_detail(request: HttpRequest, name: str) -> HttpResponse:
    _enabled_or_404()
    file = mailbox_dir() / name
    if not _NAME.match(name) or not file.is_file():
        raise Http404
    return render(request, "core/dev_mail.html", {"mail": _read(file)})


app_name = "devmail"
urlpatterns = [
    path("", mailbox, name="list"),
    path("<str:name>/", mail_detail, name="detail"),
]
