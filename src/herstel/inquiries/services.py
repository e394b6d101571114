# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Access requests: intake, identity, deadlines, matching, approval, closure.

Every write is a transaction with an audit entry; mails go out on commit.
The requester's personal data is one encrypted blob per request (see
``models.py``); :func:`request_destroy` shreds it with the answer and the
original messages.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.accounts.constants import Role
from herstel.audit.services import audit_event_record
from herstel.dossiers.models import Subject
from herstel.dossiers.services import blind_digest, name_digests
from herstel.vault.services import (
    SealedBlob,
    blob_put,
    blob_read,
    blob_shred,
    value_open,
    value_seal,
)

from . import deadlines
from .audit_events import (
    ANSWER_APPROVED,
    DEADLINE_EXTENDED,
    DEADLINE_REMINDED,
    IDENTITY_VERIFIED,
    LINK_VERIFIED,
    MATCH_DECIDED,
    OBJECTION_REGISTERED,
    OUTCOME_PROPOSED,
    OUTCOME_RETURNED,
    REQUEST_CLOSED,
    REQUEST_DESTROYED,
    REQUEST_DUPLICATE,
    REQUEST_RECEIVED,
    REQUEST_VIEWED,
)
from .constants import (
    OPEN_STATUSES,
    Channel,
    MatchDecision,
    Outcome,
    RequestStatus,
    VerificationMethod,
)
from .mail import mail_send
from .models import (
    AccessRequest,
    Answer,
    Attachment,
    Campaign,
    DownloadLink,
    IdentityVerification,
    Objection,
    SubjectMatch,
)

PURPOSE_DATA = "request-data"
PURPOSE_ATTACHMENT = "request-attachment"
PURPOSE_ATTACHMENT_NAME = "request-attachment-name"
PURPOSE_LETTER = "answer-letter"
PURPOSE_COPY = "answer-access-copy"
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_VALID_MINUTES = 15
CODE_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class RequestData:
    """What the requester told us; stored encrypted, never in the database."""

    names: tuple[str, ...]
    places: tuple[str, ...]
    birth_date: str
    email: str
    address: str = ""
    message: str = ""

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> RequestData:
        raw = json.loads(data)
        return cls(
            names=tuple(raw["names"]),
            places=tuple(raw["places"]),
            birth_date=raw.get("birth_date", ""),
            email=raw.get("email", ""),
            address=raw.get("address", ""),
            message=raw.get("message", ""),
        )


def _new_reference(year: int) -> str:
    while True:
        code = "".join(secrets.choice(REFERENCE_ALPHABET) for _i in range(6))
        reference = f"AV-{year}-{code}"
        if not AccessRequest.objects.filter(reference=reference).exists():
            return reference


def _contact_digest(email: str) -> str:
    return blind_digest(kind=90, value=email.strip().casefold())


def _name_digest(data: RequestData) -> str:
    if not data.names or not data.birth_date:
        return ""
    keys = name_digests(data.names[0])
    if not keys:
        return ""
    strongest = keys[max(keys)]
    return blind_digest(kind=91, value=f"{strongest}|{data.birth_date}")


def request_data(request: AccessRequest) -> RequestData:
    """Decrypt the requester's data for the system (mail, letters). Not audited:
    callers that show it to a person use :func:`request_data_read`."""
    return RequestData.from_bytes(
        blob_read(
            blob=SealedBlob(key_id=request.data_key_id, blob_name=request.data_blob),
            purpose=PURPOSE_DATA,
        )
    )


def request_data_read(*, request: AccessRequest, actor: Any) -> RequestData:
    """The requester's data for a staff member who may see it; audited."""
    if not actor.has_perm("inquiries.read_request", request):
        raise PermissionDenied
    if request.destroyed_at:
        raise PermissionDenied
    data = request_data(request)
    audit_event_record(
        event=REQUEST_VIEWED,
        actor=actor,
        target=request,
        reason="access_request",
        context={"fields": ["names", "places", "birth_date", "email", "address"]},
    )
    return data


def _public_url(path: str) -> str:
    return settings.HERSTEL_PUBLIC_URL.rstrip("/") + path


def _on_commit_mail(name: str, request: AccessRequest, **context: Any) -> None:
    def send() -> None:
        data = request_data(request)
        mail_send(
            name=name,
            to=[data.email] if data.email else [],
            language=request.language,
            context={"request": request, "data": data, **context},
        )

    transaction.on_commit(send)


def request_submit(
    *,
    campaign: Campaign,
    data: RequestData,
    channel: Channel,
    verification_method: VerificationMethod,
    language: str = "nl",
    actor: Any = None,
    received_on: datetime.date | None = None,
    attachments: Sequence[tuple[str, bytes]] = (),
) -> AccessRequest:
    """Register a request (public form or staff); return it with its reference.

    The public form works only inside the campaign's window. Staff may
    register a request that came by mail or post on the day it was received,
    if that day was inside the window. A duplicate (same e-mail address, or
    same name and date of birth, in the same campaign) is linked to the first.
    """
    today = timezone.localdate()
    received_on = received_on or today
    if channel == Channel.WEB:
        if not campaign.is_open(today):
            raise ValidationError(_("This campaign does not accept requests now."))
    else:
        if actor is None or not actor.has_perm("inquiries.register_request"):
            raise PermissionDenied
        if received_on > today:
            raise ValidationError(
                {"received_on": _("The date of receipt cannot be in the future.")}
            )
        if not campaign.is_open(received_on):
            raise ValidationError(
                {"received_on": _("This date is outside the campaign's window.")}
            )
    if not data.names:
        raise ValidationError({"names": _("Give at least one name.")})
    blob = blob_put(data=data.to_bytes(), purpose=PURPOSE_DATA)
    stored: list[SealedBlob] = [blob]
    try:
        with transaction.atomic():
            contact = _contact_digest(data.email) if data.email else ""
            by_name = _name_digest(data)
            request = AccessRequest.objects.create(
                campaign=campaign,
                reference=_new_reference(received_on.year),
                channel=channel,
                language=language if language in ("nl", "en") else "nl",
                received_on=received_on,
                due_on=deadlines.due_date(received_on),
                verification_method=verification_method,
                consent_at=timezone.now(),
                data_key_id=blob.key_id,
                data_blob=blob.blob_name,
                contact_digest=contact,
                name_digest=by_name,
                registered_by=actor,
            )
            for filename, content in attachments:
                sealed = blob_put(data=content, purpose=PURPOSE_ATTACHMENT)
                stored.append(sealed)
                Attachment.objects.create(
                    request=request,
                    key_id=sealed.key_id,
                    blob_name=sealed.blob_name,
                    filename_sealed=value_seal(
                        key_id=sealed.key_id,
                        value=filename,
                        purpose=PURPOSE_ATTACHMENT_NAME,
                    ),
                    size=len(content),
                )
            audit_event_record(
                event=REQUEST_RECEIVED,
                actor=actor,
                target=request,
                context={
                    "campaign": campaign.pk,
                    "channel": str(channel),
                    "names": len(data.names),
                    "places": len(data.places),
                    "attachments": len(attachments),
                },
            )
            _duplicate_link(request, contact, by_name)
            _on_commit_mail("received", request)
    except BaseException:
        for sealed in stored:
            blob_shred(blob=sealed)
        raise
    return request


def _duplicate_link(request: AccessRequest, contact: str, by_name: str) -> None:
    from django.db.models import Q

    match = Q()
    if contact:
        match |= Q(contact_digest=contact)
    if by_name:
        match |= Q(name_digest=by_name)
    if not match:
        return
    first = (
        AccessRequest.objects.filter(match, campaign=request.campaign)
        .exclude(pk=request.pk)
        .filter(destroyed_at__isnull=True, duplicate_of__isnull=True)
        .order_by("received_on", "pk")
        .first()
    )
    if first is None:
        return
    request.duplicate_of = first
    request.save(update_fields=["duplicate_of"])
    audit_event_record(
        event=REQUEST_DUPLICATE,
        actor=None,
        target=request,
        context={"duplicate_of": first.pk},
    )


def attachment_read(*, attachment: Attachment, actor: Any) -> tuple[str, bytes]:
    """An original message, decrypted for staff who may read the request."""
    from .audit_events import ATTACHMENT_VIEWED

    request = attachment.request
    if not actor.has_perm("inquiries.read_request", request) or request.destroyed_at:
        raise PermissionDenied
    name = value_open(
        key_id=attachment.key_id,
        sealed=attachment.filename_sealed,
        purpose=PURPOSE_ATTACHMENT_NAME,
    )
    data = blob_read(
        blob=SealedBlob(key_id=attachment.key_id, blob_name=attachment.blob_name),
        purpose=PURPOSE_ATTACHMENT,
    )
    audit_event_record(
        event=ATTACHMENT_VIEWED,
        actor=actor,
        target=request,
        reason="access_request",
        context={"attachment": attachment.pk, "size": len(data)},
    )
    return name, data


def _locked(request: AccessRequest) -> AccessRequest:
    return AccessRequest.objects.select_for_update().get(pk=request.pk)


def _require(actor: Any, perm: str, request: AccessRequest | None = None) -> None:
    if not actor.has_perm(perm, request):
        raise PermissionDenied


# Identity ---------------------------------------------------------------------


def verification_invite(*, request: AccessRequest, actor: Any) -> AccessRequest:
    """Ask the requester to verify their identity (mail with the next step)."""
    _require(actor, "inquiries.verify_identity", request)
    with transaction.atomic():
        request = _locked(request)
        if request.status != RequestStatus.RECEIVED:
            raise ValidationError(_("This request is past the intake step."))
        request.status = RequestStatus.VERIFYING
        request.save(update_fields=["status"])
        login_url = ""
        if request.verification_method == VerificationMethod.OIDC:
            login_url = _public_url(
                reverse("inquiries:identity_login", args=[identity_token(request)])
            )
        _on_commit_mail("verify", request, login_url=login_url)
    return request


def identity_token(request: AccessRequest) -> str:
    from django.core import signing

    return signing.dumps(request.pk, salt="inquiries.identity")


def identity_token_request(token: str) -> AccessRequest | None:
    from django.core import signing

    try:
        pk = signing.loads(token, salt="inquiries.identity", max_age=60 * 60 * 24 * 30)
    except signing.BadSignature:
        return None
    return AccessRequest.objects.filter(pk=pk, destroyed_at__isnull=True).first()


def request_verify(
    *,
    request: AccessRequest,
    actor: Any,
    method: VerificationMethod,
    document_kind: str,
) -> IdentityVerification:
    """Record that staff checked the requester's identity. No ID copy is kept:
    only who checked, how, what kind of document was shown, and when."""
    _require(actor, "inquiries.verify_identity", request)
    if method == VerificationMethod.OIDC:
        raise ValidationError(_("A login is recorded by the login itself."))
    if not document_kind.strip():
        raise ValidationError(
            {"document_kind": _("Say what kind of document you saw.")}
        )
    with transaction.atomic():
        request = _locked(request)
        if request.status not in (RequestStatus.RECEIVED, RequestStatus.VERIFYING):
            raise ValidationError(
                _("The identity of this requester is already verified.")
            )
        verification = IdentityVerification.objects.create(
            request=request,
            method=method,
            verified_by=actor,
            document_kind=document_kind.strip()[:50],
        )
        request.status = RequestStatus.SEARCHING
        request.save(update_fields=["status"])
        audit_event_record(
            event=IDENTITY_VERIFIED,
            actor=actor,
            target=request,
            context={"method": str(method), "verification": verification.pk},
        )
    return verification


def subject_claim_digest(*, provider: str, subject: str) -> str:
    return blind_digest(kind=92, value=f"{provider}|{subject}")


def request_verify_by_login(
    *, request: AccessRequest, provider: str, subject: str, purpose: str = "request"
) -> IdentityVerification:
    """Record a successful login at the OpenID Connect provider.

    ``subject`` is the provider's stable ``sub`` claim; only a keyed hash is
    kept, so a later re-verification can be compared with it.
    """
    digest = subject_claim_digest(provider=provider, subject=subject)
    with transaction.atomic():
        request = _locked(request)
        verification = IdentityVerification.objects.create(
            request=request,
            method=VerificationMethod.OIDC,
            provider=provider[:100],
            subject_digest=digest,
            purpose=purpose,
        )
        if request.status in (RequestStatus.RECEIVED, RequestStatus.VERIFYING):
            request.status = RequestStatus.SEARCHING
            request.save(update_fields=["status"])
        audit_event_record(
            event=IDENTITY_VERIFIED,
            actor=None,
            target=request,
            context={"method": "oidc", "verification": verification.pk, "for": purpose},
        )
    return verification


# Deadlines --------------------------------------------------------------------


def request_extend(
    *, request: AccessRequest, actor: Any, months: int, reason: str
) -> AccessRequest:
    """Extend the deadline once, by one or two months, and mail the reason."""
    _require(actor, "inquiries.extend_deadline", request)
    if not reason.strip():
        raise ValidationError(
            {"reason": _("Give the reason; it is sent to the requester.")}
        )
    if months not in (1, 2):
        raise ValidationError({"months": _("An extension is one or two months.")})
    with transaction.atomic():
        request = _locked(request)
        if request.extended_on is not None:
            raise ValidationError(_("The deadline can be extended only once."))
        if request.status not in OPEN_STATUSES:
            raise ValidationError(_("This request is already answered."))
        if timezone.localdate() > request.due_on:
            raise ValidationError(
                _("The deadline has passed; an extension had to be sent before it.")
            )
        before = request.due_on
        request.due_on = deadlines.extended_due_date(before, months)
        request.extended_on = timezone.now()
        request.extension_reason = reason.strip()
        request.reminded_at = None
        request.save(
            update_fields=["due_on", "extended_on", "extension_reason", "reminded_at"]
        )
        audit_event_record(
            event=DEADLINE_EXTENDED,
            actor=actor,
            target=request,
            context={
                "before": before.isoformat(),
                "after": request.due_on.isoformat(),
                "months": months,
            },
        )
        _on_commit_mail("extension", request)
    return request


def deadline_reminders_send(*, today: datetime.date | None = None) -> int:
    """Mail the team about open requests due within a week (once per due date)."""
    from .selectors import user_emails_with_role

    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=deadlines.REMINDER_DAYS)
    due = list(
        AccessRequest.objects.filter(
            status__in=OPEN_STATUSES,
            due_on__lte=horizon,
            reminded_at__isnull=True,
            destroyed_at__isnull=True,
        ).order_by("due_on", "reference")
    )
    if not due:
        return 0
    with transaction.atomic():
        now = timezone.now()
        AccessRequest.objects.filter(pk__in=[r.pk for r in due]).update(reminded_at=now)
        for request in due:
            audit_event_record(
                event=DEADLINE_REMINDED,
                actor=None,
                target=request,
                context={"due_on": request.due_on.isoformat()},
            )
        recipients = user_emails_with_role(role=Role.ANALYST)
        worklist = _public_url(reverse("inquiries:worklist"))
        transaction.on_commit(
            partial(
                mail_send,
                name="reminder",
                to=recipients,
                language=settings.LANGUAGE_CODE,
                context={"requests": due, "today": today, "worklist_url": worklist},
            )
        )
    return len(due)


# Matching and approval --------------------------------------------------------


def match_decide(
    *,
    request: AccessRequest,
    subject: Subject,
    decision: MatchDecision,
    reason: str,
    actor: Any,
) -> SubjectMatch:
    _require(actor, "inquiries.decide_match", request)
    if not reason.strip():
        raise ValidationError({"reason": _("Give a reason for the decision.")})
    with transaction.atomic():
        request = _locked(request)
        if request.status != RequestStatus.SEARCHING:
            raise ValidationError(_("Matches can be decided while searching only."))
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
    *, request: AccessRequest, actor: Any, note: str = ""
) -> AccessRequest:
    """Hand the matches (or "no data found") to a reviewer for approval."""
    _require(actor, "inquiries.decide_match", request)
    with transaction.atomic():
        request = _locked(request)
        if request.status != RequestStatus.SEARCHING:
            raise ValidationError(_("Only a request being searched can be proposed."))
        if not request.verifications.exists():
            raise ValidationError(_("Verify the requester's identity first."))
        found = request.matches.filter(decision=MatchDecision.MATCH).exists()
        request.outcome = Outcome.DATA_FOUND if found else Outcome.NO_DATA
        request.outcome_note = note.strip()
        request.proposed_by = actor
        request.status = RequestStatus.AWAITING_APPROVAL
        request.save(update_fields=["outcome", "outcome_note", "proposed_by", "status"])
        audit_event_record(
            event=OUTCOME_PROPOSED,
            actor=actor,
            target=request,
            context={
                "outcome": request.outcome,
                "matches": request.matches.filter(decision=MatchDecision.MATCH).count(),
            },
        )
    return request


def outcome_return(*, request: AccessRequest, actor: Any, note: str) -> AccessRequest:
    """The reviewer sends the outcome back to the analysts with a note."""
    if not actor.has_perm("inquiries.approve_answer", request):
        raise PermissionDenied
    if not note.strip():
        raise ValidationError({"note": _("Say what needs another look.")})
    with transaction.atomic():
        request = _locked(request)
        if request.status != RequestStatus.AWAITING_APPROVAL:
            raise ValidationError(_("This request is not awaiting approval."))
        request.status = RequestStatus.SEARCHING
        request.outcome_note = note.strip()
        request.save(update_fields=["status", "outcome_note"])
        audit_event_record(event=OUTCOME_RETURNED, actor=actor, target=request)
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


def answer_approve(*, request: AccessRequest, actor: Any) -> Answer:
    """Approve the outcome (four eyes), produce letter and access copy, send.

    The answer PDFs are stored encrypted; the requester gets the letter text
    by mail with an expiring link that works only after re-verification.
    """
    from .answers import access_copy_build, letter_build

    if not actor.has_perm("inquiries.approve_answer", request):
        raise PermissionDenied
    with transaction.atomic():
        request = _locked(request)
        if request.status != RequestStatus.AWAITING_APPROVAL:
            raise ValidationError(_("This request is not awaiting approval."))
        if request.proposed_by_id == actor.pk:
            raise PermissionDenied
        if not request.verifications.exists():
            raise ValidationError(_("Unverified requests cannot be answered."))
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
        request.approved_by = actor
        request.answered_at = timezone.now()
        request.objection_until = today + datetime.timedelta(
            days=request.campaign.objection_days
        )
        request.status = RequestStatus.OBJECTION_WINDOW
        request.save(
            update_fields=["approved_by", "answered_at", "objection_until", "status"]
        )
        audit_event_record(
            event=ANSWER_APPROVED,
            actor=actor,
            target=request,
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


# Delivery ---------------------------------------------------------------------


def link_resolve(*, token: str) -> DownloadLink | None:
    """The live link for ``token``, or None (unknown, expired, revoked, destroyed)."""
    digest = hashlib.sha256(token.encode()).hexdigest()
    link = (
        DownloadLink.objects.select_related("request", "request__answer")
        .filter(token_digest=digest, revoked_at__isnull=True)
        .first()
    )
    if link is None or link.expires_at <= timezone.now():
        return None
    if link.request.destroyed_at is not None:
        return None
    return link


def _code_digest(link: DownloadLink, code: str) -> str:
    return hmac.new(
        settings.SECRET_KEY.encode(), f"{link.pk}:{code}".encode(), hashlib.sha256
    ).hexdigest()


def link_code_send(*, link: DownloadLink) -> None:
    """Mail a one-time code to the requester's address (re-verification)."""
    code = f"{secrets.randbelow(10**6):06d}"
    with transaction.atomic():
        link = DownloadLink.objects.select_for_update().get(pk=link.pk)
        link.code_digest = _code_digest(link, code)
        link.code_expires_at = timezone.now() + datetime.timedelta(
            minutes=CODE_VALID_MINUTES
        )
        link.code_attempts = 0
        link.save(update_fields=["code_digest", "code_expires_at", "code_attempts"])
        _on_commit_mail("code", link.request, code=code, minutes=CODE_VALID_MINUTES)


def link_code_check(*, link: DownloadLink, code: str) -> bool:
    """True when ``code`` is the last mailed code, in time and within attempts."""
    with transaction.atomic():
        link = DownloadLink.objects.select_for_update().get(pk=link.pk)
        if (
            not link.code_digest
            or link.code_expires_at is None
            or link.code_expires_at <= timezone.now()
            or link.code_attempts >= CODE_ATTEMPTS
        ):
            return False
        link.code_attempts += 1
        ok = hmac.compare_digest(link.code_digest, _code_digest(link, code.strip()))
        if ok:
            link.code_digest = ""
            link.code_expires_at = None
            audit_event_record(
                event=LINK_VERIFIED,
                actor=None,
                target=link.request,
                context={"link": link.pk, "method": "mail_code"},
            )
        link.save(update_fields=["code_attempts", "code_digest", "code_expires_at"])
    return ok


def link_login_check(*, link: DownloadLink, provider: str, subject: str) -> bool:
    """True when a fresh login is the same person who verified the request."""
    digest = subject_claim_digest(provider=provider, subject=subject)
    ok = link.request.verifications.filter(
        method=VerificationMethod.OIDC, subject_digest=digest
    ).exists()
    if ok:
        request_verify_by_login(
            request=link.request, provider=provider, subject=subject, purpose="download"
        )
    return ok


def answer_file_read(
    *,
    request: AccessRequest,
    kind: str,
    actor: Any = None,
    link: DownloadLink | None = None,
) -> bytes:
    """The letter or access copy PDF, for the requester (via ``link``) or staff.

    Every read is audited; a requester's download also counts on the link.
    """
    from .audit_events import ANSWER_VIEWED, COPY_DOWNLOADED

    if link is None and (
        actor is None or not actor.has_perm("inquiries.read_request", request)
    ):
        raise PermissionDenied
    if request.destroyed_at is not None:
        raise PermissionDenied
    answer = Answer.objects.filter(request=request).first()
    if answer is None:
        raise PermissionDenied
    if kind == "letter":
        blob = SealedBlob(key_id=answer.key_id, blob_name=answer.letter_blob)
        purpose = PURPOSE_LETTER
    elif kind == "copy" and answer.copy_key_id:
        blob = SealedBlob(key_id=answer.copy_key_id, blob_name=answer.copy_blob)
        purpose = PURPOSE_COPY
    else:
        raise PermissionDenied
    data = blob_read(blob=blob, purpose=purpose)
    with transaction.atomic():
        if link is not None:
            DownloadLink.objects.filter(pk=link.pk).update(
                downloads=link.downloads + 1, last_download_at=timezone.now()
            )
            audit_event_record(
                event=COPY_DOWNLOADED,
                actor=None,
                target=request,
                reason="access_request",
                context={"kind": kind, "link": link.pk, "size": len(data)},
            )
        else:
            audit_event_record(
                event=ANSWER_VIEWED,
                actor=actor,
                target=request,
                reason="access_request",
                context={"kind": kind, "size": len(data)},
            )
    return data


# Objection and closure --------------------------------------------------------


def objection_register(
    *,
    request: AccessRequest,
    actor: Any,
    received_on: datetime.date,
    note: str = "",
) -> Objection:
    """Register an objection that arrived inside the window: a legal hold on the
    matched subjects, so their data is not destroyed (see ``selectors``)."""
    _require(actor, "inquiries.register_objection", request)
    with transaction.atomic():
        request = _locked(request)
        if request.status not in (RequestStatus.OBJECTION_WINDOW, RequestStatus.CLOSED):
            raise ValidationError(
                _("Only an answered request can receive an objection.")
            )
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
        request.status = RequestStatus.OBJECTED
        request.closed_at = None
        request.save(update_fields=["status", "closed_at"])
        audit_event_record(
            event=OBJECTION_REGISTERED,
            actor=actor,
            target=request,
            context={"objection": objection.pk, "subjects": subject_ids},
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
            locked.status = RequestStatus.CLOSED
            locked.closed_at = timezone.now()
            locked.save(update_fields=["status", "closed_at"])
            audit_event_record(event=REQUEST_CLOSED, actor=None, target=locked)
            closed += 1
    return closed


def request_destroy(
    *, request: AccessRequest, actor: Any, reason: str
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
