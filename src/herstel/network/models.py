# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The co-creation network.

A member's display name, e-mail address and accessibility needs are sealed
with the member's own data key (vault); deleting the account shreds that key.
Contributions point at the member with ``SET_NULL``, so they stay, anonymised.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .constants import (
    ApplicationStatus,
    AttendanceCategory,
    Background,
    ConsultationStatus,
    ContributionKind,
    EmailFrequency,
    GroupAccess,
    MeetingKind,
    MembershipStatus,
    Region,
    ReportStatus,
    TopicStatus,
)


class Member(models.Model):
    """A person or organisation taking part; minimal profile, sealed fields."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="network_member",
    )
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    key_id = models.CharField(max_length=64)
    blob_name = models.CharField(max_length=200)
    display_name_sealed = models.BinaryField()
    email_sealed = models.BinaryField()
    region = models.CharField(
        _("region"), max_length=20, choices=Region.choices, blank=True
    )
    background = models.CharField(
        _("background"), max_length=20, choices=Background.choices, blank=True
    )
    directory_visible = models.BooleanField(
        _("visible to other members"), default=False
    )
    email_frequency = models.CharField(
        _("progress updates by e-mail"),
        max_length=10,
        choices=EmailFrequency.choices,
        default=EmailFrequency.DIGEST,
    )
    last_digest_at = models.DateTimeField(null=True, blank=True)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("network member")
        verbose_name_plural = _("network members")

    def __str__(self) -> str:
        # Never the display name: str() ends up in logs and admin history.
        return f"member {self.pk}"


class ConsentRecord(models.Model):
    """Which consent text (version and hash) a member agreed to, and when."""

    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="consents"
    )
    version = models.CharField(max_length=20)
    text_sha256 = models.CharField(max_length=64)
    language = models.CharField(max_length=10)
    given_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("consent record")
        ordering = ("-given_at",)

    def __str__(self) -> str:
        return f"consent {self.version} by member {self.member_id}"


class Group(models.Model):
    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("short name"), unique=True)
    description = models.TextField(_("description"), blank=True)
    access = models.CharField(
        _("access"),
        max_length=20,
        choices=GroupAccess.choices,
        default=GroupAccess.OPEN,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class GroupMembership(models.Model):
    group = models.ForeignKey(
        Group, on_delete=models.CASCADE, related_name="memberships"
    )
    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="memberships"
    )
    status = models.CharField(
        max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["group", "member"], name="network_membership_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.member} in {self.group}"


class Invitation(models.Model):
    """A single-use, expiring invitation. Only hashes: no address, no token."""

    token_sha256 = models.CharField(max_length=64, unique=True)
    email_digest = models.CharField(max_length=64, db_index=True)
    group = models.ForeignKey(Group, on_delete=models.SET_NULL, null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"invitation {self.pk}"


class Application(models.Model):
    """Someone asks to join; the details are sealed and shredded on decision."""

    key_id = models.CharField(max_length=64, blank=True)
    blob_name = models.CharField(max_length=200, blank=True)
    details_sealed = models.BinaryField(null=True)
    group = models.ForeignKey(Group, on_delete=models.SET_NULL, null=True, blank=True)
    status = models.CharField(
        max_length=10,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Keyed digests (``core.ratelimit.limit_digest``) of the sender's address
    # and e-mail address, for the limits per client and per e-mail; cleared
    # when a moderator decides.
    client_digest = models.CharField(max_length=64, blank=True, default="")
    email_digest = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        verbose_name = _("application")
        ordering = ("created_at",)

    def __str__(self) -> str:
        return f"application {self.pk}"


class Series(models.Model):
    """Sessions that belong together, with one combined outcome report."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    group = models.ForeignKey(
        Group, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("group")
    )

    class Meta:
        verbose_name = _("series")
        verbose_name_plural = _("series")
        ordering = ("title",)

    def __str__(self) -> str:
        return self.title


class Meeting(models.Model):
    series = models.ForeignKey(
        Series,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("series"),
    )
    group = models.ForeignKey(
        Group,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("group"),
        help_text=_("Leave empty for a session open to the whole network."),
    )
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
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ("starts_at",)
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")),
                name="network_meeting_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def agenda_items(self) -> list[str]:
        return [line.strip() for line in self.agenda.splitlines() if line.strip()]


class MeetingDocument(models.Model):
    """An outcome document of a session, stored encrypted (vault)."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="documents"
    )
    title = models.CharField(_("title"), max_length=200)
    filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    key_id = models.CharField(max_length=64)
    blob_name = models.CharField(max_length=200)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("outcome document")
        ordering = ("created_at",)

    def __str__(self) -> str:
        return self.title


class Registration(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="registrations"
    )
    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="registrations"
    )
    # Accessibility and inclusion needs may reveal health or belief: sealed
    # with the member's key, so deleting the account destroys them too.
    needs_sealed = models.BinaryField(null=True)
    has_needs = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "member"], name="network_registration_unique"
            )
        ]

    def __str__(self) -> str:
        return f"registration {self.pk}"


class AttendanceCount(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="attendance"
    )
    category = models.CharField(max_length=30, choices=AttendanceCategory.choices)
    count = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "category"], name="network_attendance_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.category}: {self.count}"


class Topic(models.Model):
    author = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="topics"
    )
    group = models.ForeignKey(
        Group, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("group")
    )
    meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="topics"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    theme = models.CharField(_("theme"), max_length=100, blank=True)
    status = models.CharField(
        max_length=20, choices=TopicStatus.choices, default=TopicStatus.PROPOSED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.title


class TopicSupport(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="supports")
    member = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, related_name="supports"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "member"],
                condition=Q(member__isnull=False),
                name="network_support_unique",
            )
        ]

    def __str__(self) -> str:
        return f"support {self.pk}"


class TopicResponse(models.Model):
    """The ministry's public answer at a status change."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="responses")
    status = models.CharField(max_length=20, choices=TopicStatus.choices)
    text = models.TextField()
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("created_at",)

    def __str__(self) -> str:
        return f"response {self.pk}"


class Consultation(models.Model):
    group = models.ForeignKey(
        Group, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("group")
    )
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"))
    status = models.CharField(
        max_length=20,
        choices=ConsultationStatus.choices,
        default=ConsultationStatus.OPEN,
    )
    closes_on = models.DateField(_("closes on"))
    summary = models.TextField(_("summary of the responses"), blank=True)
    outcome = models.TextField(_("what was done with the responses"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.title


class ConsultationPart(models.Model):
    """A section of the draft to comment on, or a question to answer."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="parts"
    )
    position = models.PositiveSmallIntegerField(default=0)
    is_question = models.BooleanField(default=False)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)

    class Meta:
        ordering = ("position", "pk")

    def __str__(self) -> str:
        return self.title


class ConsultationResponse(models.Model):
    part = models.ForeignKey(
        ConsultationPart, on_delete=models.CASCADE, related_name="responses"
    )
    member = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, related_name="responses"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ("created_at",)

    def __str__(self) -> str:
        return f"response {self.pk}"


class ProgressUpdate(models.Model):
    group = models.ForeignKey(
        Group,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("group"),
        help_text=_("Leave empty to post to the whole network."),
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    published_at = models.DateTimeField(auto_now_add=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("progress update")
        ordering = ("-published_at",)

    def __str__(self) -> str:
        return self.title


class Report(models.Model):
    """A member reports a contribution; a moderator hides it or dismisses."""

    kind = models.CharField(max_length=20, choices=ContributionKind.choices)
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, null=True, blank=True)
    response = models.ForeignKey(
        ConsultationResponse, on_delete=models.CASCADE, null=True, blank=True
    )
    reporter = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, related_name="reports"
    )
    reason = models.TextField(_("what is wrong"))
    status = models.CharField(
        max_length=20, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ("created_at",)
        constraints = [
            models.CheckConstraint(
                condition=(Q(topic__isnull=False) & Q(response__isnull=True))
                | (Q(topic__isnull=True) & Q(response__isnull=False)),
                name="network_report_one_target",
            )
        ]

    def __str__(self) -> str:
        return f"report {self.pk}"
