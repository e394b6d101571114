# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Topics, their supports and responses, and consultations."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from herstel.core.model_links import loose_link
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import erasable_user_link
from herstel.core.model_parts import unique

from ..constants import ConsultationStatus
from ..constants import TopicStatus
from .base import Hideable
from .base import Timestamped
from .groups import group_link
from .membership import Member
from .sessions import Meeting


class Topic(Hideable):
    author = loose_link(Member, "topics")
    group = group_link()
    meeting = loose_link(Meeting, "topics")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    theme = models.CharField(_("theme"), max_length=100, blank=True)
    status = models.CharField(
        max_length=20, choices=TopicStatus.choices, default=TopicStatus.PROPOSED
    )

    Meta = model_meta(_("topic"), _("topics"), ordering=("-created_at",))

    def __str__(self) -> str:
        return self.title


class TopicSupport(Timestamped):
    topic = part_of(Topic, "supports")
    member = loose_link(Member, "supports", blank=False)

    Meta = model_meta(
        constraints=[
            unique(
                "network_support_unique",
                "topic",
                "member",
                condition=Q(member__isnull=False),
            )
        ]
    )

    def __str__(self) -> str:
        return f"support {self.pk}"


class TopicResponse(Timestamped):
    """The ministry's public answer at a status change."""

    topic = part_of(Topic, "responses")
    status = models.CharField(max_length=20, choices=TopicStatus.choices)
    text = models.TextField()
    responded_by = erasable_user_link()

    Meta = model_meta(ordering=("created_at",))

    def __str__(self) -> str:
        return f"response {self.pk}"


class Consultation(Timestamped):
    group = group_link()
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

    Meta = model_meta(_("consultation"), _("consultations"), ordering=("-created_at",))

    def __str__(self) -> str:
        return self.title


class ConsultationPart(models.Model):
    """A section of the draft to comment on, or a question to answer."""

    consultation = part_of(Consultation, "parts")
    position = models.PositiveSmallIntegerField(default=0)
    is_question = models.BooleanField(default=False)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)

    Meta = model_meta(ordering=("position", "pk"))

    def __str__(self) -> str:
        return self.title


class ConsultationResponse(Hideable):
    part = part_of(ConsultationPart, "responses")
    member = loose_link(Member, "responses", blank=False)
    text = models.TextField()

    Meta = model_meta(ordering=("created_at",))

    def __str__(self) -> str:
        return f"response {self.pk}"
