# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The report to Parliament: read (audited) and made as a PDF."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING
from typing import Unpack

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.core.progress import progress_report

from .audit_events import PARLIAMENT_REPORT_VIEWED
from .models import ReportPdf
from .selectors import ReportPeriod
from .selectors import ReportSection
from .selectors import parliament_report
from .selectors import period_json
from .selectors import period_text
from .selectors import report_campaigns

if TYPE_CHECKING:
    from herstel.core.actor import Actor

__all__ = ["KEEP_DAYS", "parliament_pdf_make", "parliament_read"]

KEEP_DAYS = 30
"""How long a made PDF stays downloadable."""


def parliament_read(
    *, actor: Actor, output: str, **chosen: Unpack[ReportPeriod]
) -> tuple[list[ReportSection], str]:
    """The report's sections for the ``chosen`` period and campaign, and the
    period in words; the read audited (``output``: ``html`` or ``pdf``)."""
    sections = parliament_report(actor=actor, **chosen)
    audit_event_record(
        event=PARLIAMENT_REPORT_VIEWED,
        actor=actor,
        context={**period_json(chosen), "output": output},
    )
    period = period_text(chosen.get("since"), chosen.get("until"))
    if (campaign := chosen.get("campaign")) is not None:
        title = dict(report_campaigns()).get(campaign, "")
        period = _("%(period)s, campaign %(campaign)s") % {
            "period": period,
            "campaign": title,
        }
    return sections, period


def parliament_pdf_make(*, actor: Actor, **chosen: Unpack[ReportPeriod]) -> ReportPdf:
    """Compute the report (audited, as ``pdf``) and store it as a PDF;
    removes the PDFs older than :data:`KEEP_DAYS` days."""
    from .pdf import report_pdf

    progress_report(done=0, total=2)
    sections, period = parliament_read(actor=actor, output="pdf", **chosen)
    progress_report(done=1, total=2)
    data = report_pdf(sections=sections, period=period)
    with transaction.atomic():
        ReportPdf.objects.filter(
            made_at__lt=timezone.now() - datetime.timedelta(days=KEEP_DAYS)
        ).delete()
        report = ReportPdf.objects.create(made_by=actor, period=period, data=data)
    progress_report(done=2, total=2)
    return report
