# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The requester's download: expiring link, re-verification, logged downloads."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_read

from ..audit_events import LINK_VERIFIED
from ..constants import VerificationMethod
from ..models import AccessRequest
from ..models import Answer
from ..models import DownloadLink
from .common import CODE_ATTEMPTS
from .common import CODE_RESEND_SECONDS
from .common import CODE_SENDS
from .common import CODE_VALID_MINUTES
from .common import PURPOSE_COPY
from .common import PURPOSE_LETTER
from .common import _on_commit_mail
from .common import subject_claim_digest
from .verification import request_verify_by_login

if TYPE_CHECKING:
    from herstel.core.actor import Actor


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
    """Mail a one-time code to the requester's address (re-verification).

    Limited per link: at most ``CODE_SENDS`` codes, one per
    ``CODE_RESEND_SECONDS``, and none once ``CODE_ATTEMPTS`` wrong guesses were
    made (a new code does not reset the guesses). Raises ``ValidationError``
    with a message for the requester when a limit is reached.
    """
    code = f"{secrets.randbelow(10**6):06d}"
    now = timezone.now()
    with transaction.atomic():
        link = DownloadLink.objects.select_for_update().get(pk=link.pk)
        if link.code_attempts >= CODE_ATTEMPTS or link.code_sends >= CODE_SENDS:
            raise ValidationError(
                _(
                    "We cannot send more codes for this link. Contact us and "
                    "mention your reference number; we will help you get your answer."
                ),
                code="code_limit",
            )
        if link.code_sent_at is not None and now - link.code_sent_at < (
            datetime.timedelta(seconds=CODE_RESEND_SECONDS)
        ):
            raise ValidationError(
                _(
                    "We have just sent you a code. Wait a minute before you ask "
                    "for a new one, and check your spam folder."
                ),
                code="code_wait",
            )
        link.code_digest = _code_digest(link, code)
        link.code_expires_at = now + datetime.timedelta(minutes=CODE_VALID_MINUTES)
        link.code_sends += 1
        link.code_sent_at = now
        link.save(
            update_fields=[
                "code_digest",
                "code_expires_at",
                "code_sends",
                "code_sent_at",
            ]
        )
        _on_commit_mail("code", link.request, code=code, minutes=CODE_VALID_MINUTES)


def link_code_check(*, link: DownloadLink, code: str) -> bool:
    """True when ``code`` is the last mailed code, in time and within attempts.

    Wrong guesses count against the link, whichever code they were meant for;
    a right code lets the requester ask for codes again on a later visit.
    """
    with transaction.atomic():
        link = DownloadLink.objects.select_for_update().get(pk=link.pk)
        if (
            not link.code_digest
            or link.code_expires_at is None
            or link.code_expires_at <= timezone.now()
            or link.code_attempts >= CODE_ATTEMPTS
        ):
            return False
        ok = hmac.compare_digest(link.code_digest, _code_digest(link, code.strip()))
        if ok:
            link.code_digest = ""
            link.code_expires_at = None
            link.code_sends = 0
            link.code_sent_at = None
            audit_event_record(
                event=LINK_VERIFIED,
                actor=None,
                target=link.request,
                context={"link": link.pk, "method": "mail_code"},
            )
        else:
            link.code_attempts += 1
        link.save(
            update_fields=[
                "code_attempts",
                "code_digest",
                "code_expires_at",
                "code_sends",
                "code_sent_at",
            ]
        )
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
    actor: Actor | None = None,
    link: DownloadLink | None = None,
) -> bytes:
    """The letter or access copy PDF, for the requester (via ``link``) or staff.

    Every read is audited; a requester's download also counts on the link.
    """
    from ..audit_events import ANSWER_VIEWED
    from ..audit_events import COPY_DOWNLOADED

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
