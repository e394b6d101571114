# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads of notices, and their figures for the report to Parliament."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING
from typing import Any

from django.db.models import Q
from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from herstel.audit.selectors import audit_events_named
from herstel.core.figures import Figure
from herstel.core.permissions import require
from herstel.core.work import WorkItem
from herstel.dossiers.selectors import subject_references

from .constants import Decision
from .constants import LetterStatus
from .constants import NoticeStatus
from .models import NoticeDecision
from .models import PublicNotice

if TYPE_CHECKING:
    from herstel.core.actor import Actor
    from herstel.dossiers.models import Subject


STATUS_FILTERS: dict[str, Q] = {
    NoticeStatus.UNDECIDED: Q(notice__isnull=True),
    NoticeStatus.TO_WRITE: Q(
        notice__decision=Decision.PERSONAL, notice__letter_status=LetterStatus.NONE
    ),
    NoticeStatus.GENERATED: Q(
        notice__decision=Decision.PERSONAL,
        notice__letter_status=LetterStatus.GENERATED,
    ),
    NoticeStatus.SENT: Q(
        notice__decision=Decision.PERSONAL, notice__letter_status=LetterStatus.SENT
    ),
    NoticeStatus.RETURNED: Q(
        notice__decision=Decision.PERSONAL,
        notice__letter_status=LetterStatus.RETURNED,
    ),
    NoticeStatus.GENERIC: Q(notice__decision=Decision.NOT_PERSONAL),
}


def _require_read(actor: Actor) -> None:
    require(actor, "notices.read")


def notice_subject_list(*, actor: Actor, status: str = "") -> QuerySet[Subject]:
    """Subjects with their notice decision (references only), by number.

    ``status`` is a ``NoticeStatus`` value; anything else lists all.
    """
    _require_read(actor)
    subjects = subject_references().select_related("notice")
    if status in STATUS_FILTERS:
        subjects = subjects.filter(STATUS_FILTERS[status])
    return subjects


def notice_subjects_numbered(subjects: QuerySet[Subject], term: str) -> QuerySet:
    """Those of ``subjects`` with the number ``term`` ("S-80" or "80")."""
    number = term.strip().upper().removeprefix("S-").removeprefix("S")
    return subjects.filter(pk=int(number)) if number.isdigit() else subjects.none()


def notice_subjects_in_status(subjects: QuerySet[Subject], status: str) -> QuerySet:
    """Those of ``subjects`` in the ``NoticeStatus`` ``status``."""
    return subjects.filter(STATUS_FILTERS[status])


def notice_subject_get(
    *, actor: Actor, pk: int
) -> tuple[Subject, NoticeDecision | None]:
    """One subject and its decision (None: not decided yet)."""
    _require_read(actor)
    subject = subject_references(ids=[pk]).first()
    if subject is None:
        raise Http404
    return subject, NoticeDecision.objects.filter(subject=subject).first()


def notice_status_counts(*, actor: Actor) -> dict[str, int]:
    """How many subjects are in each ``NoticeStatus``."""
    _require_read(actor)
    subjects = subject_references()
    return {
        value: subjects.filter(condition).count()
        for value, condition in STATUS_FILTERS.items()
    }


def public_notice_list(*, actor: Actor) -> QuerySet[PublicNotice]:
    """Recorded public notices; needs ``notices.read_public``."""
    require(actor, "notices.read_public")
    return PublicNotice.objects.select_related("recorded_by")


def notices_report_figures(
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    campaign: int | None = None,
) -> list[Figure]:
    """Subjects informed personally or by a generic notice, from the audit trail.

    A subject counts once, by the last decision and letter event about it in
    the period; a returned letter moves the person to the generic notice. With
    ``campaign``, only the subjects of that campaign count (those mentioned in
    its dossiers or matched to its requests); public notices are not tied to
    a campaign and are counted for the period.
    """
    from herstel.inquiries.selectors import campaign_subject_ids

    in_campaign = campaign_subject_ids(campaign=campaign) if campaign else None
    state: dict[Any, str] = {}
    for event in audit_events_named(
        names=["notice.decided", "notice.letter_sent", "notice.letter_returned"],
        since=since,
        until=until,
    ).only("event", "context"):
        subject = event.context.get("subject")
        if in_campaign is not None and subject not in in_campaign:
            continue
        if event.event == "notice.decided":
            if event.context.get("decision") == "not_personal":
                state[subject] = "generic"
            elif state.get(subject) == "generic":
                state[subject] = "pending"
            else:
                state.setdefault(subject, "pending")
        elif event.event == "notice.letter_sent":
            state[subject] = "personal"
        else:
            state[subject] = "returned"
    values = list(state.values())
    public = audit_events_named(
        names=["notice.public_recorded"], since=since, until=until
    ).count()
    return [
        Figure(
            "informed_personally",
            _("Subjects informed personally (letter sent)"),
            values.count("personal"),
            "notice.letter_sent",
        ),
        Figure(
            "letters_returned",
            _("Letters returned undelivered (covered by the generic notice)"),
            values.count("returned"),
            "notice.letter_returned",
        ),
        Figure(
            "informed_generically",
            _("Subjects not informed personally (generic notice)"),
            values.count("generic") + values.count("returned"),
            "notice.decided",
        ),
        Figure(
            "public_notices",
            _("Public notices published"),
            public,
            "notice.public_recorded",
        ),
    ]


def notice_work_items(actor: Actor) -> list[WorkItem]:
    """ "Mijn werk": letters that came back undelivered (the subject is then
    covered by the public notice; the analyst checks the address)."""
    if not actor.has_perm("notices.read"):
        return []
    returned = subject_references().filter(STATUS_FILTERS[NoticeStatus.RETURNED])
    return [
        WorkItem(
            section="returned",
            label=str(_("Letters returned undelivered")),
            count=returned.count(),
            url=reverse("notices:subjects") + "?status=" + NoticeStatus.RETURNED,
        )
    ]
