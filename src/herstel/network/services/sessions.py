# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Series, meetings, registrations, attendance, documents and reminders."""

from __future__ import annotations

import json
from collections.abc import Iterable
from collections.abc import Mapping
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_put
from herstel.vault.services import blob_read
from herstel.vault.services import blob_shred
from herstel.vault.services import value_seal

from .. import audit_events as events
from ..constants import DOCUMENT_MAX_BYTES
from ..constants import DOCUMENT_TYPES
from ..models import AttendanceCount
from ..models import Meeting
from ..models import MeetingDocument
from ..models import Registration
from ..models import Series
from ..selectors import PURPOSE_NEEDS
from ..selectors import group_content_visible
from ..selectors import member_email
from .common import _absolute
from .common import _moderator_save
from .common import _require_member
from .common import _require_moderator
from .common import _send_mail

if TYPE_CHECKING:
    from herstel.core.actor import Actor

# Sessions ----------------------------------------------------------------


@transaction.atomic
def series_save(*, actor: Actor, series: Series) -> Series:
    """Create or change a series (validated, audited); moderators only."""
    return _moderator_save(actor=actor, obj=series, event=events.MEETING_SAVED)


@transaction.atomic
def meeting_save(*, actor: Actor, meeting: Meeting) -> Meeting:
    """Create or change a meeting (validated, audited); moderators only."""
    return _moderator_save(actor=actor, obj=meeting, event=events.MEETING_SAVED)


@transaction.atomic
def meeting_register(
    *, actor: Actor, meeting: Meeting, needs: Iterable[str] = (), other_needs: str = ""
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
def meeting_unregister(*, actor: Actor, meeting: Meeting) -> None:
    """Withdraw the actor's registration (audited); a no-op when none."""
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
    actor: Actor,
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
    *, actor: Actor, meeting: Meeting, title: str, filename: str, data: bytes
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
def meeting_document_remove(*, actor: Actor, document: MeetingDocument) -> None:
    """Remove a meeting's document and shred its key at commit (audited);
    moderators only."""
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
