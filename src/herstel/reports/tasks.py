# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The report to Parliament made as a PDF in the background (a task with a
progress page: every figure is counted from the audit trail)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy as _

from herstel.core.models import TaskRun
from herstel.core.permissions import require
from herstel.core.tasks import TaskKind, task_kinds, task_start

from .services import parliament_pdf_make

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def parliament_task_run(
    *, owner: Actor, since: str | None, until: str | None, campaign: int | None
) -> tuple[str, str]:
    """Make the PDF (the ``reports.parliament`` task); the result is its
    download."""
    report = parliament_pdf_make(
        actor=owner, since=_date(since), until=_date(until), campaign=campaign
    )
    summary = gettext("The PDF of the report to Parliament (%(period)s) is ready.") % {
        "period": report.period
    }
    return reverse("reports:parliament_file", args=[report.pk]), summary


def parliament_pdf_start(
    *,
    actor: Actor,
    since: datetime.date | None,
    until: datetime.date | None,
    campaign: int | None,
    back_url: str,
) -> TaskRun:
    """Make the report as a PDF in the background; returns the task."""
    require(actor, "reports.read_parliament")
    return task_start(
        kind="reports.parliament",
        owner=actor,
        arguments={
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "campaign": campaign,
        },
        total=2,
        back_url=back_url,
    )


task_kinds.add(
    "reports.parliament",
    TaskKind(
        _("Make the report to Parliament as PDF"),
        parliament_task_run,
        "reports.read_parliament",
    ),
)
