# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objection (legal hold), closing after the window, destruction of the request."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.service_checks import text_required
from herstel.core.service_steps import locked_in_state
from herstel.disposition.constants import HoldAuthority
from herstel.disposition.services import hold_lift
from herstel.disposition.services import hold_place
from herstel.dossiers.selectors import subjects_by_id
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_shred

from ..audit_events import OBJECTION_REGISTERED
from ..audit_events import OBJECTION_RELEASED
from ..audit_events import REQUEST_CLOSED
from ..audit_events import REQUEST_DESTROYED
from ..constants import MatchDecision
from ..constants import RequestStatus
from ..models import AccessRequest
from ..models import Answer
from ..models import Objection
from .common import _locked
from .common import _require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def objection_register(
    *,
    request: AccessRequest,
    actor: Actor,
    received_on: datetime.date,
    note: str = "",
) -> Objection:
    """Register an objection that arrived inside the window.

    In the same transaction, one legal hold per matched subject is placed with
    disposition's hold service (authority: objection of a data subject;
    reference: the request's reference), so every document that mentions the
    person stays until the objection is released. The holds are audited by
    disposition (``hold.placed``), the objection here.
    """
    _require(actor, "inquiries.register_objection", request)
    with locked_in_state(
        request,
        (RequestStatus.OBJECTION_WINDOW, RequestStatus.CLOSED),
        _("Only an answered request can receive an objection."),
    ) as request:
        if request.destroyed_at is not None:
            raise ValidationError(_("This request's data is already destroyed."))
        if request.objection_until is None or received_on > request.objection_until:
            raise ValidationError(
                {"received_on": _("The objection arrived after the window closed.")}
            )
        objection = Objection.objects.create(
            request=request,
            received_on=received_on,
            note=note.strip(),
            registered_by=actor,
        )
        subject_ids = list(
            request.matches.filter(decision=MatchDecision.MATCH).values_list(
                "subject_id", flat=True
            )
        )
        objection.subjects.set(subject_ids)
        starts_on = min(received_on, timezone.localdate())
        holds = [
            hold_place(
                authority=HoldAuthority.OBJECTION,
                reference=request.reference,
                reason=_("Objection to destruction, access request %(reference)s")
                % {"reference": request.reference},
                subject=subject,
                starts_on=starts_on,
                actor=actor,
            )
            for subject in subjects_by_id(subject_ids=subject_ids)
        ]
        objection.holds.set(holds)
        audited_save(
            request,
            {"status": RequestStatus.OBJECTED, "closed_at": None},
            event=OBJECTION_REGISTERED,
            actor=actor,
            context={
                "objection": objection.pk,
                "subjects": subject_ids,
                "holds": [h.pk for h in holds],
            },
        )
    return objection


def objection_release(*, objection: Objection, actor: Actor, reason: str) -> Objection:
    """Release an objection once it is decided: lift its legal holds.

    Idempotent: a released objection is returned as it is. Each hold is lifted
    with ``reason`` through disposition's service (audited ``hold.lifted``);
    holds placed for other reasons on the same subjects or documents stay. When
    no other objection on the request is open, the request is closed, so its
    own data is destroyed from the campaign's destruction date.
    """
    _require(actor, "inquiries.register_objection", objection.request)
    text_required(reason, "reason", _("Give the reason for releasing the objection."))
    with transaction.atomic():
        request = _locked(objection.request)
        objection = Objection.objects.select_for_update().get(pk=objection.pk)
        if objection.released_at is not None:
            return objection
        lifted = []
        for hold in objection.holds.order_by("pk"):
            hold_lift(hold=hold, reason=reason, actor=actor)
            lifted.append(hold.pk)
        objection.released_at = timezone.now()
        objection.released_by = actor
        objection.release_reason = reason.strip()
        objection.save(update_fields=["released_at", "released_by", "release_reason"])
        still_open = request.objections.filter(released_at__isnull=True).exists()
        if request.status == RequestStatus.OBJECTED and not still_open:
            request.status = RequestStatus.CLOSED
            request.closed_at = timezone.now()
            request.save(update_fields=["status", "closed_at"])
        audit_event_record(
            event=OBJECTION_RELEASED,
            actor=actor,
            target=request,
            reason=objection.release_reason,
            context={
                "objection": objection.pk,
                "holds": lifted,
                "status": request.status,
            },
        )
    return objection


def requests_close_expired(*, today: datetime.date | None = None) -> int:
    """Close answered requests whose objection window has passed without one."""
    today = today or timezone.localdate()
    closed = 0
    for request in AccessRequest.objects.filter(
        status=RequestStatus.OBJECTION_WINDOW, objection_until__lt=today
    ):
        with transaction.atomic():
            locked = _locked(request)
            if locked.status != RequestStatus.OBJECTION_WINDOW:
                continue
            closed_now = {"status": RequestStatus.CLOSED, "closed_at": timezone.now()}
            audited_save(locked, closed_now, event=REQUEST_CLOSED, actor=None)
            closed += 1
    return closed


def request_destroy(
    *, request: AccessRequest, actor: Actor | None, reason: str
) -> AccessRequest:
    """Crypto-shred the request's data, messages and answer; keep a tombstone.

    Idempotent. The row keeps reference, dates and statuses for the record of
    destruction; nothing in it identifies the person any more.
    """
    with transaction.atomic():
        request = _locked(request)
        if request.destroyed_at is not None:
            return request
        blobs = [SealedBlob(key_id=request.data_key_id, blob_name=request.data_blob)]
        blobs.extend(
            SealedBlob(key_id=attachment.key_id, blob_name=attachment.blob_name)
            for attachment in request.attachments.all()
        )
        answer = Answer.objects.filter(request=request).first()
        if answer is not None:
            blobs.append(SealedBlob(key_id=answer.key_id, blob_name=answer.letter_blob))
            if answer.copy_key_id:
                blobs.append(
                    SealedBlob(key_id=answer.copy_key_id, blob_name=answer.copy_blob)
                )
        for blob in blobs:
            blob_shred(blob=blob)
        request.attachments.all().delete()
        request.download_links.all().delete()
        request.contact_digest = request.name_digest = ""
        request.extension_reason = request.outcome_note = ""
        request.destroyed_at = timezone.now()
        request.save()
        request.verifications.update(subject_digest="")
        audit_event_record(
            event=REQUEST_DESTROYED,
            actor=actor,
            target=request,
            reason=reason,
            context={"key_ids": [b.key_id for b in blobs]},
        )
    return request


def requests_destroy_due(*, today: datetime.date | None = None) -> int:
    """Destroy closed requests once their campaign allows destruction."""
    today = today or timezone.localdate()
    due = AccessRequest.objects.filter(
        status=RequestStatus.CLOSED,
        destroyed_at__isnull=True,
        campaign__destruction_from__lte=today,
    )
    count = 0
    for request in due:
        request_destroy(request=request, actor=None, reason="campaign_destruction")
        count += 1
    return count
