# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy officer's view of the audit trail: browse, filter, export, verify."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TYPE_CHECKING

from django.http import HttpResponse
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from herstel.core.lists import ListSpec
from herstel.core.lists import list_page
from herstel.core.views import page_or_partial
from herstel.core.views import require_page
from herstel.core.views import staff_view

from .audit_events import AUDIT_EXPORTED
from .audit_events import AUDIT_VERIFIED
from .details import audit_details
from .forms import AuditFilterForm
from .models import AuditEvent
from .registry import registry
from .selectors import audit_chain_verify
from .selectors import audit_event_list
from .selectors import audit_object_labels
from .services import audit_event_record

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

PAGE_SIZE = 50
AUDIT = ListSpec(
    key="audit",
    sorts="time=seq",
    default_sort="-time",
    keep_params=tuple(AuditFilterForm.base_fields),
    page_size=PAGE_SIZE,
)
CSV_COLUMNS = [
    "seq",
    "timestamp",
    "actor",
    "event",
    "object_type",
    "object_id",
    "reason",
    "tags",
    "context",
    "request_id",
    "prev_hash",
    "hash",
]


@staff_view()
def event_list(request: AuthenticatedRequest) -> HttpResponse:
    form = AuditFilterForm(request.GET or None)
    events = audit_event_list(actor=request.user, filters=form.to_filter())
    listing = list_page(request, events, AUDIT)
    page = listing.page
    return page_or_partial(
        request,
        "audit/event_list.html",
        "results",
        {
            "form": form,
            "page": page,
            "labels": dict(registry.choices()),
            "reasons": registry.reasons(),
            "objects": audit_object_labels({entry.object_type for entry in page}),
            "details": audit_details(page),
            "listing": listing,
            "query": listing.query,
        },
    )


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_rows(events: Iterator[AuditEvent]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    for entry in events:
        yield writer.writerow(
            [
                entry.seq,
                entry.timestamp.isoformat(),
                entry.actor_label,
                entry.event,
                entry.object_type,
                entry.object_id,
                entry.reason,
                " ".join(entry.tags),
                entry.context,
                entry.request_id,
                entry.prev_hash,
                entry.hash,
            ]
        )


@staff_view()
def event_export(request: AuthenticatedRequest) -> StreamingHttpResponse:
    require_page(request, "audit.export_trail")
    form = AuditFilterForm(request.GET or None)
    filters = form.to_filter()
    events = audit_event_list(actor=request.user, filters=filters).order_by("seq")
    audit_event_record(
        event=AUDIT_EXPORTED,
        actor=request.user,
        context={
            "rows": events.count(),
            "filters": [name for name, value in form.cleaned_data.items() if value]
            if form.is_valid()
            else [],
        },
    )
    response = StreamingHttpResponse(
        _csv_rows(events.iterator(chunk_size=2000)),
        content_type="text/csv; charset=utf-8",
    )
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="audit-trail-{stamp}.csv"'
    return response


@staff_view("audit.read_trail", methods="GET POST")
def chain_verify(request: AuthenticatedRequest) -> HttpResponse:
    report = None
    if request.method == "POST":
        report = audit_chain_verify()
        audit_event_record(
            event=AUDIT_VERIFIED,
            actor=request.user,
            context={"checked": report.checked, "problems": len(report.problems)},
        )
    return render(request, "audit/verify.html", {"report": report})
