# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads of notices, and their figures for the report to Parliament."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from herstel.audit.selectors import audit_events_named
from herstel.disposition.selectors import Figure

from .models import PublicNotice


def public_notice_list(*, actor: Any) -> QuerySet[PublicNotice]:
    if not actor.has_perm("notices.read_public"):
        raise PermissionDenied
    return PublicNotice.objects.select_related("recorded_by")


def notices_report_figures(
    *, since: datetime.date | None = None, until: datetime.date | None = None
) -> list[Figure]:
    """Subjects informed personally or by a generic notice, from the audit trail.

    A subject counts once, by the last decision and letter event about it in
    the period; a returned letter moves the person to the generic notice.
    """
    state: dict[Any, str] = {}
    for event in audit_events_named(
        names=["notice.decided", "notice.letter_sent", "notice.letter_returned"],
        since=since,
        until=until,
    ).only("event", "context"):
        subject = event.context.get("subject")
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
