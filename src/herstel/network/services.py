# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every write in the network: transactional, audited without personal data.

Audit context holds ids, counts and field names. A member's display name and
e-mail address never reach the audit trail, a log line or a URL: they live
sealed with the member's own data key and die with it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from herstel.accounts.constants import Role
from herstel.accounts.services import user_create
from herstel.audit.services import audit_event_record
from herstel.core.permissions import require
from herstel.core.ratelimit import limit_digest
from herstel.detection.base import Category
from herstel.detection.constants import IDENTIFYING_CATEGORIES
from herstel.detection.services import text_scan
from herstel.vault.services import (
    SealedBlob,
    blob_put,
    blob_read,
    blob_shred,
    value_seal,
)

from . import audit_events as events
from .constants import (
    APPLICATIONS_PER_CLIENT,
    APPLICATIONS_PER_EMAIL,
    APPLICATIONS_PER_WINDOW,
    CONSENT_VERSION,
    DOCUMENT_MAX_BYTES,
    DOCUMENT_TYPES,
    INVITATION_VALID_FOR,
    RATE_LIMIT_WINDOW,
    RATE_LIMITS,
    TOPIC_TRANSITIONS,
    ApplicationStatus,
    ConsultationStatus,
    ContributionKind,
    EmailFrequency,
    GroupAccess,
    MembershipStatus,
    ReportStatus,
    TopicStatus,
)
from .models import (
    Application,
    AttendanceCount,
    ConsentRecord,
    Consultation,
    ConsultationPart,
    ConsultationResponse,
    Group,
    GroupMembership,
    Invitation,
    Meeting,
    MeetingDocument,
    Member,
    ProgressUpdate,
    Registration,
    Report,
    Series,
    Topic,
    TopicResponse,
    TopicSupport,
)
from .selectors import (
    PURPOSE_APPLICATION,
    PURPOSE_DISPLAY_NAME,
    PURPOSE_EMAIL,
    PURPOSE_NEEDS,
    application_details,
    group_content_visible,
    member_display_name,
    member_email,
    member_for_user,
    registration_needs,
    update_audience,
)

UNSUBSCRIBE_SALT = "herstel.network.unsubscribe"
# Contributions naming other people get a warning; special categories (a
# mosque, a belief) are what the network talks about and are not flagged.
GUARDED_CATEGORIES = IDENTIFYING_CATEGORIES


class RateLimitedError(ValidationError):
    """The member posted too much in the current window."""


def _require_member(actor: Any) -> Member:
    require(actor, "network.participate")
    member = member_for_user(user=actor)
    assert member is not None
    return member


def _require_moderator(actor: Any) -> None:
    require(actor, "network.moderate")


def _absolute(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + path


# Consent -----------------------------------------------------------------


def consent_text(*, version: str = CONSENT_VERSION) -> str:
    """The consent text of ``version`` in the active language."""
    return render_to_string(f"network/consent/{version}.html")


def consent_text_sha256(*, version: str = CONSENT_VERSION) -> str:
    return hashlib.sha256(consent_text(version=version).encode()).hexdigest()


# Joining -----------------------------------------------------------------


def email_digest(*, email: str) -> str:
    """A keyed hash of an address: recognises it again without storing it."""
    return hmac.new(
        settings.SECRET_KEY.encode(),
        email.strip().casefold().encode(),
        hashlib.sha256,
    ).hexdigest()


def _token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _send_mail(
    *,
    to: str,
    subject: str,
    template: str,
    context: Mapping[str, Any],
    headers: Mapping[str, str] | None = None,
) -> None:
    body = render_to_string(template, {"site_name": settings.SITE_NAME, **context})
    EmailMessage(
        subject=subject, body=body, to=[to], headers=dict(headers or {})
    ).send()


@transaction.atomic
def invitation_send(
    *, actor: Any, email: str, group: Group | None = None, base_url: str
) -> Invitation:
    """Mail a single-use invitation link; the database keeps only hashes.

    The link carries only a random token. Whoever signs up with it must give
    the address it was sent to.
    """
    _require_moderator(actor)
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        token_sha256=_token_sha256(token),
        email_digest=email_digest(email=email),
        group=group,
        created_by=actor,
        expires_at=timezone.now() + INVITATION_VALID_FOR,
    )
    audit_event_record(
        event=events.INVITATION_SENT,
        actor=actor,
        target=invitation,
        context={"group": group.pk if group else None},
    )
    url = _absolute(base_url, reverse("network:join", args=[token]))
    expires = invitation.expires_at
    transaction.on_commit(
        lambda: _send_mail(
            to=email,
            subject=_("Invitation to the %(site)s network")
            % {"site": settings.SITE_NAME},
            template="network/email/invitation.txt",
            context={"url": url, "expires_at": expires, "group": group},
        )
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


def _member_create(*, user: Any, profile: Profile) -> Member:
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


def _consent_record(*, member: Member, actor: Any) -> ConsentRecord:
    record = ConsentRecord.objects.create(
        member=member,
        version=CONSENT_VERSION,
        text_sha256=consent_text_sha256(),
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    audit_event_record(
        event=events.CONSENT_GIVEN,
        actor=actor,
        target=member,
        context={"version": record.version, "text_sha256": record.text_sha256},
    )
    return record


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
def member_profile_create(*, actor: Any, profile: Profile) -> Member:
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
    actor: Any,
    display_name: str,
    email: str,
    region: str,
    background: str,
    directory_visible: bool,
    email_frequency: str,
) -> Member:
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
        member.save()
        audit_event_record(
            event=events.PROFILE_CHANGED,
            actor=actor,
            target=member,
            context={"fields": changed},
        )
    return member


def member_export(*, actor: Any) -> dict[str, Any]:
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
                "needs": registration_needs(registration=registration),
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
def member_delete(*, actor: Any, remove_contributions: bool = False) -> None:
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
    application = Application.objects.create(
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
    audit_event_record(
        event=events.APPLICATION_RECEIVED,
        actor=None,
        target=application,
        context={"group": group.pk if group else None},
    )
    return application


@transaction.atomic
def application_decide(
    *, actor: Any, application: Application, approve: bool, base_url: str
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
        transaction.on_commit(
            lambda: _send_mail(
                to=email,
                subject=_("Your application to the %(site)s network")
                % {"site": settings.SITE_NAME},
                template="network/email/application_rejected.txt",
                context={},
            )
        )
    application.status = (
        ApplicationStatus.APPROVED if approve else ApplicationStatus.REJECTED
    )
    application.decided_at = timezone.now()
    application.decided_by = actor
    application.details_sealed = None
    application.client_digest = application.email_digest = ""
    application.save()
    audit_event_record(
        event=events.APPLICATION_DECIDED,
        actor=actor,
        target=application,
        context={"status": application.status},
    )
    blob = SealedBlob(key_id=application.key_id, blob_name=application.blob_name)
    transaction.on_commit(lambda: blob_shred(blob=blob))


# Groups ------------------------------------------------------------------


@transaction.atomic
def group_join(*, actor: Any, group: Group) -> GroupMembership:
    """Join an open group, or apply to a group on application."""
    member = _require_member(actor)
    if group.access == GroupAccess.PRIVATE:
        raise PermissionDenied
    status = (
        MembershipStatus.ACTIVE
        if group.access == GroupAccess.OPEN
        else MembershipStatus.PENDING
    )
    membership, created = GroupMembership.objects.get_or_create(
        group=group, member=member, defaults={"status": status}
    )
    if created:
        audit_event_record(
            event=events.GROUP_JOINED,
            actor=actor,
            target=group,
            context={"member": member.pk, "status": status},
        )
    return membership


@transaction.atomic
def group_leave(*, actor: Any, group: Group) -> None:
    member = _require_member(actor)
    deleted, _rows = GroupMembership.objects.filter(group=group, member=member).delete()
    if deleted:
        audit_event_record(
            event=events.GROUP_JOINED,
            actor=actor,
            target=group,
            context={"member": member.pk, "status": "left"},
        )


@transaction.atomic
def group_membership_decide(
    *, actor: Any, membership: GroupMembership, approve: bool
) -> None:
    _require_moderator(actor)
    if membership.status != MembershipStatus.PENDING:
        return
    if approve:
        membership.status = MembershipStatus.ACTIVE
        membership.save(update_fields=["status"])
    else:
        membership.delete()
    audit_event_record(
        event=events.GROUP_MEMBERSHIP_DECIDED,
        actor=actor,
        target=membership.group,
        context={"member": membership.member_id, "approved": approve},
    )


@transaction.atomic
def group_save(*, actor: Any, group: Group) -> Group:
    _require_moderator(actor)
    created = group.pk is None
    group.full_clean()
    group.save()
    audit_event_record(
        event=events.GROUP_SAVED,
        actor=actor,
        target=group,
        context={"created": created, "access": group.access},
    )
    return group


# Sessions ----------------------------------------------------------------


@transaction.atomic
def series_save(*, actor: Any, series: Series) -> Series:
    _require_moderator(actor)
    created = series.pk is None
    series.full_clean()
    series.save()
    audit_event_record(
        event=events.MEETING_SAVED,
        actor=actor,
        target=series,
        context={"created": created},
    )
    return series


@transaction.atomic
def meeting_save(*, actor: Any, meeting: Meeting) -> Meeting:
    _require_moderator(actor)
    created = meeting.pk is None
    meeting.full_clean()
    meeting.save()
    audit_event_record(
        event=events.MEETING_SAVED,
        actor=actor,
        target=meeting,
        context={"created": created},
    )
    return meeting


@transaction.atomic
def meeting_register(
    *, actor: Any, meeting: Meeting, needs: Iterable[str] = (), other_needs: str = ""
) -> Registration:
    """Register for a session, with accessibility and inclusion needs (sealed)."""
    member = _require_member(actor)
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.group is not None and not group_content_visible(
        actor=actor, group=meeting.group
    ):
        raise PermissionDenied
    if meeting.ends_at < timezone.now():
        raise ValidationError(_("This session is over."))
    existing = Registration.objects.filter(meeting=meeting, member=member).first()
    if (
        existing is None
        and meeting.capacity is not None
        and meeting.registrations.count() >= meeting.capacity
    ):
        raise ValidationError(_("This session is full."))
    needs = sorted(set(needs))
    has_needs = bool(needs or other_needs.strip())
    sealed = (
        value_seal(
            key_id=member.key_id,
            value=json.dumps({"needs": needs, "other": other_needs.strip()}),
            purpose=PURPOSE_NEEDS,
        )
        if has_needs
        else None
    )
    registration = existing or Registration(meeting=meeting, member=member)
    registration.needs_sealed = sealed
    registration.has_needs = has_needs
    registration.save()
    audit_event_record(
        event=events.MEETING_REGISTERED,
        actor=actor,
        target=meeting,
        context={
            "registration": registration.pk,
            "needs": len(needs) + (1 if other_needs.strip() else 0),
            "changed": existing is not None,
        },
    )
    return registration


@transaction.atomic
def meeting_unregister(*, actor: Any, meeting: Meeting) -> None:
    member = _require_member(actor)
    deleted, _rows = Registration.objects.filter(
        meeting=meeting, member=member
    ).delete()
    if deleted:
        audit_event_record(
            event=events.MEETING_UNREGISTERED, actor=actor, target=meeting
        )


@transaction.atomic
def attendance_record(
    *,
    actor: Any,
    meeting: Meeting,
    counts: Mapping[str, int],
    outcome: str,
    input_used: str,
) -> Meeting:
    """Attendance as counts per participant category, and the outcomes."""
    _require_moderator(actor)
    for category, count in counts.items():
        if count:
            AttendanceCount.objects.update_or_create(
                meeting=meeting, category=category, defaults={"count": count}
            )
        else:
            AttendanceCount.objects.filter(meeting=meeting, category=category).delete()
    meeting.outcome = outcome
    meeting.input_used = input_used
    meeting.save(update_fields=["outcome", "input_used"])
    audit_event_record(
        event=events.ATTENDANCE_RECORDED,
        actor=actor,
        target=meeting,
        context={
            "total": sum(counts.values()),
            "categories": sorted(c for c, n in counts.items() if n),
            "fields": [
                name
                for name, value in (("outcome", outcome), ("input_used", input_used))
                if value
            ],
        },
    )
    return meeting


@transaction.atomic
def meeting_document_add(
    *, actor: Any, meeting: Meeting, title: str, filename: str, data: bytes
) -> MeetingDocument:
    """Attach an outcome document to a session, encrypted under its own key."""
    _require_moderator(actor)
    suffix = Path(filename).suffix.lower()
    if suffix not in DOCUMENT_TYPES:
        raise ValidationError({"document": _("Upload a PDF, ODT, DOCX or text file.")})
    if len(data) > DOCUMENT_MAX_BYTES:
        raise ValidationError({"document": _("The file is larger than 20 MB.")})
    blob = blob_put(data=data, purpose="network.meeting_document")
    try:
        document = MeetingDocument.objects.create(
            meeting=meeting,
            title=title.strip() or Path(filename).stem,
            filename=Path(filename).name[:255],
            content_type=DOCUMENT_TYPES[suffix],
            size=len(data),
            key_id=blob.key_id,
            blob_name=blob.blob_name,
            uploaded_by=actor,
        )
    except Exception:
        blob_shred(blob=blob)
        raise
    audit_event_record(
        event=events.DOCUMENT_ADDED,
        actor=actor,
        target=document,
        context={"meeting": meeting.pk, "bytes": len(data)},
    )
    return document


def meeting_document_read(*, document: MeetingDocument) -> bytes:
    """The document's bytes; callers get ``document`` from a visibility selector."""
    return blob_read(
        blob=SealedBlob(key_id=document.key_id, blob_name=document.blob_name),
        purpose="network.meeting_document",
    )


@transaction.atomic
def meeting_document_remove(*, actor: Any, document: MeetingDocument) -> None:
    _require_moderator(actor)
    blob = SealedBlob(key_id=document.key_id, blob_name=document.blob_name)
    audit_event_record(
        event=events.DOCUMENT_REMOVED,
        actor=actor,
        target=document,
        context={"meeting": document.meeting_id},
    )
    document.delete()
    transaction.on_commit(lambda: blob_shred(blob=blob))


def meeting_reminders_send(
    *, now: datetime | None = None, ahead: timedelta = timedelta(days=2), base_url: str
) -> int:
    """Remind registered members of sessions starting within ``ahead``; once."""
    now = now or timezone.now()
    sent = 0
    meetings = Meeting.objects.filter(
        reminder_sent_at__isnull=True, starts_at__gt=now, starts_at__lte=now + ahead
    )
    for meeting in meetings:
        with transaction.atomic():
            locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
            if locked.reminder_sent_at:
                continue
            registrations = list(locked.registrations.select_related("member"))
            url = _absolute(
                base_url, reverse("network:meeting_detail", args=[locked.pk])
            )
            for registration in registrations:
                address = member_email(member=registration.member)
                _send_mail(
                    to=address,
                    subject=_("Reminder: %(title)s") % {"title": locked.title},
                    template="network/email/reminder.txt",
                    context={"meeting": locked, "url": url},
                )
            locked.reminder_sent_at = now
            locked.save(update_fields=["reminder_sent_at"])
            audit_event_record(
                event=events.REMINDERS_SENT,
                actor=None,
                target=locked,
                context={"recipients": len(registrations)},
            )
            sent += len(registrations)
    return sent


# Privacy guard and rate limits ------------------------------------------


def privacy_guard_scan(*, text: str) -> list[str]:
    """Kinds of identifying data found in ``text`` (sorted labels; no values)."""
    found = {
        match.category
        for match in text_scan(
            text=text, categories=[str(c) for c in GUARDED_CATEGORIES]
        )
    }
    return [str(Category(category).label) for category in sorted(found)]


def privacy_guard_warned(*, actor: Any, kind: str, categories: int) -> None:
    audit_event_record(
        event=events.PRIVACY_GUARD_WARNED,
        actor=actor,
        context={"kind": kind, "categories": categories},
    )


def rate_limit_check(*, member: Member, kind: str, now: datetime | None = None) -> None:
    """Refuse when the member posted ``RATE_LIMITS[kind]`` items in the window."""
    since = (now or timezone.now()) - RATE_LIMIT_WINDOW
    recent = {
        "topic": lambda: Topic.objects.filter(author=member, created_at__gte=since),
        "response": lambda: ConsultationResponse.objects.filter(
            member=member, created_at__gte=since
        ),
        "report": lambda: Report.objects.filter(reporter=member, created_at__gte=since),
    }[kind]().count()
    if recent >= RATE_LIMITS[kind]:
        raise RateLimitedError(
            _(
                "You have posted a lot in a short time. Please wait an hour "
                "before posting again."
            ),
            code="rate_limited",
        )


# Topics ------------------------------------------------------------------


@transaction.atomic
def topic_propose(
    *,
    actor: Any,
    title: str,
    description: str,
    theme: str = "",
    group: Group | None = None,
) -> Topic:
    member = _require_member(actor)
    if group is not None and not group_content_visible(actor=actor, group=group):
        raise PermissionDenied
    rate_limit_check(member=member, kind="topic")
    topic = Topic.objects.create(
        author=member, title=title, description=description, theme=theme, group=group
    )
    audit_event_record(
        event=events.TOPIC_PROPOSED,
        actor=actor,
        target=topic,
        context={"group": group.pk if group else None},
    )
    return topic


@transaction.atomic
def topic_support(*, actor: Any, topic: Topic) -> bool:
    """Support a topic (once); returns whether a support was added."""
    member = _require_member(actor)
    if topic.author_id == member.pk:
        raise ValidationError(_("You cannot support your own topic."))
    _support, created = TopicSupport.objects.get_or_create(topic=topic, member=member)
    if created:
        audit_event_record(event=events.TOPIC_SUPPORTED, actor=actor, target=topic)
    return created


@transaction.atomic
def topic_status_change(
    *,
    actor: Any,
    topic: Topic,
    status: str,
    text: str,
    meeting: Meeting | None = None,
) -> TopicResponse:
    """Move a topic on and answer it publicly."""
    _require_moderator(actor)
    topic = Topic.objects.select_for_update().get(pk=topic.pk)
    if status not in TOPIC_TRANSITIONS[topic.status]:
        raise ValidationError(
            {"status": _("A topic cannot go from this status to the chosen one.")}
        )
    if status == TopicStatus.ACCEPTED and meeting is None:
        raise ValidationError({"meeting": _("Choose the session for this topic.")})
    before = topic.status
    topic.status = status
    if meeting is not None:
        topic.meeting = meeting
    topic.save(update_fields=["status", "meeting"])
    response = TopicResponse.objects.create(
        topic=topic, status=status, text=text, responded_by=actor
    )
    audit_event_record(
        event=events.TOPIC_STATUS_CHANGED,
        actor=actor,
        target=topic,
        context={"before": before, "after": status, "meeting": topic.meeting_id},
    )
    return response


# Consultations -----------------------------------------------------------


@transaction.atomic
def consultation_create(
    *,
    actor: Any,
    title: str,
    introduction: str,
    closes_on: Any,
    group: Group | None,
    sections: Iterable[tuple[str, str]],
    questions: Iterable[str],
) -> Consultation:
    _require_moderator(actor)
    consultation = Consultation.objects.create(
        title=title, introduction=introduction, closes_on=closes_on, group=group
    )
    position = 0
    for section_title, body in sections:
        ConsultationPart.objects.create(
            consultation=consultation, position=position, title=section_title, body=body
        )
        position += 1
    for question in questions:
        ConsultationPart.objects.create(
            consultation=consultation,
            position=position,
            title=question,
            is_question=True,
        )
        position += 1
    audit_event_record(
        event=events.CONSULTATION_SAVED,
        actor=actor,
        target=consultation,
        context={"parts": position},
    )
    return consultation


@transaction.atomic
def consultation_respond(
    *, actor: Any, consultation: Consultation, answers: Mapping[int, str]
) -> list[ConsultationResponse]:
    """Comment on sections or answer questions; empty answers are skipped."""
    member = _require_member(actor)
    if consultation.status != ConsultationStatus.OPEN or (
        consultation.closes_on < timezone.localdate()
    ):
        raise ValidationError(_("This consultation is closed."))
    rate_limit_check(member=member, kind="response")
    parts = {part.pk: part for part in consultation.parts.all()}
    created = [
        ConsultationResponse.objects.create(part=parts[pk], member=member, text=text)
        for pk, text in answers.items()
        if pk in parts and text.strip()
    ]
    if created:
        audit_event_record(
            event=events.CONSULTATION_RESPONDED,
            actor=actor,
            target=consultation,
            context={"responses": len(created)},
        )
    return created


@transaction.atomic
def consultation_summarise(
    *,
    actor: Any,
    consultation: Consultation,
    summary: str,
    outcome: str,
    base_url: str,
) -> Consultation:
    """Publish the summary and what was done; tell the respondents."""
    _require_moderator(actor)
    consultation.summary = summary
    consultation.outcome = outcome
    consultation.status = ConsultationStatus.SUMMARISED
    consultation.save(update_fields=["summary", "outcome", "status"])
    respondents = (
        Member.objects.filter(responses__part__consultation=consultation)
        .exclude(email_frequency=EmailFrequency.NONE)
        .distinct()
    )
    url = _absolute(
        base_url, reverse("network:consultation_detail", args=[consultation.pk])
    )
    addresses = [member_email(member=member) for member in respondents]
    title = consultation.title

    def send() -> None:
        for address in addresses:
            _send_mail(
                to=address,
                subject=_("What was done with your response: %(title)s")
                % {"title": title},
                template="network/email/consultation_summary.txt",
                context={"title": title, "url": url},
            )

    transaction.on_commit(send)
    audit_event_record(
        event=events.CONSULTATION_SUMMARISED,
        actor=actor,
        target=consultation,
        context={"notified": len(addresses)},
    )
    return consultation


# Progress updates --------------------------------------------------------


def unsubscribe_token(*, member: Member) -> str:
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
    *, actor: Any, title: str, body: str, group: Group | None, base_url: str
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


# Moderation --------------------------------------------------------------


def _contribution(kind: str, pk: int) -> Topic | ConsultationResponse:
    if kind == ContributionKind.TOPIC:
        return Topic.objects.get(pk=pk)
    if kind == ContributionKind.RESPONSE:
        return ConsultationResponse.objects.get(pk=pk)
    raise ValidationError(_("Unknown kind of contribution."))


@transaction.atomic
def report_create(
    *, actor: Any, kind: str, target: Topic | ConsultationResponse, reason: str
) -> Report:
    member = _require_member(actor)
    rate_limit_check(member=member, kind="report")
    report = Report.objects.create(
        kind=kind,
        topic=target if isinstance(target, Topic) else None,
        response=target if isinstance(target, ConsultationResponse) else None,
        reporter=member,
        reason=reason,
    )
    audit_event_record(
        event=events.CONTRIBUTION_REPORTED,
        actor=actor,
        target=target,
        context={"report": report.pk},
    )
    return report


@transaction.atomic
def contribution_hide(
    *, actor: Any, target: Topic | ConsultationResponse, reason: str
) -> None:
    """Hide a contribution from members; the reason is kept and audited."""
    _require_moderator(actor)
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason for hiding.")})
    target.hidden_at = timezone.now()
    target.hidden_reason = reason.strip()
    target.save(update_fields=["hidden_at", "hidden_reason"])
    filters = {"topic": target} if isinstance(target, Topic) else {"response": target}
    closed = Report.objects.filter(status=ReportStatus.OPEN, **filters).update(
        status=ReportStatus.HIDDEN, decided_at=timezone.now(), decided_by=actor
    )
    audit_event_record(
        event=events.CONTRIBUTION_HIDDEN,
        actor=actor,
        target=target,
        # The reason is kept with the contribution, not here: free text may
        # name someone.
        context={"reports_closed": closed, "fields": ["hidden_reason"]},
    )


@transaction.atomic
def report_dismiss(*, actor: Any, report: Report) -> None:
    _require_moderator(actor)
    if report.status != ReportStatus.OPEN:
        return
    report.status = ReportStatus.DISMISSED
    report.decided_at = timezone.now()
    report.decided_by = actor
    report.save(update_fields=["status", "decided_at", "decided_by"])
    audit_event_record(event=events.REPORT_DISMISSED, actor=actor, target=report)


def contribution_get(*, kind: str, pk: int) -> Topic | ConsultationResponse:
    return _contribution(kind, pk)
