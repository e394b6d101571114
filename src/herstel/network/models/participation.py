# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Topics, their supports and responses, and consultations."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from herstel.core.model_parts import erasable_user_link

from ..constants import (
    ConsultationStatus,
    TopicStatus,
)
from .groups import (
    Group,
)
from .membership import (
    Member,
)
from .sessions import (
    Meeting,
)


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
    responded_by = erasable_user_link()
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
