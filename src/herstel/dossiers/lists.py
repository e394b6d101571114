# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""How the inventory's lists are searched, sorted and filtered (core.lists)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from herstel.core.lists import Filter
from herstel.core.lists import ListSpec
from herstel.detection.base import Category

from .constants import DocumentStatus
from .constants import MentionStatus
from .sealed_values import documents_open
from .selectors import documents_with_category


def documents_titled(documents: list[Any]) -> None:
    """A document's title is its file name, sealed with its key: one key-store
    read opens those of ``documents`` (the reference when there is none)."""
    opened = documents_open(documents=documents)
    for document in documents:
        document.title = opened[document.pk].filename or document.reference


DOCUMENTS = ListSpec(
    key="documents",
    sorts="title reference size mentions=mention_count added=created_at",
    sort_keys={"title": lambda d: d.title.casefold()},
    default_sort="reference",
    search_text=lambda d: f"{d.title} {d.reference}",
    search_label=_("Search by title words or reference"),
    filters=(
        Filter(
            "category",
            _("Personal data"),
            Category.choices,
            apply=documents_with_category,
        ),
        Filter("status", _("Status"), DocumentStatus.choices),
    ),
    # File names may name people: the search term stays out of the URL.
    private_search=True,
    annotate=documents_titled,
)

MENTIONS = ListSpec(
    key="mentions",
    sorts="position=start category score status",
    default_sort="position",
    filters=(
        Filter("category", _("Category"), Category.choices),
        Filter("status", _("Status"), MentionStatus.choices),
    ),
    page_size=25,
)

DOSSIERS = ListSpec(
    key="dossiers",
    search_fields=("title", "description"),
    search_label=_("Search dossiers"),
    sorts="title documents=document_count created=created_at",
    default_sort="title",
)
