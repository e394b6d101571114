# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Legal holds: placed and lifted with a reason, audited."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_end
from herstel.core.decisions import signed
from herstel.core.service_checks import text_required
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier
from herstel.dossiers.models import Subject

from ..audit_events import HOLD_LIFTED
from ..audit_events import HOLD_PLACED
from ..constants import HoldAuthority
from ..constants import HoldScope
from ..models import Hold
from .base import _require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def hold_place(
    *,
    authority: str,
    reference: str,
    reason: str,
    actor: Actor,
    dossier: Dossier | None = None,
    document: Document | None = None,
    subject: Subject | None = None,
    starts_on: datetime.date | None = None,
    ends_on: datetime.date | None = None,
) -> Hold:
    """Place a legal hold on a dossier, a document or a data subject (exactly one).

    A subject hold covers every document that mentions the subject, also
    documents analysed after the hold was placed. Call it inside the caller's
    transaction to place a hold together with the caller's own record (an
    objection does).
    """
    _require(actor, "disposition.place_hold")
    errors: dict[str, str] = {}
    if authority not in HoldAuthority.values:
        errors["authority"] = _("Choose the authority that asked for the hold.")
    if not reference.strip():
        errors["reference"] = _("Give the authority's reference.")
    if not reason.strip():
        errors["reason"] = _("Give the reason for the hold.")
    targets = [t for t in (dossier, document, subject) if t is not None]
    if len(targets) != 1:
        errors["scope"] = _(
            "A hold covers exactly one dossier, one document or one data subject."
        )
    starts_on = starts_on or timezone.localdate()
    if ends_on is not None and ends_on < starts_on:
        errors["ends_on"] = _("The hold cannot end before it starts.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        hold = Hold.objects.create(
            authority=authority,
            reference=reference.strip(),
            reason=reason.strip(),
            scope=(
                HoldScope.DOSSIER
                if dossier is not None
                else HoldScope.DOCUMENT
                if document is not None
                else HoldScope.SUBJECT
            ),
            dossier=dossier,
            document=document,
            subject=subject,
            starts_on=starts_on,
            ends_on=ends_on,
            placed_by=actor,
        )
        audit_event_record(
            event=HOLD_PLACED,
            actor=actor,
            target=hold,
            reason=hold.reason,
            context={
                "authority": authority,
                "scope": hold.scope,
                "dossier": hold.dossier_id,
                "document": hold.document_id,
                "subject": hold.subject_id,
                "starts_on": starts_on.isoformat(),
                "ends_on": ends_on.isoformat() if ends_on else None,
            },
        )
    return hold


def hold_lift(*, hold: Hold, reason: str, actor: Actor) -> Hold:
    """Lift a hold, with the reason. Other holds on the same object stay."""
    _require(actor, "disposition.place_hold")
    text_required(reason, "reason", _("Give the reason for lifting the hold."))
    return audited_end(
        hold,
        "lifted_at",
        {"lift_reason": reason.strip(), **signed("lifted", actor)},
        event=HOLD_LIFTED,
        actor=actor,
        reason=reason.strip(),
        context={"scope": hold.scope},
    )
