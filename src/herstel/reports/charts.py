# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The campaign's progress in four charts, each with its numbers.

Requests per stage per week, the on-time rate, documents per disposition and
destruction progress: counts from the inquiries and disposition selectors,
drawn by :mod:`herstel.core.charts`. Internal figures for the campaign team,
so small counts are shown as they are (the report to Parliament suppresses
them).
"""

from __future__ import annotations

import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from herstel.core.charts import Chart
from herstel.core.charts import Series
from herstel.disposition.constants import Action
from herstel.disposition.constants import DecisionStatus
from herstel.disposition.constants import ItemStatus
from herstel.disposition.selectors import destruction_progress
from herstel.disposition.selectors import disposition_counts
from herstel.inquiries.constants import RequestStatus
from herstel.inquiries.selectors import answered_on_time_per_week
from herstel.inquiries.selectors import requests_per_week


def _week(start: datetime.date) -> str:
    return date_format(start, "j M")


def requests_chart(*, today: datetime.date | None = None) -> Chart:
    weeks = requests_per_week(today=today)
    return Chart(
        identifier="chart-requests",
        title=_("Requests per week, by stage"),
        description=_(
            "Access requests received in each of the last 12 weeks (the week "
            "starting on the date shown), split by the stage they are in now."
        ),
        category_label=_("Week of"),
        categories=tuple(_week(start) for start, _counts in weeks),
        series=tuple(
            Series(label, tuple(counts.get(value, 0) for _start, counts in weeks))
            for value, label in RequestStatus.choices
        ),
    )


def on_time_chart(*, today: datetime.date | None = None) -> Chart:
    weeks = answered_on_time_per_week(today=today)
    return Chart(
        identifier="chart-on-time",
        title=_("Answered on time"),
        description=_(
            "Per week of the last 12: the share of the requests answered that "
            "week that were answered by their due date. A week without answers "
            "shows 0."
        ),
        category_label=_("Week of"),
        categories=tuple(_week(start) for start, _n, _ok in weeks),
        series=(
            Series(
                _("Answered on time"),
                tuple(round(100 * ok / n) if n else 0 for _s, n, ok in weeks),
            ),
        ),
        unit="%",
        maximum=100,
    )


def on_time_counts(*, today: datetime.date | None = None) -> tuple[int, int]:
    """Answered and answered on time over the chart's 12 weeks."""
    weeks = answered_on_time_per_week(today=today)
    return sum(n for _s, n, _ok in weeks), sum(ok for _s, _n, ok in weeks)


def dispositions_chart() -> Chart:
    counts, undecided = disposition_counts()
    actions = [*Action.choices, ("", _("No disposition yet"))]
    return Chart(
        identifier="chart-dispositions",
        title=_("Documents per disposition"),
        description=_(
            "Every stored document by the disposition proposed or approved for "
            "it (four eyes), and the documents without one."
        ),
        category_label=_("Disposition"),
        categories=tuple(str(label) for _value, label in actions),
        series=(
            Series(
                DecisionStatus.APPROVED.label,
                tuple(
                    counts.get((value, DecisionStatus.APPROVED), 0)
                    for value, _label in actions
                ),
            ),
            Series(
                DecisionStatus.PROPOSED.label,
                tuple(
                    counts.get((value, DecisionStatus.PROPOSED), 0)
                    if value
                    else undecided
                    for value, _label in actions
                ),
            ),
        ),
        horizontal=True,
    )


def destruction_chart() -> Chart:
    runs = destruction_progress()
    statuses = (ItemStatus.DESTROYED, ItemStatus.BLOCKED, ItemStatus.PENDING)
    return Chart(
        identifier="chart-destruction",
        title=_("Destruction progress"),
        description=_(
            "The latest destruction runs: per run, the documents destroyed, "
            "kept back by a hold or another blocker, and still to destroy."
        ),
        category_label=_("Run"),
        categories=tuple(
            f"{run.reference} · {run.dossier.title}" for run, _counts in runs
        ),
        series=tuple(
            Series(status.label, tuple(counts[status] for _run, counts in runs))
            for status in statuses
        ),
        horizontal=True,
    )
