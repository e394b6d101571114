# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared by the network services: permission checks, mail, the privacy
guard and the posting limits."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING
from typing import Any
from typing import TypeVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import models
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.registry import AuditEventType
from herstel.audit.services import ContextValue
from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.permissions import require
from herstel.detection.base import Category
from herstel.detection.constants import IDENTIFYING_CATEGORIES
from herstel.detection.services import text_scan

from .. import audit_events as events
from ..constants import RATE_LIMIT_WINDOW
from ..constants import RATE_LIMITS
from ..models import ConsultationResponse
from ..models import Member
from ..models import Report
from ..models import Topic
from ..selectors import member_for_user

if TYPE_CHECKING:
    from herstel.core.actor import Actor

UNSUBSCRIBE_SALT = "herstel.network.unsubscribe"
# Contributions naming other people get a warning; special categories (a
# mosque, a belief) are what the network talks about and are not flagged.
GUARDED_CATEGORIES = IDENTIFYING_CATEGORIES


class RateLimitedError(ValidationError):
    """The member posted too much in the current window."""


def _require_member(actor: Actor) -> Member:
    require(actor, "network.participate")
    member = member_for_user(user=actor)
    assert member is not None
    return member


def _require_moderator(actor: Actor) -> None:
    require(actor, "network.moderate")


ModelT = TypeVar("ModelT", bound=models.Model)


def _moderator_save(
    *, actor: Actor, obj: ModelT, event: AuditEventType, **context: ContextValue
) -> ModelT:
    """Validate and save ``obj`` for a moderator; audited as ``event`` with
    whether it was created and ``context``."""
    _require_moderator(actor)
    created = obj.pk is None
    return audited_save(
        obj,
        clean=True,
        event=event,
        actor=actor,
        context={"created": created, **context},
    )


def _absolute(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + path


def email_digest(*, email: str) -> str:
    """A keyed hash of an address: recognises it again without storing it."""
    return hmac.new(
        settings.SECRET_KEY.encode(),
        email.strip().casefold().encode(),
        hashlib.sha256,
    ).hexdigest()


def _token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _send_mail(
    *,
    to: str,
    subject: str,
    template: str,
    context: Mapping[str, Any],
    headers: Mapping[str, str] | None = None,
) -> None:
    body = render_to_string(template, {"site_name": settings.SITE_NAME, **context})
    EmailMessage(
        subject=subject, body=body, to=[to], headers=dict(headers or {})
    ).send()


def _mail_on_commit(
    *, to: str, subject: str, template: str, context: Mapping[str, Any]
) -> None:
    """Send one mail (as :func:`_send_mail`) once the transaction commits."""
    transaction.on_commit(
        partial(_send_mail, to=to, subject=subject, template=template, context=context)
    )


# Privacy guard and rate limits ------------------------------------------


def privacy_guard_scan(*, text: str) -> list[str]:
    """Kinds of identifying data found in ``text`` (sorted labels; no values)."""
    found = {
        match.category
        for match in text_scan(
            text=text, categories=[str(c) for c in GUARDED_CATEGORIES]
        )
    }
    return [str(Category(category).label) for category in sorted(found)]


def privacy_guard_warned(*, actor: Actor, kind: str, categories: int) -> None:
    """Audit that the privacy guard warned about ``categories`` kinds of
    personal data in a contribution of ``kind`` (no text, no findings)."""
    audit_event_record(
        event=events.PRIVACY_GUARD_WARNED,
        actor=actor,
        context={"kind": kind, "categories": categories},
    )


def rate_limit_check(*, member: Member, kind: str, now: datetime | None = None) -> None:
    """Refuse when the member posted ``RATE_LIMITS[kind]`` items in the window."""
    since = (now or timezone.now()) - RATE_LIMIT_WINDOW
    recent = {
        "topic": lambda: Topic.objects.filter(author=member, created_at__gte=since),
        "response": lambda: ConsultationResponse.objects.filter(
            member=member, created_at__gte=since
        ),
        "report": lambda: Report.objects.filter(reporter=member, created_at__gte=since),
    }[kind]().count()
    if recent >= RATE_LIMITS[kind]:
        raise RateLimitedError(
            _(
                "You have posted a lot in a short time. Please wait an hour "
                "before posting again."
            ),
            code="rate_limited",
        )
