# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Identity verification: by staff (who, how, when; no ID copy) or by login."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.service_checks import text_required
from herstel.core.service_steps import locked_in_state

from ..audit_events import IDENTITY_VERIFIED
from ..constants import RequestStatus
from ..constants import VerificationMethod
from ..models import AccessRequest
from ..models import IdentityVerification
from .common import _locked
from .common import _on_commit_mail
from .common import _public_url
from .common import _require
from .common import subject_claim_digest

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def verification_invite(*, request: AccessRequest, actor: Actor) -> AccessRequest:
    """Ask the requester to verify their identity (mail with the next step)."""
    _require(actor, "inquiries.verify_identity", request)
    with locked_in_state(
        request, RequestStatus.RECEIVED, _("This request is past the intake step.")
    ) as request:
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
    """A signed token for the request's identity-login link."""
    from django.core import signing

    return signing.dumps(request.pk, salt="inquiries.identity")


def identity_token_request(token: str) -> AccessRequest | None:
    """The request an identity token was made for, if the token is valid
    (30 days) and the request's data still exists."""
    from django.core import signing

    try:
        pk = signing.loads(token, salt="inquiries.identity", max_age=60 * 60 * 24 * 30)
    except signing.BadSignature:
        return None
    return AccessRequest.objects.filter(pk=pk, destroyed_at__isnull=True).first()


def request_verify(
    *,
    request: AccessRequest,
    actor: Actor,
    method: VerificationMethod,
    document_kind: str,
) -> IdentityVerification:
    """Record that staff checked the requester's identity. No ID copy is kept:
    only who checked, how, what kind of document was shown, and when."""
    _require(actor, "inquiries.verify_identity", request)
    if method == VerificationMethod.OIDC:
        raise ValidationError(_("A login is recorded by the login itself."))
    text_required(
        document_kind, "document_kind", _("Say what kind of document you saw.")
    )
    with locked_in_state(
        request,
        (RequestStatus.RECEIVED, RequestStatus.VERIFYING),
        _("The identity of this requester is already verified."),
    ) as request:
        verification = IdentityVerification.objects.create(
            request=request,
            method=method,
            verified_by=actor,
            document_kind=document_kind.strip()[:50],
        )
        audited_save(
            request,
            {"status": RequestStatus.SEARCHING},
            event=IDENTITY_VERIFIED,
            actor=actor,
            context={"method": str(method), "verification": verification.pk},
        )
    return verification


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
