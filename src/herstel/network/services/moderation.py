# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reports on contributions, hiding and dismissing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.core.service_checks import text_required

from .. import audit_events as events
from ..constants import ContributionKind
from ..constants import ReportStatus
from ..models import ConsultationResponse
from ..models import Report
from ..models import Topic
from .common import _require_member
from .common import _require_moderator
from .common import rate_limit_check

if TYPE_CHECKING:
    from herstel.core.actor import Actor

# Moderation --------------------------------------------------------------


def _contribution(kind: str, pk: int) -> Topic | ConsultationResponse:
    if kind == ContributionKind.TOPIC:
        return Topic.objects.get(pk=pk)
    if kind == ContributionKind.RESPONSE:
        return ConsultationResponse.objects.get(pk=pk)
    raise ValidationError(_("Unknown kind of contribution."))


@transaction.atomic
def report_create(
    *, actor: Actor, kind: str, target: Topic | ConsultationResponse, reason: str
) -> Report:
    """Report a contribution to the moderators (limited per member, audited)."""
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
    *, actor: Actor, target: Topic | ConsultationResponse, reason: str
) -> None:
    """Hide a contribution from members; the reason is kept and audited."""
    _require_moderator(actor)
    text_required(reason, "reason", _("Give the reason for hiding."))
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
def report_dismiss(*, actor: Actor, report: Report) -> None:
    """Close a report without hiding anything (audited); moderators only."""
    _require_moderator(actor)
    if report.status != ReportStatus.OPEN:
        return
    report.status = ReportStatus.DISMISSED
    report.decided_at = timezone.now()
    report.decided_by = actor
    report.save(update_fields=["status", "decided_at", "decided_by"])
    audit_event_record(event=events.REPORT_DISMISSED, actor=actor, target=report)


def contribution_get(*, kind: str, pk: int) -> Topic | ConsultationResponse:
    """The topic or consultation response a report or hide form points at."""
    return _contribution(kind, pk)
