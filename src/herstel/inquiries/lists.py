# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""How the access-request worklist is searched, sorted and filtered (core.lists)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstel.core.lists import Filter
from herstel.core.lists import ListSpec

from .constants import OPEN_STATUSES
from .constants import RequestStatus
from .models import AccessRequest
from .services.common import _contact_digest


def requests_matching(
    requests: QuerySet[AccessRequest], term: str
) -> QuerySet[AccessRequest]:
    """Requests whose reference contains ``term``; for an e-mail address, the
    requests of whoever gave it, found by its blind index (the address is
    stored only encrypted and is never compared as text)."""
    if "@" in term:
        return requests.filter(contact_digest=_contact_digest(term))
    return requests.filter(reference__icontains=term.strip())


def _overdue(requests: QuerySet[AccessRequest], _value: str) -> QuerySet:
    return requests.filter(status__in=OPEN_STATUSES, due_on__lt=timezone.localdate())


REQUESTS = ListSpec(
    key="requests",
    sorts="reference campaign=campaign__title received=received_on due=due_on "
    "stage=status",
    default_sort="due",
    search_apply=requests_matching,
    search_label=_("Reference or the requester's e-mail address"),
    filters=(
        Filter("status", _("Stage"), RequestStatus.choices, all_label=_("all stages")),
        Filter("overdue", _("Deadline"), [("1", _("only overdue"))], apply=_overdue),
    ),
    # An e-mail address is personal data: the term stays out of the URL.
    private_search=True,
)
