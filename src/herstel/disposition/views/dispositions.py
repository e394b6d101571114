# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The overview, a dossier's documents, review and the grounds."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from herstel.core.lists import list_page
from herstel.core.views import form_page
from herstel.core.views import staff_view
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier

from .. import services
from ..forms import DecideForm
from ..forms import FilterForm
from ..forms import GroundForm
from ..forms import ProposeForm
from ..lists import RUNS
from ..models import Ground
from ..selectors import disposition_pending
from ..selectors import disposition_rows
from ..selectors import dossier_disposition_documents
from ..selectors import ground_list
from ..selectors import hold_list
from ..selectors import run_list
from .common import PAGE_SIZE
from .common import titles_shown

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


@staff_view("disposition.read")
def index(request: AuthenticatedRequest) -> HttpResponse:
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


@staff_view("disposition.read", methods="GET POST", post_perm="disposition.propose")
def dossier(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    """A dossier's documents with disposition and suggestion; bulk proposal."""
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
    return form_page(
        request,
        ProposeForm(request.POST or None, documents=candidates),
        "disposition/dossier.html",
        lambda data: services.disposition_propose_bulk(actor=request.user, **data),
        lambda _counts: redirect("disposition:dossier", slug=dossier.slug),
        success=lambda counts: (
            ngettext(
                "%(proposed)s proposal recorded, %(skipped)s skipped.",
                "%(proposed)s proposals recorded, %(skipped)s skipped.",
                counts[0],
            )
            % {"proposed": counts[0], "skipped": counts[1]}
        ),
        context=lambda: {
            "dossier": dossier,
            "rows": rows,
            "page": page,
            "query": query.urlencode(),
            "filters": filters,
            "can_propose": request.user.has_perm("disposition.propose"),
            "pending": disposition_pending(actor=request.user, dossier=dossier).count(),
        },
    )


@staff_view("disposition.read", methods="GET POST", post_perm="disposition.approve")
def review(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    """Proposals awaiting a decision; a reviewer approves or rejects them."""
    dossier = get_object_or_404(Dossier, slug=slug)
    pending = disposition_pending(actor=request.user, dossier=dossier)

    def decide(data: dict[str, Any]) -> tuple[int, int]:
        decided = refused = 0
        for disposition in data["dispositions"]:
            try:
                services.disposition_decide(
                    disposition=disposition,
                    approve=data["decision"] == "approve",
                    note=data["note"],
                    actor=request.user,
                )
            except (services.SelfApprovalError, ValidationError):
                refused += 1
            else:
                decided += 1
        return decided, refused

    def decided_page(counts: tuple[int, int]) -> HttpResponse:
        decided, refused = counts
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

    return form_page(
        request,
        DecideForm(request.POST or None, dispositions=pending),
        "disposition/review.html",
        decide,
        decided_page,
        context={
            "dossier": dossier,
            "pending": pending,
            "can_approve": request.user.has_perm("disposition.approve"),
        },
    )


@staff_view(
    "disposition.read", methods="GET POST", post_perm="disposition.manage_grounds"
)
def grounds(request: AuthenticatedRequest, pk: int | None = None) -> HttpResponse:
    """The list of redaction grounds; the privacy officer adds and edits."""
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
    return form_page(
        request,
        GroundForm(request.POST or None, initial=initial),
        "disposition/grounds.html",
        lambda data: services.ground_save(actor=request.user, ground=ground, **data),
        lambda _saved: redirect("disposition:grounds"),
        success=_("The ground is saved."),
        context=lambda: {
            "grounds": ground_list(actor=request.user),
            "ground": ground,
            "can_manage": request.user.has_perm("disposition.manage_grounds"),
        },
    )
