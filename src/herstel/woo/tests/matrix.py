# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objects and URLs for the permission-matrix test (accounts/tests)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from herstel.woo.constants import Judgement
from herstel.woo.services import woo_decision_approve
from herstel.woo.services import woo_decision_propose
from herstel.woo.services import woo_item_assess
from herstel.woo.services import woo_third_party_add

from .factories import analyst
from .factories import documents_reviewed
from .factories import reviewer
from .factories import woo_request


def woo_objects() -> dict[str, Any]:
    """A decided request with its package, an item and a third party."""
    preparer = analyst()
    [document] = documents_reviewed("matrix-woo", 1, preparer)
    request = woo_request(preparer, [document])
    item = request.items.get()
    woo_item_assess(
        item=item, judgement=Judgement.NOT_PUBLIC, grounds=["5.1.2e"], actor=preparer
    )
    party = woo_third_party_add(request=request, label="Gemeente", actor=preparer)
    party.responded_on = party.asked_on
    party.save()
    woo_decision_propose(request=request, actor=preparer)
    woo_decision_approve(request=request, actor=reviewer())
    return {"reference": request.reference, "item": item.pk, "party": party.pk}


def woo_url(name: str, objects: dict[str, Any]) -> str:
    if name == "woo:list":
        return reverse(name)
    if name in {"woo:item", "woo:scope_remove"}:
        return reverse(name, args=[objects["reference"], objects["item"]])
    if name == "woo:third_party_respond":
        return reverse(name, args=[objects["reference"], objects["party"]])
    return reverse(name, args=[objects["reference"]])
