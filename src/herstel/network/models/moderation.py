# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reports on contributions."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from herstel.core.model_links import loose_link
from herstel.core.model_meta import model_meta

from ..constants import ContributionKind
from ..constants import ReportStatus
from .base import Moderated
from .membership import Member
from .participation import ConsultationResponse
from .participation import Topic


class Report(Moderated):
    """A member reports a contribution; a moderator hides it or dismisses."""

    kind = models.CharField(max_length=20, choices=ContributionKind.choices)
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, null=True, blank=True)
    response = models.ForeignKey(
        ConsultationResponse, on_delete=models.CASCADE, null=True, blank=True
    )
    reporter = loose_link(Member, "reports", blank=False)
    reason = models.TextField(_("what is wrong"))
    status = models.CharField(
        max_length=20, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )

    Meta = model_meta(
        ordering=("created_at",),
        constraints=[
            models.CheckConstraint(
                condition=(Q(topic__isnull=False) & Q(response__isnull=True))
                | (Q(topic__isnull=True) & Q(response__isnull=False)),
                name="network_report_one_target",
            )
        ],
    )

    def __str__(self) -> str:
        return f"report {self.pk}"
