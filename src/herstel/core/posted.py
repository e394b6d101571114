# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reading the object a button posted, by its primary key."""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Model
from django.db.models import QuerySet
from django.http import HttpRequest

__all__ = ["posted_object"]

M = TypeVar("M", bound=Model)


def posted_object(request: HttpRequest, field: str, queryset: QuerySet[M]) -> M | None:
    """The object of ``queryset`` whose primary key the POST field ``field``
    names, or ``None`` when it is missing, not a number or not in ``queryset``
    (the queryset is what the user may act on here, so a foreign key is no
    key)."""
    raw = request.POST.get(field, "")
    return queryset.filter(pk=int(raw)).first() if raw.isdigit() else None
