# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Mail to requesters and staff through Django's mail framework.

Each message is a pair of templates, ``inquiries/mail/<name>_subject.txt`` and
``<name>_body.txt``, rendered in the requester's language (Dutch or English):
the texts are gettext strings, so the catalogues hold both versions.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def mail_render(
    *, name: str, language: str, context: Mapping[str, Any]
) -> tuple[str, str]:
    """Subject and body of mail ``name`` in ``language``."""
    with translation.override(language if language in ("nl", "en") else "nl"):
        subject = render_to_string(f"inquiries/mail/{name}_subject.txt", context)
        body = render_to_string(f"inquiries/mail/{name}_body.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


def mail_send(
    *,
    name: str,
    to: Sequence[str],
    language: str,
    context: Mapping[str, Any],
) -> None:
    """Render and send one message (call it on commit)."""
    if not to:
        return
    subject, body = mail_render(name=name, language=language, context=context)
    EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
    ).send()
