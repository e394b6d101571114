# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Findings of the privacy guard that a privacy officer allowed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_end
from herstel.core.service_checks import text_required

from ..audit_events import FINDING_ALLOWED
from ..audit_events import FINDING_REVOKED
from ..constants import GUARDED_CATEGORIES
from ..guard import finding_digest
from ..guard import finding_hint
from ..models import GuardAllowance
from .common import require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def allowance_grant(
    *, actor: Actor, category: str, text: str, reason: str
) -> GuardAllowance:
    """Allow one exact finding (e.g. a minister acting in office), with a reason."""
    require(actor, "partners.allow_finding")
    if category not in GUARDED_CATEGORIES:
        raise ValidationError({"category": _("Choose a category the guard checks.")})
    text_required(text, "text", _("Enter the text to allow."))
    text_required(reason, "reason", _("Give the reason for allowing it."))
    digest = finding_digest(category=category, text=text)
    with transaction.atomic():
        existing = GuardAllowance.objects.filter(
            category=category, digest=digest, revoked_at__isnull=True
        ).first()
        if existing is not None:
            return existing
        allowance = GuardAllowance.objects.create(
            category=category,
            digest=digest,
            hint=finding_hint(text),
            reason=reason.strip(),
            granted_by=actor,
        )
        audit_event_record(
            event=FINDING_ALLOWED,
            actor=actor,
            target=allowance,
            reason=reason.strip()[:300],
            context={"category": category},
        )
    return allowance


def allowance_revoke(*, actor: Actor, allowance: GuardAllowance) -> GuardAllowance:
    """Revoke a privacy-guard allowance (idempotent, audited)."""
    require(actor, "partners.allow_finding")
    return audited_end(
        allowance,
        "revoked_at",
        {"revoked_at": timezone.now()},
        event=FINDING_REVOKED,
        actor=actor,
        context={"category": allowance.category},
    )
