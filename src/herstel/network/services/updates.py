# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Progress updates, the digest mail and unsubscribing."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record

from .. import audit_events as events
from ..constants import EmailFrequency
from ..constants import GroupAccess
from ..constants import MembershipStatus
from ..models import Group
from ..models import GroupMembership
from ..models import Member
from ..models import ProgressUpdate
from ..selectors import member_email
from ..selectors import update_audience
from .common import UNSUBSCRIBE_SALT
from .common import _absolute
from .common import _require_moderator
from .common import _send_mail

if TYPE_CHECKING:
    from herstel.core.actor import Actor

# Progress updates --------------------------------------------------------


def unsubscribe_token(*, member: Member) -> str:
    """A signed token for the one-click unsubscribe link of a member's mails."""
    return signing.dumps(str(member.public_id), salt=UNSUBSCRIBE_SALT)


def _update_mail(
    *, member: Member, updates: list[ProgressUpdate], base_url: str, digest: bool
) -> None:
    token = unsubscribe_token(member=member)
    unsubscribe_url = _absolute(base_url, reverse("network:unsubscribe", args=[token]))
    subject = (
        _("Progress updates from the %(site)s network") % {"site": settings.SITE_NAME}
        if digest
        else updates[0].title
    )
    _send_mail(
        to=member_email(member=member),
        subject=subject,
        template="network/email/updates.txt",
        context={
            "updates": updates,
            "url": _absolute(base_url, reverse("network:update_list")),
            "unsubscribe_url": unsubscribe_url,
        },
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


@transaction.atomic
def update_publish(
    *, actor: Actor, title: str, body: str, group: Group | None, base_url: str
) -> ProgressUpdate:
    """Post an update; members who chose 'instant' get it by e-mail at once."""
    _require_moderator(actor)
    update = ProgressUpdate.objects.create(
        title=title, body=body, group=group, author=actor
    )
    recipients = list(
        update_audience(update=update).filter(email_frequency=EmailFrequency.INSTANT)
    )

    def send() -> None:
        for member in recipients:
            _update_mail(
                member=member, updates=[update], base_url=base_url, digest=False
            )

    transaction.on_commit(send)
    audit_event_record(
        event=events.UPDATE_PUBLISHED,
        actor=actor,
        target=update,
        context={"group": group.pk if group else None, "instant": len(recipients)},
    )
    return update


def updates_digest_send(*, now: datetime | None = None, base_url: str) -> int:
    """Mail each 'digest' member the updates they may see since their last one."""
    now = now or timezone.now()
    mailed = 0
    for member in Member.objects.filter(
        email_frequency=EmailFrequency.DIGEST, user__is_active=True
    ):
        since = member.last_digest_at or member.joined_at
        groups = set(
            GroupMembership.objects.filter(
                member=member, status=MembershipStatus.ACTIVE
            ).values_list("group_id", flat=True)
        )
        updates = list(
            ProgressUpdate.objects.filter(published_at__gt=since, published_at__lte=now)
            .filter(
                Q(group__isnull=True)
                | Q(group__access=GroupAccess.OPEN)
                | Q(group_id__in=groups)
            )
            .order_by("published_at")
        )
        with transaction.atomic():
            if updates:
                _update_mail(
                    member=member, updates=updates, base_url=base_url, digest=True
                )
                mailed += 1
            Member.objects.filter(pk=member.pk).update(last_digest_at=now)
    audit_event_record(
        event=events.UPDATES_MAILED, actor=None, context={"digests": mailed}
    )
    return mailed


@transaction.atomic
def member_unsubscribe(*, token: str) -> bool:
    """Stop update e-mails for the member in a signed token; idempotent."""
    try:
        public_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return False
    member = Member.objects.filter(public_id=public_id).first()
    if member is None:
        return False
    if member.email_frequency != EmailFrequency.NONE:
        member.email_frequency = EmailFrequency.NONE
        member.save(update_fields=["email_frequency"])
        audit_event_record(event=events.UNSUBSCRIBED, actor=None, target=member)
    return True
