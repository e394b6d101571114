# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The published annual overview and numbered copies of the confidential list."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import IntegrityError
from django.db import transaction
from django.utils import timezone

from herstel.audit.services import audit_event_record

from .. import reports
from ..audit_events import CONFIDENTIAL_ISSUED
from ..audit_events import OVERVIEW_PUBLISHED
from ..models import ConfidentialCopy
from ..models import OverviewPublication
from .common import guard_or_refuse
from .common import require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def overview_publish(*, actor: Actor, year: int) -> OverviewPublication:
    """Publish (or republish) the public annual overview of ``year`` as a snapshot."""
    require(actor, "partners.publish_overview")
    rows = reports.overview_rows(year=year)
    with transaction.atomic():
        publication, created = OverviewPublication.objects.update_or_create(
            year=year,
            defaults={
                "rows": reports.rows_to_snapshot(rows),
                "published_by": actor,
                "published_at": timezone.now(),
            },
        )
        audit_event_record(
            event=OVERVIEW_PUBLISHED,
            actor=actor,
            target=publication,
            context={
                "year": year,
                "rows": len(rows),
                "organisations": len({r.organisation for r in rows}),
                "republished": not created,
            },
        )
    return publication


@dataclass(frozen=True, slots=True)
class IssuedCopy:
    copy: ConfidentialCopy
    pdf: bytes


def confidential_copy_issue(
    *, actor: Actor, since: datetime.date, recipient: str
) -> IssuedCopy:
    """Generate a numbered copy of the confidential list for one recipient; audited.

    The recipient is written as a function ("directeur-generaal"), which the
    privacy guard checks. Only the copy's number, recipient, count and the
    PDF's SHA-256 are kept; the PDF itself is not stored.
    """
    require(actor, "partners.issue_confidential_list")
    guard_or_refuse(actor, "confidential_list", {"recipient": recipient})
    for _attempt in range(3):
        try:
            return _confidential_copy_create(
                actor=actor, since=since, recipient=recipient.strip()
            )
        except IntegrityError:
            # Another user took the same number at the same moment: renumber.
            continue
    raise RuntimeError("Could not number the confidential copy; try again.")


def _confidential_copy_create(
    *, actor: Actor, since: datetime.date, recipient: str
) -> IssuedCopy:
    with transaction.atomic():
        # The lock on the highest copy serialises numbering between users; the
        # unique number catches the first copy, when there is no row to lock.
        last = (
            ConfidentialCopy.objects.select_for_update()
            .order_by("-number")
            .values_list("number", flat=True)
            .first()
        )
        number = (last or 0) + 1
        rows = reports.confidential_rows(since=since)
        pdf = reports.confidential_pdf(
            since=since,
            rows=rows,
            number=number,
            recipient=recipient,
            issued_on=timezone.localdate(),
        )
        copy = ConfidentialCopy.objects.create(
            number=number,
            since=since,
            recipient=recipient,
            organisations=len(rows),
            sha256=hashlib.sha256(pdf).hexdigest(),
            issued_by=actor,
        )
        audit_event_record(
            event=CONFIDENTIAL_ISSUED,
            actor=actor,
            target=copy,
            context={
                "number": number,
                "since": since.isoformat(),
                "organisations": len(rows),
                "sha256": copy.sha256,
            },
        )
    return IssuedCopy(copy=copy, pdf=pdf)
