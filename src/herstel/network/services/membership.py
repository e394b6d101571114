# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Consent, joining by invitation, profiles, export and deletion."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext as _

from axes.models import AccessAttempt
from axes.models import AccessFailureLog
from axes.models import AccessLog

from herstel.accounts.constants import Role
from herstel.accounts.services import user_create
from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_put
from herstel.vault.services import blob_shred
from herstel.vault.services import value_seal

from .. import audit_events as events
from ..constants import CONSENT_VERSION
from ..constants import INVITATION_VALID_FOR
from ..constants import AccessibilityNeed
from ..constants import EmailFrequency
from ..models import ConsentRecord
from ..models import Group
from ..models import GroupMembership
from ..models import Invitation
from ..models import Member
from ..selectors import PURPOSE_DISPLAY_NAME
from ..selectors import PURPOSE_EMAIL
from ..selectors import member_display_name
from ..selectors import member_email
from ..selectors import member_for_user
from ..selectors import registration_needs
from .common import _absolute
from .common import _mail_on_commit
from .common import _require_member
from .common import _require_moderator
from .common import _token_sha256
from .common import email_digest

if TYPE_CHECKING:
    from herstel.core.actor import Actor

# Consent -----------------------------------------------------------------


def consent_text(*, version: str = CONSENT_VERSION) -> str:
    """The consent text of ``version`` in the active language."""
    return render_to_string(f"network/consent/{version}.html")


def consent_text_sha256(*, version: str = CONSENT_VERSION) -> str:
    """The SHA-256 of a consent text version, kept with every consent record."""
    return hashlib.sha256(consent_text(version=version).encode()).hexdigest()


# Joining -----------------------------------------------------------------


@transaction.atomic
def invitation_send(
    *, actor: Actor, email: str, group: Group | None = None, base_url: str
) -> Invitation:
    """Mail a single-use invitation link; the database keeps only hashes.

    The link carries only a random token. Whoever signs up with it must give
    the address it was sent to.
    """
    _require_moderator(actor)
    token = secrets.token_urlsafe(32)
    invitation = audited_save(
        Invitation(
            token_sha256=_token_sha256(token),
            email_digest=email_digest(email=email),
            group=group,
            created_by=actor,
            expires_at=timezone.now() + INVITATION_VALID_FOR,
        ),
        event=events.INVITATION_SENT,
        actor=actor,
        context={"group": group.pk if group else None},
    )
    url = _absolute(base_url, reverse("network:join", args=[token]))
    expires = invitation.expires_at
    _mail_on_commit(
        to=email,
        subject=_("Invitation to the %(site)s network") % {"site": settings.SITE_NAME},
        template="network/email/invitation.txt",
        context={"url": url, "expires_at": expires, "group": group},
    )
    return invitation


def invitation_get(*, token: str) -> Invitation | None:
    """The invitation for ``token`` if it can still be used."""
    return (
        Invitation.objects.filter(
            token_sha256=_token_sha256(token),
            used_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .select_related("group")
        .first()
    )


@dataclass(frozen=True, slots=True)
class Profile:
    display_name: str
    email: str
    region: str = ""
    background: str = ""
    directory_visible: bool = False
    email_frequency: str = EmailFrequency.DIGEST


def _new_username() -> str:
    # Never derived from the person: the user name lands in the audit trail.
    user_model = get_user_model()
    while True:
        username = "member-" + secrets.token_hex(4)
        if not user_model.objects.filter(username=username).exists():
            return username


def _member_create(*, user: Actor, profile: Profile) -> Member:
    public_id = secrets.token_hex(16)
    blob: SealedBlob = blob_put(data=public_id.encode(), purpose="network.member")
    try:
        member = Member.objects.create(
            user=user,
            key_id=blob.key_id,
            blob_name=blob.blob_name,
            display_name_sealed=value_seal(
                key_id=blob.key_id,
                value=profile.display_name.strip(),
                purpose=PURPOSE_DISPLAY_NAME,
            ),
            email_sealed=value_seal(
                key_id=blob.key_id,
                value=profile.email.strip(),
                purpose=PURPOSE_EMAIL,
            ),
            region=profile.region,
            background=profile.background,
            directory_visible=profile.directory_visible,
            email_frequency=profile.email_frequency,
        )
    except Exception:
        blob_shred(blob=blob)
        raise
    return member


def _consent_record(*, member: Member, actor: Actor) -> ConsentRecord:
    record = ConsentRecord(
        member=member,
        version=CONSENT_VERSION,
        text_sha256=consent_text_sha256(),
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    return audited_save(
        record,
        event=events.CONSENT_GIVEN,
        actor=actor,
        target=member,
        context={"version": record.version, "text_sha256": record.text_sha256},
    )


@transaction.atomic
def member_join(*, token: str, profile: Profile, password: str) -> Member:
    """Sign up with an invitation: account, profile, consent, group, one step."""
    invitation = (
        Invitation.objects.select_for_update()
        .filter(token_sha256=_token_sha256(token))
        .first()
    )
    now = timezone.now()
    if (
        invitation is None
        or invitation.used_at
        or invitation.revoked_at
        or invitation.expires_at <= now
    ):
        raise ValidationError(
            _("This invitation is no longer valid. Ask a moderator for a new one."),
            code="invalid_invitation",
        )
    if not hmac.compare_digest(
        invitation.email_digest, email_digest(email=profile.email)
    ):
        raise ValidationError(
            {"email": _("Use the e-mail address this invitation was sent to.")}
        )
    user = user_create(
        username=_new_username(), password=password, roles=[Role.NETWORK_MEMBER]
    )
    member = _member_create(user=user, profile=profile)
    invitation.used_at = now
    invitation.save(update_fields=["used_at"])
    if invitation.group_id:
        GroupMembership.objects.create(group_id=invitation.group_id, member=member)
    audit_event_record(
        event=events.MEMBER_JOINED,
        actor=user,
        target=member,
        context={
            "invitation": invitation.pk,
            "group": invitation.group_id,
            "fields": sorted(
                name for name in ("region", "background") if getattr(profile, name)
            ),
            "directory_visible": profile.directory_visible,
        },
    )
    _consent_record(member=member, actor=user)
    return member


@transaction.atomic
def member_profile_create(*, actor: Actor, profile: Profile) -> Member:
    """Give consent and a profile for an account that has the member role."""
    if not actor.groups.filter(name=Role.NETWORK_MEMBER).exists():
        raise PermissionDenied
    if member_for_user(user=actor) is not None:
        raise ValidationError(_("You have already joined the network."))
    member = _member_create(user=actor, profile=profile)
    audit_event_record(
        event=events.MEMBER_JOINED,
        actor=actor,
        target=member,
        context={"invitation": None, "group": None},
    )
    _consent_record(member=member, actor=actor)
    return member


@transaction.atomic
def member_profile_update(
    *,
    actor: Actor,
    display_name: str,
    email: str,
    region: str,
    background: str,
    directory_visible: bool,
    email_frequency: str,
) -> Member:
    """Change the actor's own profile; name and address are sealed again
    with the member's key, the audit entry names the changed fields only."""
    member = _require_member(actor)
    changed = []
    if display_name.strip() != member_display_name(member=member):
        member.display_name_sealed = value_seal(
            key_id=member.key_id,
            value=display_name.strip(),
            purpose=PURPOSE_DISPLAY_NAME,
        )
        changed.append("display_name")
    if email.strip() != member_email(member=member):
        member.email_sealed = value_seal(
            key_id=member.key_id, value=email.strip(), purpose=PURPOSE_EMAIL
        )
        changed.append("email")
    for field, value in (
        ("region", region),
        ("background", background),
        ("directory_visible", directory_visible),
        ("email_frequency", email_frequency),
    ):
        if getattr(member, field) != value:
            setattr(member, field, value)
            changed.append(field)
    if changed:
        audited_save(
            member,
            event=events.PROFILE_CHANGED,
            actor=actor,
            context={"fields": changed},
        )
    return member


def _need_labels(codes: list[str]) -> list[str]:
    """Accessibility needs in the member's language (the export is read by people)."""
    labels = dict(AccessibilityNeed.choices)
    return [str(labels.get(code, code)) for code in codes]


def member_export(*, actor: Actor) -> dict[str, Any]:
    """Everything the network holds about the acting member (GDPR art. 15/20)."""
    member = _require_member(actor)
    data: dict[str, Any] = {
        "format": "herstel.network.export/1",
        "exported_at": timezone.now().isoformat(),
        "profile": {
            "login_name": actor.get_username(),
            "display_name": member_display_name(member=member),
            "email": member_email(member=member),
            "region": member.get_region_display(),
            "background": member.get_background_display(),
            "visible_to_other_members": member.directory_visible,
            "progress_updates_by_email": member.get_email_frequency_display(),
            "joined_at": member.joined_at.isoformat(),
        },
        "consents": [
            {
                "version": record.version,
                "text_sha256": record.text_sha256,
                "language": record.language,
                "given_at": record.given_at.isoformat(),
            }
            for record in member.consents.all()
        ],
        "groups": [
            {
                "group": membership.group.name,
                "status": membership.get_status_display(),
                "since": membership.created_at.isoformat(),
            }
            for membership in member.memberships.select_related("group")
        ],
        "registrations": [
            {
                "session": registration.meeting.title,
                "starts_at": registration.meeting.starts_at.isoformat(),
                "needs": (needs := registration_needs(registration=registration)),
                "needs_labels": _need_labels(needs.get("needs", [])),
                "registered_at": registration.created_at.isoformat(),
            }
            for registration in member.registrations.select_related("meeting")
        ],
        "topics": [
            {
                "title": topic.title,
                "description": topic.description,
                "theme": topic.theme,
                "status": topic.get_status_display(),
                "created_at": topic.created_at.isoformat(),
            }
            for topic in member.topics.all()
        ],
        "supported_topics": [
            {"topic": support.topic.title, "at": support.created_at.isoformat()}
            for support in member.supports.select_related("topic")
        ],
        "consultation_responses": [
            {
                "consultation": response.part.consultation.title,
                "part": response.part.title,
                "text": response.text,
                "created_at": response.created_at.isoformat(),
            }
            for response in member.responses.select_related("part__consultation")
        ],
        "reports": [
            {
                "kind": report.get_kind_display(),
                "reason": report.reason,
                "status": report.get_status_display(),
                "created_at": report.created_at.isoformat(),
            }
            for report in member.reports.all()
        ],
    }
    audit_event_record(
        event=events.DATA_EXPORTED,
        actor=actor,
        target=member,
        context={
            key: len(value) for key, value in data.items() if isinstance(value, list)
        },
    )
    return data


@transaction.atomic
def member_delete(*, actor: Actor, remove_contributions: bool = False) -> None:
    """Withdraw consent and delete the account.

    The member's data key is shredded, the profile, consents, registrations
    and group memberships are deleted, and so are the login and its login
    records. Only the audit trail keeps the generated login name. Topics, supports
    and consultation responses stay without an author, unless the member asks
    to remove them too.
    """
    member = _require_member(actor)
    member_id = member.pk
    counts = {
        "topics": member.topics.count(),
        "responses": member.responses.count(),
        "registrations": member.registrations.count(),
    }
    if remove_contributions:
        member.topics.all().delete()
        member.responses.all().delete()
        member.supports.all().delete()
    audit_event_record(
        event=events.MEMBER_DELETED,
        actor=actor,
        target=("network.member", member_id),
        context={**counts, "contributions_removed": remove_contributions},
    )
    blob = SealedBlob(key_id=member.key_id, blob_name=member.blob_name)
    user = member.user
    # Login records (address, browser) of the account go with it.
    username = user.get_username()
    for model in (AccessLog, AccessAttempt, AccessFailureLog):
        model.objects.filter(username=username).delete()
    member.delete()
    user.delete()
    # The key is shredded at commit: a rollback must not leave sealed rows
    # that nobody can open.
    transaction.on_commit(lambda: blob_shred(blob=blob))
