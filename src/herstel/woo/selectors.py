# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Woo reads: lists, one request, its rows, for an actor who may read them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Count
from django.db.models import Q
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.core.permissions import require
from herstel.core.work import WorkItem
from herstel.core.work import deadline_items

from .audit_events import WOO_VIEWED
from .constants import OPEN_STATUSES
from .constants import Judgement
from .constants import RequestStatus
from .models import ScopeItem
from .models import WooRequest
from .services.common import Requester
from .services.common import requester_of

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def woo_request_list(*, actor: Actor) -> QuerySet[WooRequest]:
    """Requests by due date with their scope counts; needs ``woo.read``."""
    require(actor, "woo.read")
    return WooRequest.objects.annotate(
        documents=Count("items"),
        assessed=Count("items", filter=~Q(items__judgement="")),
    ).order_by("status", "due_on", "reference")


def woo_request_get(*, actor: Actor, reference: str) -> WooRequest:
    """One request by reference; needs ``woo.read``."""
    require(actor, "woo.read")
    return get_object_or_404(WooRequest, reference=reference)


def woo_requester_read(*, actor: Actor, request: WooRequest) -> Requester:
    """Who asked, for a person reading the request; audited (tag avg)."""
    require(actor, "woo.read")
    requester = requester_of(request)
    audit_event_record(event=WOO_VIEWED, actor=actor, target=request)
    return requester


@dataclass(frozen=True, slots=True)
class Counts:
    total: int
    by_judgement: dict[str, int]

    @property
    def unassessed(self) -> int:
        return self.total - sum(self.by_judgement.values())


def woo_item_counts(*, request: WooRequest) -> Counts:
    """How many documents the request's scope holds, in total and per judgement."""
    rows = request.items.values("judgement").annotate(n=Count("pk"))
    by = {r["judgement"]: r["n"] for r in rows if r["judgement"]}
    return Counts(
        total=sum(r["n"] for r in rows),
        by_judgement={j: by.get(j, 0) for j in Judgement.values},
    )


def woo_item_get(*, actor: Actor, request: WooRequest, pk: int) -> ScopeItem:
    """One document of the request's scope (404 when it is not there); readers only."""
    require(actor, "woo.read")
    return get_object_or_404(
        ScopeItem.objects.select_related("document", "request"), request=request, pk=pk
    )


def woo_work_items(actor: Actor) -> list[WorkItem]:
    """ "Mijn werk": decisions to approve (never one's own: four eyes) and
    terms within a week or overdue."""
    if not actor.has_perm("woo.read"):
        return []
    items = deadline_items(
        WooRequest.objects.filter(status__in=OPEN_STATUSES),
        (_("Woo requests overdue"), _("Woo requests due within a week")),
        reverse("woo:list"),
        entry_url="woo:detail",
    )
    if actor.has_perm("woo.approve"):
        items.append(
            WorkItem.queue(
                WooRequest.objects.filter(status=RequestStatus.PROPOSED)
                .exclude(proposed_by=actor)
                .order_by("due_on"),
                "reference",
                section="approve",
                label=str(_("Woo decisions to approve")),
                entry_url="woo:detail",
            )
        )
    return items
