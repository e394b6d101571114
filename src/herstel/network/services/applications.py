# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Applications from the public form: limits, sealing, the moderator's decision."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audited_save
from herstel.core.decisions import signed
from herstel.core.ratelimit import limit_digest
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_put
from herstel.vault.services import blob_shred
from herstel.vault.services import value_seal

from .. import audit_events as events
from ..constants import APPLICATIONS_PER_CLIENT
from ..constants import APPLICATIONS_PER_EMAIL
from ..constants import APPLICATIONS_PER_WINDOW
from ..constants import RATE_LIMIT_WINDOW
from ..constants import ApplicationStatus
from ..constants import GroupAccess
from ..models import Application
from ..models import Group
from ..selectors import PURPOSE_APPLICATION
from ..selectors import application_details
from .common import RateLimitedError
from .common import _mail_on_commit
from .common import _require_moderator
from .membership import invitation_send

if TYPE_CHECKING:
    from herstel.core.actor import Actor

# Applications ------------------------------------------------------------


@transaction.atomic
def application_submit(
    *,
    display_name: str,
    email: str,
    motivation: str,
    group: Group | None,
    client: str = "",
) -> Application:
    """Someone asks to join; details sealed until a moderator decides.

    ``client`` is the sender's address (``core.ratelimit.client_address``).
    Limits per client and per e-mail address come before the shared one, so
    one sender cannot use up the shared limit for everyone (issue 17, F5).
    """
    if group is not None and group.access == GroupAccess.PRIVATE:
        raise ValidationError({"group": _("This group cannot be applied to.")})
    since = timezone.now() - RATE_LIMIT_WINDOW
    client_digest = limit_digest(scope="network-apply-client", value=client)
    email_digest = limit_digest(
        scope="network-apply-email", value=email.strip().casefold()
    )
    recent_from = Application.objects.filter(created_at__gte=since)
    if (
        client_digest
        and recent_from.filter(client_digest=client_digest).count()
        >= APPLICATIONS_PER_CLIENT
    ) or (
        email_digest
        and recent_from.filter(email_digest=email_digest).count()
        >= APPLICATIONS_PER_EMAIL
    ):
        raise RateLimitedError(
            _(
                "You have applied several times in the last hour. "
                "Please try again later."
            ),
            code="rate_limited",
        )
    recent = Application.objects.filter(
        created_at__gte=timezone.now() - RATE_LIMIT_WINDOW
    ).count()
    if recent >= APPLICATIONS_PER_WINDOW:
        raise RateLimitedError(
            _("Many people are applying right now. Please try again in an hour."),
            code="rate_limited",
        )
    blob = blob_put(data=b"network.application", purpose="network.application")
    application = Application(
        key_id=blob.key_id,
        blob_name=blob.blob_name,
        details_sealed=value_seal(
            key_id=blob.key_id,
            value=json.dumps(
                {
                    "display_name": display_name.strip(),
                    "email": email.strip(),
                    "motivation": motivation.strip(),
                }
            ),
            purpose=PURPOSE_APPLICATION,
        ),
        group=group,
        client_digest=client_digest,
        email_digest=email_digest,
    )
    audited_save(
        application,
        event=events.APPLICATION_RECEIVED,
        actor=None,
        context={"group": group.pk if group else None},
    )
    return application


@transaction.atomic
def application_decide(
    *, actor: Actor, application: Application, approve: bool, base_url: str
) -> None:
    """Approve (send an invitation) or reject; then shred the details."""
    _require_moderator(actor)
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status != ApplicationStatus.PENDING:
        return
    details = application_details(application=application)
    if approve:
        invitation_send(
            actor=actor,
            email=details["email"],
            group=application.group,
            base_url=base_url,
        )
    else:
        email = details["email"]
        _mail_on_commit(
            to=email,
            subject=_("Your application to the %(site)s network")
            % {"site": settings.SITE_NAME},
            template="network/email/application_rejected.txt",
            context={},
        )
    status = ApplicationStatus.APPROVED if approve else ApplicationStatus.REJECTED
    shredded = {"details_sealed": None, "client_digest": "", "email_digest": ""}
    audited_save(
        application,
        {"status": status, **signed("decided", actor), **shredded},
        event=events.APPLICATION_DECIDED,
        actor=actor,
        context={"status": status},
    )
    blob = SealedBlob(key_id=application.key_id, blob_name=application.blob_name)
    transaction.on_commit(lambda: blob_shred(blob=blob))
