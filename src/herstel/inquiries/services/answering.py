# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Matching subjects, the four-eyes approval and producing the answer."""

from __future__ import annotations

import datetime
import hashlib
import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.permissions import require
from herstel.core.service_checks import text_required
from herstel.core.service_steps import locked_in_state
from herstel.vault.services import blob_put

from ..audit_events import ANSWER_APPROVED
from ..audit_events import MATCH_DECIDED
from ..audit_events import OUTCOME_PROPOSED
from ..audit_events import OUTCOME_RETURNED
from ..constants import MatchDecision
from ..constants import Outcome
from ..constants import RequestStatus
from ..models import AccessRequest
from ..models import Answer
from ..models import DownloadLink
from ..models import SubjectMatch
from .common import PURPOSE_COPY
from .common import PURPOSE_LETTER
from .common import _locked
from .common import _on_commit_mail
from .common import _public_url
from .common import _require
from .common import request_data

if TYPE_CHECKING:
    from herstel.core.actor import Actor
    from herstel.dossiers.models import Subject


def match_decide(
    *,
    request: AccessRequest,
    subject: Subject,
    decision: MatchDecision,
    reason: str,
    actor: Actor,
) -> SubjectMatch:
    """Record whether ``subject`` is the requester, with a reason (audited);
    needs ``inquiries.decide_match`` on the request."""
    _require(actor, "inquiries.decide_match", request)
    text_required(reason, "reason", _("Give a reason for the decision."))
    with locked_in_state(
        request,
        RequestStatus.SEARCHING,
        _("Matches can be decided while searching only."),
    ) as request:
        match, _created = SubjectMatch.objects.update_or_create(
            request=request,
            subject=subject,
            defaults={
                "decision": decision,
                "reason": reason.strip(),
                "decided_by": actor,
            },
        )
        audit_event_record(
            event=MATCH_DECIDED,
            actor=actor,
            target=request,
            context={"subject": subject.pk, "decision": str(decision)},
        )
    return match


def outcome_propose(
    *, request: AccessRequest, actor: Actor, note: str = ""
) -> AccessRequest:
    """Hand the matches (or "no data found") to a reviewer for approval."""
    _require(actor, "inquiries.decide_match", request)
    with locked_in_state(
        request,
        RequestStatus.SEARCHING,
        _("Only a request being searched can be proposed."),
    ) as request:
        if not request.verifications.exists():
            raise ValidationError(_("Verify the requester's identity first."))
        found = request.matches.filter(decision=MatchDecision.MATCH).exists()
        outcome = Outcome.DATA_FOUND if found else Outcome.NO_DATA
        proposal = {
            "outcome": outcome,
            "outcome_note": note.strip(),
            "proposed_by": actor,
            "status": RequestStatus.AWAITING_APPROVAL,
        }
        audited_save(
            request,
            proposal,
            event=OUTCOME_PROPOSED,
            actor=actor,
            context={
                "outcome": outcome,
                "matches": request.matches.filter(decision=MatchDecision.MATCH).count(),
            },
        )
    return request


def outcome_return(*, request: AccessRequest, actor: Actor, note: str) -> AccessRequest:
    """The reviewer sends the outcome back to the analysts with a note."""
    require(actor, "inquiries.approve_answer", request)
    text_required(note, "note", _("Say what needs another look."))
    with locked_in_state(
        request,
        RequestStatus.AWAITING_APPROVAL,
        _("This request is not awaiting approval."),
    ) as request:
        returned = {"status": RequestStatus.SEARCHING, "outcome_note": note.strip()}
        audited_save(request, returned, event=OUTCOME_RETURNED, actor=actor)
    return request


def _link_create(request: AccessRequest) -> tuple[DownloadLink, str]:
    token = secrets.token_urlsafe(32)
    link = DownloadLink.objects.create(
        request=request,
        token_digest=hashlib.sha256(token.encode()).hexdigest(),
        expires_at=timezone.now()
        + datetime.timedelta(days=settings.HERSTEL_DOWNLOAD_LINK_DAYS),
    )
    return link, token


def answer_approve_check(*, request: AccessRequest, actor: Actor) -> None:
    """Raise unless ``actor`` may approve the answer of ``request`` now."""
    require(actor, "inquiries.approve_answer", request)
    if request.status != RequestStatus.AWAITING_APPROVAL:
        raise ValidationError(_("This request is not awaiting approval."))
    if request.proposed_by_id == actor.pk:
        raise PermissionDenied
    if not request.verifications.exists():
        raise ValidationError(_("Unverified requests cannot be answered."))


def answer_approve(*, request: AccessRequest, actor: Actor) -> Answer:
    """Approve the outcome (four eyes), produce letter and access copy, send.

    The answer PDFs are stored encrypted; the requester gets the letter text
    by mail with an expiring link that works only after re-verification.
    """
    from ..answers import access_copy_build
    from ..answers import letter_build

    with transaction.atomic():
        request = _locked(request)
        answer_approve_check(request=request, actor=actor)
        data = request_data(request)
        copy = access_copy_build(request=request, actor=actor, data=data)
        letter = letter_build(request=request, data=data, copy=copy)
        letter_blob = blob_put(data=letter.pdf, purpose=PURPOSE_LETTER)
        copy_blob = blob_put(data=copy.pdf, purpose=PURPOSE_COPY) if copy.pdf else None
        answer = Answer.objects.create(
            request=request,
            key_id=letter_blob.key_id,
            letter_blob=letter_blob.blob_name,
            copy_key_id=copy_blob.key_id if copy_blob else "",
            copy_blob=copy_blob.blob_name if copy_blob else "",
            documents=copy.documents,
            redactions=copy.redactions,
        )
        link, token = _link_create(request)
        today = timezone.localdate()
        answered = {
            "approved_by": actor,
            "answered_at": timezone.now(),
            "objection_until": today
            + datetime.timedelta(days=request.campaign.objection_days),
            "status": RequestStatus.OBJECTION_WINDOW,
        }
        audited_save(
            request,
            answered,
            event=ANSWER_APPROVED,
            actor=actor,
            context={
                "outcome": request.outcome,
                "documents": copy.documents,
                "redactions": copy.redactions,
                "link": link.pk,
            },
        )
        download_url = _public_url(reverse("inquiries:download", args=[token]))
        _on_commit_mail(
            "answer",
            request,
            letter_text=letter.text,
            download_url=download_url,
            expires_at=link.expires_at,
        )
    return answer
