# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Registering requests (public form and staff), duplicates, original messages."""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.core.permissions import require
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_put
from herstel.vault.services import blob_read_audited
from herstel.vault.services import blob_shred
from herstel.vault.services import value_open
from herstel.vault.services import value_seal

from .. import deadlines
from ..audit_events import REQUEST_DUPLICATE
from ..audit_events import REQUEST_RECEIVED
from ..audit_events import REQUEST_VIEWED
from ..constants import Channel
from ..constants import VerificationMethod
from ..models import AccessRequest
from ..models import Attachment
from ..models import Campaign
from .common import PURPOSE_ATTACHMENT
from .common import PURPOSE_ATTACHMENT_NAME
from .common import PURPOSE_DATA
from .common import REFERENCE_ALPHABET
from .common import RequestData
from .common import _contact_digest
from .common import _name_digest
from .common import _on_commit_mail
from .common import request_data

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def _new_reference(year: int) -> str:
    while True:
        code = "".join(secrets.choice(REFERENCE_ALPHABET) for _i in range(6))
        reference = f"AV-{year}-{code}"
        if not AccessRequest.objects.filter(reference=reference).exists():
            return reference


def request_data_read(*, request: AccessRequest, actor: Actor) -> RequestData:
    """The requester's data for a staff member who may see it; audited."""
    require(actor, "inquiries.read_request", request)
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


def request_submit(
    *,
    campaign: Campaign,
    data: RequestData,
    channel: Channel,
    verification_method: VerificationMethod,
    language: str = "nl",
    actor: Actor | None = None,
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


def attachment_read(*, attachment: Attachment, actor: Actor) -> tuple[str, bytes]:
    """An original message, decrypted for staff who may read the request."""
    from ..audit_events import ATTACHMENT_VIEWED

    request = attachment.request
    if not actor.has_perm("inquiries.read_request", request) or request.destroyed_at:
        raise PermissionDenied
    name = value_open(
        key_id=attachment.key_id,
        sealed=attachment.filename_sealed,
        purpose=PURPOSE_ATTACHMENT_NAME,
    )
    data = blob_read_audited(
        blob=SealedBlob(key_id=attachment.key_id, blob_name=attachment.blob_name),
        purpose=PURPOSE_ATTACHMENT,
        event=ATTACHMENT_VIEWED,
        actor=actor,
        target=request,
        reason="access_request",
        context={"attachment": attachment.pk},
    )
    return name, data
