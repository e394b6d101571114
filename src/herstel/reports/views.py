# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The report to Parliament as web page and PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse

from herstel.core.views import attachment
from herstel.core.views import require_page
from herstel.core.views import staff_view

from .forms import PeriodForm
from .models import ReportPdf
from .selectors import SMALL_COUNT_LIMIT
from .services import parliament_read

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


PERIOD_FIELDS = ("since", "until", "campaign")


def _period(form: PeriodForm) -> dict:
    """The chosen period and campaign (all ``None`` when none or not valid)."""
    valid = form.is_bound and form.is_valid()
    return {key: form.cleaned_data[key] if valid else None for key in PERIOD_FIELDS}


@staff_view("reports.read_parliament")
def parliament(request: AuthenticatedRequest) -> HttpResponse:
    form = PeriodForm(request.GET or None)
    sections, period = parliament_read(
        actor=request.user, output="html", **_period(form)
    )
    return render(
        request,
        "reports/parliament.html",
        {
            "form": form,
            "sections": sections,
            "period": period,
            "limit": SMALL_COUNT_LIMIT - 1,
            "period_values": {key: request.GET.get(key, "") for key in PERIOD_FIELDS},
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@staff_view("reports.read_parliament", methods="POST")
def parliament_pdf(request: AuthenticatedRequest) -> HttpResponse:
    """Make the report for the chosen period as a PDF in a background task."""
    from .tasks import parliament_pdf_start

    form = PeriodForm(request.POST)
    back = reverse("reports:parliament")
    if not form.is_valid():
        # The report page shows what is wrong with the period.
        query = request.POST.copy()
        query.pop("csrfmiddlewaretoken", None)
        return redirect(f"{back}?{query.urlencode()}")
    task = parliament_pdf_start(actor=request.user, back_url=back, **_period(form))
    return redirect("tasks:progress", pk=task.pk)


@staff_view("reports.read_parliament")
def parliament_file(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """A report made as PDF (counts only), for the roles that read the report."""
    report = get_object_or_404(ReportPdf, pk=pk)
    name = f"rapportage-kamer-{report.made_at:%Y%m%d-%H%M}.pdf"
    return attachment(bytes(report.data), name, "application/pdf")


@staff_view()
def progress(request: AuthenticatedRequest) -> HttpResponse:
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
