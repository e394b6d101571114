# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Series, meetings, their documents, registrations and attendance counts."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import optional_moment
from herstel.core.model_links import loose_link
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import erasable_user_link
from herstel.core.model_parts import not_before
from herstel.core.model_parts import unique

from ..constants import AttendanceCategory
from ..constants import MeetingKind
from .base import Timestamped
from .groups import group_link
from .membership import Member


class Series(models.Model):
    """Sessions that belong together, with one combined outcome report."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    group = group_link()

    Meta = model_meta(_("series"), _("series"), ordering=("title",))

    def __str__(self) -> str:
        return self.title


class Meeting(models.Model):
    series = loose_link(Series, "meetings", _("series"))
    group = group_link(_("Leave empty for a session open to the whole network."))
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=MeetingKind.choices)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    location = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    themes = models.CharField(_("themes"), max_length=200, blank=True)
    agenda = models.TextField(
        _("agenda"), blank=True, help_text=_("One item per line.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty means no limit.")
    )
    outcome = models.TextField(_("outcomes"), blank=True)
    input_used = models.TextField(_("what we did with your input"), blank=True)
    reminder_sent_at = optional_moment()

    Meta = model_meta(
        _("session"),
        _("sessions"),
        ordering=("starts_at",),
        constraints=[
            not_before(
                "network_meeting_ends_after_start", later="ends_at", earlier="starts_at"
            )
        ],
    )

    def __str__(self) -> str:
        return self.title

    @property
    def agenda_items(self) -> list[str]:
        return [line.strip() for line in self.agenda.splitlines() if line.strip()]


class MeetingDocument(Timestamped):
    """An outcome document of a session, stored encrypted (vault)."""

    meeting = part_of(Meeting, "documents")
    title = models.CharField(_("title"), max_length=200)
    filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    key_id = models.CharField(max_length=64)
    blob_name = models.CharField(max_length=200)
    uploaded_by = erasable_user_link()

    Meta = model_meta(_("outcome document"), ordering=("created_at",))

    def __str__(self) -> str:
        return self.title


class Registration(Timestamped):
    meeting = part_of(Meeting, "registrations")
    member = part_of(Member, "registrations")
    # Accessibility and inclusion needs may reveal health or belief: sealed
    # with the member's key, so deleting the account destroys them too.
    needs_sealed = models.BinaryField(null=True)
    has_needs = models.BooleanField(default=False)

    Meta = model_meta(
        constraints=[unique("network_registration_unique", "meeting", "member")]
    )

    def __str__(self) -> str:
        return f"registration {self.pk}"


class AttendanceCount(models.Model):
    meeting = part_of(Meeting, "attendance")
    category = models.CharField(max_length=30, choices=AttendanceCategory.choices)
    count = models.PositiveIntegerField()

    Meta = model_meta(
        constraints=[unique("network_attendance_unique", "meeting", "category")]
    )

    def __str__(self) -> str:
        return f"{self.category}: {self.count}"
