# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Inventory pages: thin views over selectors and services."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from herstel.audit.services import audit_event_record

from .audit_events import DOSSIER_VIEWED
from .selectors import document_get, document_list, dossier_get, dossier_list
from .services import document_filename, document_original_read, document_text_read

PAGE_SIZE = 50


@login_required
@require_GET
def dossier_index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "dossiers/dossier_list.html",
        {"dossiers": dossier_list(actor=request.user)},
    )


@login_required
@require_GET
def dossier_detail(request: HttpRequest, slug: str) -> HttpResponse:
    dossier = dossier_get(actor=request.user, slug=slug)
    page = Paginator(
        document_list(actor=request.user, dossier=dossier), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    rows = [(document, document_filename(document=document)) for document in page]
    # File names may name people: listing them is a view of personal data.
    audit_event_record(
        event=DOSSIER_VIEWED,
        actor=request.user,
        target=dossier,
        tags=("avg",),
        context={"page": page.number, "documents": len(rows)},
    )
    template = "dossiers/dossier_detail.html"
    if getattr(request, "htmx", False):
        template += "#documents"
    return render(
        request,
        template,
        {
            "dossier": dossier,
            "page": page,
            "rows": rows,
            "locations": dossier.locations.all(),
        },
    )


@login_required
@require_GET
def document_detail(request: HttpRequest, reference: str) -> HttpResponse:
    document = document_get(actor=request.user, reference=reference)
    text = document_text_read(document=document, actor=request.user)
    return render(
        request,
        "dossiers/document_detail.html",
        {
            "document": document,
            "filename": document_filename(document=document),
            "text": text,
        },
    )


@login_required
@require_GET
def document_download(request: HttpRequest, reference: str) -> HttpResponse:
    document = document_get(actor=request.user, reference=reference)
    data = document_original_read(document=document, actor=request.user)
    response = HttpResponse(data, content_type="application/octet-stream")
    # The reference, not the original name, so no personal data in headers or logs.
    response["Content-Disposition"] = f'attachment; filename="{document.reference}"'
    response["Cache-Control"] = "no-store"
    return response
