# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
""" "Mijn werk": what is waiting for the logged-in person, from every context.

Each context registers one function from its ``apps.ready()`` that returns
the work items for an actor, counted by its own selectors with the actor's
permissions (a role sees only what it may, and four eyes hold: a reviewer is
not offered their own proposals)::

    from herstel.core.work import registry
    registry.add("woo", woo_work_items)

The start page groups the items by :data:`SECTIONS`; an item with a count of
zero is left out. Items carry counts and links, never personal data.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import TYPE_CHECKING
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .registry import Registry

if TYPE_CHECKING:
    from herstel.core.actor import Actor

__all__ = ["SECTIONS", "WorkItem", "deadline_items", "registry", "work_sections"]

WEEK = 7
"""A deadline "this week" on the start page: within this many days."""
ENTRIES = 10
"""Items named one by one under a count."""

SECTIONS = (
    ("review", _("To review")),
    ("approve", _("To approve")),
    ("deadlines", _("Deadlines")),
    ("returned", _("Returned letters")),
    ("moderate", _("To moderate")),
)


@dataclass(frozen=True)
class WorkItem:
    """One count on the start page, with the page where the work is done."""

    section: str
    label: str
    count: int
    url: str
    urgent: bool = False
    """Overdue: shown as a warning."""
    entries: Sequence[tuple[str, str]] = field(default_factory=tuple)
    """Up to ten ``(text, url)`` links straight to the items (references or
    titles, never personal data)."""

    @classmethod
    def queue(cls, queryset: QuerySet, field_name: str, **fields: Any) -> WorkItem:
        """An item counting ``queryset``, naming its first entries by
        ``field_name`` (a reference) with links to the URL named
        ``entry_url``; the other ``fields`` as for the item. Without ``url``
        the item links to its first entry."""
        entry_url = fields.pop("entry_url")
        names = list(queryset.values_list(field_name, flat=True)[:ENTRIES])
        entries = tuple((name, reverse(entry_url, args=[name])) for name in names)
        fields["url"] = fields.get("url") or (entries[0][1] if entries else "")
        count = queryset.count() if len(names) == ENTRIES else len(names)
        return cls(count=count, entries=entries, **fields)


def deadline_items(
    open_items: QuerySet, labels: tuple[str, str], url: str, **options: str
) -> list[WorkItem]:
    """Two counts of open items by their deadline (``field_name``, default
    ``due_on``): overdue and due within :data:`WEEK` days, ``labels`` in that
    order, each naming its first references (links to ``entry_url``); the
    overdue one links to ``overdue_url`` when given, else to ``url``."""
    field_name = options.get("field_name", "due_on")
    entry_url = options["entry_url"]
    overdue, this_week = labels
    today = timezone.localdate()
    week = today + datetime.timedelta(days=WEEK)
    return [
        WorkItem.queue(
            open_items.filter(**{f"{field_name}__lt": today}).order_by(field_name),
            "reference",
            section="deadlines",
            label=overdue,
            entry_url=entry_url,
            url=options.get("overdue_url") or url,
            urgent=True,
        ),
        WorkItem.queue(
            open_items.filter(
                **{f"{field_name}__gte": today, f"{field_name}__lte": week}
            ).order_by(field_name),
            "reference",
            section="deadlines",
            label=this_week,
            entry_url=entry_url,
            url=url,
        ),
    ]


WorkFunction = Callable[[Any], list[WorkItem]]


class WorkRegistry(Registry[WorkFunction]):
    """The work-item functions of the contexts, by context."""

    kind = "Work queue"


registry = WorkRegistry()


@dataclass(frozen=True)
class WorkSection:
    key: str
    label: str
    items: list[WorkItem]


def work_sections(*, actor: Actor) -> list[WorkSection]:
    """The non-empty sections of ``actor``'s start page, in the fixed order."""
    items: list[WorkItem] = []
    for function in registry:
        items.extend(item for item in function(actor) if item.count)
    sections = []
    for key, label in SECTIONS:
        mine = [item for item in items if item.section == key]
        if mine:
            sections.append(WorkSection(key=key, label=str(label), items=mine))
    return sections
