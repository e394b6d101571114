# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The report to Parliament: aggregate counts with small numbers suppressed."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import TypedDict

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from herstel.audit.registry import registry as audit_events
from herstel.core.permissions import require

from .registry import registry

if TYPE_CHECKING:
    from herstel.core.actor import Actor

SMALL_COUNT_LIMIT = 5
"""Counts from 1 up to (not including) this number are shown as "< 5"."""


def source_label(source: str) -> str:
    """The audit events a figure is counted from, by their names in words.

    ``source`` lists event codes (``"hold.placed, hold.lifted"``); a code the
    registry does not know is kept as it is.
    """
    labels = dict(audit_events.choices())
    return "; ".join(
        str(labels.get(code.strip(), code.strip()))
        for code in source.split(",")
        if code.strip()
    )


def small_count(value: int) -> str:
    """A count as published: 1–4 become "< 5" so no person can be singled out."""
    if 0 < value < SMALL_COUNT_LIMIT:
        return f"< {SMALL_COUNT_LIMIT}"
    return str(value)


class ReportPeriod(TypedDict, total=False):
    """The period and campaign a report covers; ``None`` (or left out): no
    bound, every campaign."""

    since: datetime.date | None
    until: datetime.date | None
    campaign: int | None


def period_json(period: ReportPeriod) -> dict[str, str | int | None]:
    """``period`` in JSON values (ISO dates): for a task's arguments and the
    audit trail."""
    since, until = period.get("since"), period.get("until")
    return {
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "campaign": period.get("campaign"),
    }


def period_from_json(values: dict[str, str | int | None]) -> ReportPeriod:
    """The period that :func:`period_json` wrote."""
    since, until, campaign = values["since"], values["until"], values["campaign"]
    return ReportPeriod(
        since=datetime.date.fromisoformat(str(since)) if since else None,
        until=datetime.date.fromisoformat(str(until)) if until else None,
        campaign=int(campaign) if campaign is not None else None,
    )


WHOLE_OPERATION_TEXT = gettext_lazy(
    "These figures cannot be split by campaign: they count the whole operation."
)


@dataclass(frozen=True, slots=True)
class ReportRow:
    label: str | Promise
    shown: str
    source: str


@dataclass(frozen=True, slots=True)
class ReportSection:
    title: str | Promise
    rows: list[ReportRow]
    whole_operation: bool = False
    """A campaign was chosen but this section counts every campaign."""


def parliament_report(
    *,
    actor: Actor,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    campaign: int | None = None,
) -> list[ReportSection]:
    """Every registered section's figures, suppressed for publication.

    With ``campaign`` (an id), the sections that can count per campaign do so;
    the others are marked as counting the whole operation.
    """
    require(actor, "reports.read_parliament")
    return [
        ReportSection(
            title=section.title,
            rows=[
                ReportRow(
                    label=f.label,
                    shown=small_count(f.value),
                    source=source_label(f.source),
                )
                for f in figures
            ],
            whole_operation=campaign is not None and not section.by_campaign,
        )
        for section, figures in registry.compute(
            since=since, until=until, campaign=campaign
        )
    ]


def report_campaigns() -> list[tuple[int, str]]:
    """The campaigns the report can be filtered by (id, title)."""
    from herstel.inquiries.selectors import campaign_list

    return [(c.pk, c.title) for c in campaign_list()]


def period_text(since: datetime.date | None, until: datetime.date | None) -> str:
    """The report period as words, in the active language."""
    if since and until:
        return _("%(since)s to %(until)s") % {"since": since, "until": until}
    if since:
        return _("from %(since)s") % {"since": since}
    if until:
        return _("until %(until)s") % {"until": until}
    return _("since the start of the operation")
