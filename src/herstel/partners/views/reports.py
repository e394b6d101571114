# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reports: annual overview (staff and public), confidential list, signal counts."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.contrib import messages
from django.http import Http404
from django.http import HttpRequest
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from herstel.core.views import attachment
from herstel.core.views import form_page
from herstel.core.views import staff_view

from .. import reports
from .. import selectors
from .. import services
from ..constants import OverviewFormat
from ..forms import ConfidentialListForm
from .common import download
from .common import guard_refusal
from .common import refused
from .common import year_param

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

CONTENT_TYPES = {
    OverviewFormat.PDF: "application/pdf",
    OverviewFormat.CSV: "text/csv; charset=utf-8",
    OverviewFormat.ODS: "application/vnd.oasis.opendocument.spreadsheet",
}


def _overview_file(
    year: int, rows: list[reports.OverviewRow], fmt: str
) -> HttpResponse:
    if fmt == OverviewFormat.CSV:
        data = reports.overview_csv(rows)
    elif fmt == OverviewFormat.ODS:
        data = reports.overview_ods(rows)
    elif fmt == OverviewFormat.PDF:
        data = reports.overview_pdf(year=year, rows=rows)
    else:
        raise Http404
    return download(
        data, f"partners-overview-{year}.{fmt}", CONTENT_TYPES[OverviewFormat(fmt)]
    )


@staff_view("partners.read_register")
def overview(request: AuthenticatedRequest) -> HttpResponse:
    year = year_param(request)
    rows = reports.overview_rows(year=year)
    publications = selectors.publication_list()
    return render(
        request,
        "partners/overview.html",
        {
            "year": year,
            "years": selectors.contact_years(),
            "groups": reports.overview_groups(rows),
            "organisation_count": len({r.organisation for r in rows}),
            "publications": publications,
            "published": publications.filter(year=year).first(),
            "can_publish": request.user.has_perm("partners.publish_overview"),
            "formats": OverviewFormat.choices,
        },
    )


@staff_view("partners.read_register")
def overview_download(request: AuthenticatedRequest) -> HttpResponse:
    year = year_param(request)
    return _overview_file(
        year, reports.overview_rows(year=year), request.GET.get("format", "pdf")
    )


@staff_view("partners.publish_overview", methods="POST")
def overview_publish(request: AuthenticatedRequest) -> HttpResponse:
    try:
        year = int(request.POST.get("year", ""))
    except ValueError:
        year = timezone.localdate().year
    publication = services.overview_publish(actor=request.user, year=year)
    messages.success(
        request,
        _("The overview of %(year)s is published.") % {"year": publication.year},
    )
    return redirect(f"{reverse('partners:overview')}?year={publication.year}")


@require_GET
def public_index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "partners/public_index.html",
        {"publications": selectors.publication_list()},
    )


@require_GET
def public_overview(request: HttpRequest, year: int) -> HttpResponse:
    publication = selectors.publication_get(year=year)
    rows = reports.rows_from_snapshot(publication.rows)
    return render(
        request,
        "partners/public_overview.html",
        {
            "publication": publication,
            "groups": reports.overview_groups(rows),
            "organisation_count": len({r.organisation for r in rows}),
            "formats": OverviewFormat.choices,
        },
    )


@require_GET
def public_download(request: HttpRequest, year: int, fmt: str) -> HttpResponse:
    publication = selectors.publication_get(year=year)
    return _overview_file(year, reports.rows_from_snapshot(publication.rows), fmt)


@staff_view("partners.issue_confidential_list", methods="GET POST")
def confidential_list(request: AuthenticatedRequest) -> HttpResponse:
    form = ConfidentialListForm(
        request.POST or None,
        initial={"since": timezone.localdate() - datetime.timedelta(days=365)},
    )
    guard_refusal(request, form, "confidential_list")
    return form_page(
        request,
        form,
        "partners/confidential_list.html",
        lambda data: services.confidential_copy_issue(actor=request.user, **data),
        lambda issued: attachment(
            issued.pdf,
            f"vertrouwelijk-exemplaar-{issued.copy.number}.pdf",
            "application/pdf",
            no_store=True,
        ),
        context=lambda: {
            "copies": selectors.confidential_copy_list(actor=request.user)[:50],
            "refused": refused(form),
        },
    )


@staff_view("partners.read_register")
def signals(request: AuthenticatedRequest) -> HttpResponse:
    year = year_param(request)
    return render(
        request,
        "partners/signals.html",
        {
            "counts": reports.signal_counts(year=year),
            "year": year,
            "years": list(
                range(timezone.localdate().year, timezone.localdate().year - 6, -1)
            ),
        },
    )
