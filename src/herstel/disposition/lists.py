# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""How the runs and holds lists are searched, sorted and filtered (core.lists).

Neither holds a name: a run has a reference and a dossier, a hold an
authority's reference, so their search terms may go in the URL.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from herstel.core.lists import Filter
from herstel.core.lists import ListSpec

from .constants import HoldAuthority
from .constants import HoldScope
from .constants import RunStatus
from .models import Hold


def _hold_state(holds: QuerySet[Hold], value: str) -> QuerySet[Hold]:
    active = Hold.objects.active().values("pk")
    if value == "active":
        return holds.filter(pk__in=active)
    return holds.exclude(pk__in=active)


RUNS = ListSpec(
    key="runs",
    sorts="reference dossier=dossier__title planned=planned_for status "
    "documents=item_count destroyed=destroyed_count",
    default_sort="-planned",
    search_fields=("reference", "dossier__title"),
    search_label=_("Run reference or dossier"),
    filters=(Filter("status", _("Status"), RunStatus.choices),),
)

HOLDS = ListSpec(
    key="holds",
    sorts="authority reference scope starts=starts_on",
    default_sort="-starts",
    search_fields=("reference", "dossier__title", "document__reference"),
    search_label=_("Hold reference, dossier or document reference"),
    filters=(
        Filter("authority", _("Holds of"), HoldAuthority.choices),
        Filter("scope", _("Holds on"), HoldScope.choices),
        Filter(
            "state",
            _("Holds that are"),
            [("active", _("Active")), ("ended", _("Lifted or ended"))],
            apply=_hold_state,
        ),
    ),
)
