# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The report to Parliament made as a PDF in the background (a task with a
progress page: every figure is counted from the audit trail)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Unpack

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from herstel.core.models import TaskRun
from herstel.core.permissions import require
from herstel.core.tasks import TaskKind
from herstel.core.tasks import task_kinds
from herstel.core.tasks import task_start

from .selectors import ReportPeriod
from .selectors import period_from_json
from .selectors import period_json
from .services import parliament_pdf_make

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def parliament_task_run(*, owner: Actor, **values: str | int | None) -> tuple[str, str]:
    """Make the PDF (the ``reports.parliament`` task); the result is its
    download."""
    report = parliament_pdf_make(actor=owner, **period_from_json(values))
    summary = gettext("The PDF of the report to Parliament (%(period)s) is ready.") % {
        "period": report.period
    }
    return reverse("reports:parliament_file", args=[report.pk]), summary


def parliament_pdf_start(
    *, actor: Actor, back_url: str, **chosen: Unpack[ReportPeriod]
) -> TaskRun:
    """Make the report for the ``chosen`` period as a PDF in the background;
    returns the task."""
    require(actor, "reports.read_parliament")
    return task_start(
        kind="reports.parliament",
        owner=actor,
        arguments=period_json(chosen),
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
