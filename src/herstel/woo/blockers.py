# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""What the Woo context tells disposition: holds and publications.

A document in scope of a Woo request may not be destroyed while the request
is open, nor after the decision until its appeal window has passed (the legal
hold "Woo request" of MISSION.md). A disclosed document of a published
decision is listed on a later certificate of destruction as published
elsewhere. Both are registered into disposition's registries from
``apps.ready()``; disposition never imports this context.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from herstel.disposition.blockers import Block
from herstel.disposition.blockers import registry as blocker_registry
from herstel.disposition.publications import Publication
from herstel.disposition.publications import registry as publication_registry

from .constants import OPEN_STATUSES
from .constants import PUBLISHED_JUDGEMENTS
from .constants import RequestStatus
from .models import ScopeItem

BLOCKER = "woo_request"


def woo_blocks(documents: Sequence[Any], on: datetime.date) -> dict[int, list[Block]]:
    """Documents in scope of an open request, or of a decision under appeal."""
    items = (
        ScopeItem.objects.filter(document_id__in=[d.pk for d in documents])
        .filter(
            Q(request__status__in=OPEN_STATUSES)
            | Q(request__status=RequestStatus.DECIDED, request__appeal_ends_on__gte=on)
        )
        .select_related("request")
        .order_by("request__reference")
    )
    found: dict[int, list[Block]] = {}
    for item in items:
        request = item.request
        params: tuple[tuple[str, str], ...] = ()
        if request.status in OPEN_STATUSES:
            message = gettext_lazy("Legal hold: open Woo request")
        else:
            ends = request.appeal_ends_on
            message = gettext_lazy(
                "Legal hold: Woo decision, appeal window until %(date)s"
            )
            params = (("date", ends.isoformat() if ends else "?"),)
        found.setdefault(item.document_id, []).append(
            Block(
                blocker=BLOCKER,
                message=message,
                reference=request.reference,
                params=params,
            )
        )
    return found


def woo_publications(document_ids: Sequence[int]) -> dict[int, list[Publication]]:
    """Disclosed documents of decisions recorded as published."""
    items = (
        ScopeItem.objects.filter(
            document_id__in=list(document_ids), judgement__in=PUBLISHED_JUDGEMENTS
        )
        .exclude(request__published_url="")
        .select_related("request")
        .order_by("request__reference")
    )
    found: dict[int, list[Publication]] = {}
    for item in items:
        request = item.request
        found.setdefault(item.document_id, []).append(
            Publication(
                where=_("Woo decision %(reference)s, document %(id)s")
                % {"reference": request.reference, "id": item.document_id_text},
                url=request.published_url,
                published_on=request.published_on.isoformat()
                if request.published_on
                else "",
                sha256=item.pdf_sha256,
            )
        )
    return found


def register_with_disposition() -> bool:
    if BLOCKER not in blocker_registry.identifiers():
        blocker_registry.register(BLOCKER, woo_blocks)
    if "woo" not in publication_registry.identifiers():
        publication_registry.register("woo", woo_publications)
    return True
