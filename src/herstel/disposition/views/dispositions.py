# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The overview, a dossier's documents, review and the grounds."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _, ngettext
from django.views.decorators.http import require_GET, require_http_methods

from herstel.core.lists import list_page
from herstel.dossiers.models import Document, Dossier

from .. import services
from ..forms import (
    DecideForm,
    FilterForm,
    GroundForm,
    ProposeForm,
)
from ..lists import RUNS
from ..models import Ground
from ..selectors import (
    disposition_pending,
    disposition_rows,
    dossier_disposition_documents,
    ground_list,
    hold_list,
    run_list,
)
from .common import (
    PAGE_SIZE,
    _errors,
    _require,
    titles_shown,
)


@login_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    _require(request, "disposition.read")
    dossiers = Dossier.objects.order_by("title")
    holds = list(hold_list(actor=request.user)[:20])
    titles_shown(request.user, (hold.document for hold in holds), page="holds")
    return render(
        request,
        "disposition/index.html",
        {
            "dossiers": dossiers,
            "listing": list_page(request, run_list(actor=request.user), RUNS),
            "holds": holds,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def dossier(request: HttpRequest, slug: str) -> HttpResponse:
    """A dossier's documents with disposition and suggestion; bulk proposal."""
    _require(request, "disposition.read")
    dossier = get_object_or_404(Dossier, slug=slug)
    filters = FilterForm(request.GET or None)
    category = undecided = None
    if filters.is_valid():
        category = filters.cleaned_data["category"]
        undecided = filters.cleaned_data["undecided"]
    documents = dossier_disposition_documents(
        actor=request.user,
        dossier=dossier,
        only_undecided=bool(undecided),
        category=category or "",
    )
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = disposition_rows(actor=request.user, documents=page)
    titles_shown(request.user, (row.document for row in rows), page="disposition")
    query = request.GET.copy()
    query.pop("page", None)
    candidates = Document.objects.filter(dossier=dossier, shredded_at__isnull=True)
    form = ProposeForm(request.POST or None, documents=candidates)
    status = 200
    if request.method == "POST":
        _require(request, "disposition.propose")
        if form.is_valid():
            data = form.cleaned_data
            try:
                proposed, skipped = services.disposition_propose_bulk(
                    documents=data["documents"],
                    action=data["action"],
                    reason=data["reason"],
                    legal_basis=data["legal_basis"],
                    retention_class=data["retention_class"],
                    retention_years=data["retention_years"],
                    retention_start=data["retention_start"],
                    actor=request.user,
                )
            except ValidationError as error:
                _errors(form, error)
            else:
                messages.success(
                    request,
                    ngettext(
                        "%(proposed)s proposal recorded, %(skipped)s skipped.",
                        "%(proposed)s proposals recorded, %(skipped)s skipped.",
                        proposed,
                    )
                    % {"proposed": proposed, "skipped": skipped},
                )
                return redirect("disposition:dossier", slug=dossier.slug)
        status = 400
    return render(
        request,
        "disposition/dossier.html",
        {
            "dossier": dossier,
            "rows": rows,
            "page": page,
            "query": query.urlencode(),
            "form": form,
            "filters": filters,
            "can_propose": request.user.has_perm("disposition.propose"),
            "pending": disposition_pending(actor=request.user, dossier=dossier).count(),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, slug: str) -> HttpResponse:
    """Proposals awaiting a decision; a reviewer approves or rejects them."""
    _require(request, "disposition.read")
    dossier = get_object_or_404(Dossier, slug=slug)
    pending = disposition_pending(actor=request.user, dossier=dossier)
    form = DecideForm(request.POST or None, dispositions=pending)
    status = 200
    if request.method == "POST":
        _require(request, "disposition.approve")
        if form.is_valid():
            decided = refused = 0
            for disposition in form.cleaned_data["dispositions"]:
                try:
                    services.disposition_decide(
                        disposition=disposition,
                        approve=form.cleaned_data["decision"] == "approve",
                        note=form.cleaned_data["note"],
                        actor=request.user,
                    )
                except services.SelfApprovalError:
                    refused += 1
                except ValidationError:
                    refused += 1
                else:
                    decided += 1
            if decided:
                messages.success(
                    request,
                    ngettext(
                        "%(count)s proposal decided.",
                        "%(count)s proposals decided.",
                        decided,
                    )
                    % {"count": decided},
                )
            if refused:
                messages.error(
                    request,
                    ngettext(
                        "%(count)s proposal was not decided: you proposed it "
                        "yourself or it was already decided.",
                        "%(count)s proposals were not decided: you proposed them "
                        "yourself or they were already decided.",
                        refused,
                    )
                    % {"count": refused},
                )
            return redirect("disposition:review", slug=dossier.slug)
        status = 400
    return render(
        request,
        "disposition/review.html",
        {
            "dossier": dossier,
            "pending": pending,
            "form": form,
            "can_approve": request.user.has_perm("disposition.approve"),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def grounds(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """The list of redaction grounds; the privacy officer adds and edits."""
    _require(request, "disposition.read")
    ground = get_object_or_404(Ground, pk=pk) if pk else None
    initial = None
    if ground is not None:
        initial = {
            "code": ground.code,
            "article": ground.article,
            "description": ground.description,
            "categories": ground.categories,
            "active": ground.active,
            "position": ground.position,
        }
    form = GroundForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        _require(request, "disposition.manage_grounds")
        if form.is_valid():
            try:
                services.ground_save(
                    actor=request.user, ground=ground, **form.cleaned_data
                )
            except ValidationError as error:
                _errors(form, error)
            else:
                messages.success(request, _("The ground is saved."))
                return redirect("disposition:grounds")
        status = 400
    return render(
        request,
        "disposition/grounds.html",
        {
            "grounds": ground_list(actor=request.user),
            "form": form,
            "ground": ground,
            "can_manage": request.user.has_perm("disposition.manage_grounds"),
        },
        status=status,
    )
