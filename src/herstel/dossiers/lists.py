# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""How the inventory's lists are searched, sorted and filtered (core.lists)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from herstel.core.lists import Filter, ListSpec, Sort
from herstel.detection.base import Category

from .constants import DocumentStatus
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
    sorts={
        "title": Sort("title", _("Title"), key=lambda d: d.title.casefold()),
        "reference": Sort("reference", _("Reference")),
        "size": Sort("size", _("Size")),
        "mentions": Sort("mention_count", _("Mentions")),
        "added": Sort("created_at", _("Added")),
    },
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

DOSSIERS = ListSpec(
    key="dossiers",
    sorts={
        "title": Sort("title", _("Title")),
        "documents": Sort("document_count", _("Documents")),
        "created": Sort("created_at", _("Created")),
    },
    default_sort="title",
    search_fields=("title", "description"),
    search_label=_("Search dossiers"),
)
