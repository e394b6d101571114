# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The report to Parliament as web page and PDF."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.core.views import attachment, require_page, staff_view

from .audit_events import PARLIAMENT_REPORT_VIEWED
from .forms import PeriodForm
from .pdf import report_pdf
from .selectors import (
    SMALL_COUNT_LIMIT,
    parliament_report,
    period_text,
    report_campaigns,
)


def _report(request: HttpRequest, output: str) -> tuple[PeriodForm, list, str]:
    require_page(request, "reports.read_parliament")
    form = PeriodForm(request.GET or None)
    since = until = campaign = None
    if form.is_bound and form.is_valid():
        since, until = form.cleaned_data["since"], form.cleaned_data["until"]
        campaign = form.cleaned_data["campaign"]
    sections = parliament_report(
        actor=request.user, since=since, until=until, campaign=campaign
    )
    audit_event_record(
        event=PARLIAMENT_REPORT_VIEWED,
        actor=request.user,
        context={
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "campaign": campaign,
            "output": output,
        },
    )
    period = period_text(since, until)
    if campaign is not None:
        title = dict(report_campaigns()).get(campaign, "")
        period = _("%(period)s, campaign %(campaign)s") % {
            "period": period,
            "campaign": title,
        }
    return form, sections, period


@staff_view()
def parliament(request: HttpRequest) -> HttpResponse:
    form, sections, period = _report(request, "html")
    return render(
        request,
        "reports/parliament.html",
        {
            "form": form,
            "sections": sections,
            "period": period,
            "limit": SMALL_COUNT_LIMIT - 1,
            "query": request.GET.urlencode(),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@staff_view()
def parliament_pdf(request: HttpRequest) -> HttpResponse:
    _form, sections, period = _report(request, "pdf")
    return attachment(
        report_pdf(sections=sections, period=period),
        "rapportage-kamer.pdf",
        "application/pdf",
    )


@staff_view()
def progress(request: HttpRequest) -> HttpResponse:
    """The campaign's progress in charts, each with its table."""
    from . import charts

    require_page(request, "reports.read_progress")
    answered, on_time = charts.on_time_counts()
    return render(
        request,
        "reports/progress.html",
        {
            "charts": [
                charts.requests_chart(),
                charts.on_time_chart(),
                charts.dispositions_chart(),
                charts.destruction_chart(),
            ],
            "answered": answered,
            "on_time": on_time,
            "rate": round(100 * on_time / answered) if answered else None,
        },
    )
