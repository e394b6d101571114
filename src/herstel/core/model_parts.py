# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Field and constraint declarations that every context writes the same way.

Each returns an ordinary Django field or constraint, so migrations see exactly
what a hand-written declaration gives (``makemigrations --check`` guards this).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F
from django.db.models import Q

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def user_link(
    verbose_name: StrOrPromise | None = None,
    *,
    optional: bool = False,
    **extra: Any,
) -> models.ForeignKey[Any, Any]:
    """A link to the user who did something (proposed, approved, placed, ...).

    The user is protected, so the record keeps naming who acted when they
    leave, and there is no reverse accessor (``related_name="+"``).
    ``optional`` allows an empty link (the step has not happened yet).
    """
    if optional:
        extra.update(null=True, blank=True)
    if verbose_name is not None:
        extra["verbose_name"] = verbose_name
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", **extra
    )


def erasable_user_link(**extra: Any) -> models.ForeignKey[Any, Any]:
    """A link to the user who acted, emptied when that user's account is
    erased (the network, where members may delete themselves and their data);
    no reverse accessor."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        **extra,
    )


def choice_field(
    verbose_name: StrOrPromise,
    default: models.TextChoices,
    *,
    max_length: int = 20,
    **extra: Any,
) -> models.CharField[Any, Any]:
    """A value of ``default``'s ``TextChoices`` (a status, a kind, an origin),
    stored as text, starting at ``default``."""
    return models.CharField(
        verbose_name,
        max_length=max_length,
        choices=type(default).choices,
        default=default,
        **extra,
    )


def four_eyes(name: str, *, first: str, second: str) -> models.CheckConstraint:
    """The person in ``second`` (who approves) is not the one in ``first``
    (who proposed): four eyes, enforced by the database too."""
    return models.CheckConstraint(condition=~Q(**{second: F(first)}), name=name)


def not_before(
    name: str, *, later: str, earlier: str, open_ended: bool = False
) -> models.CheckConstraint:
    """Date ``later`` is on or after ``earlier`` (a period that does not end
    before it starts); ``open_ended`` allows ``later`` to be empty."""
    condition = Q(**{f"{later}__gte": F(earlier)})
    if open_ended:
        condition = Q(**{f"{later}__isnull": True}) | condition
    return models.CheckConstraint(condition=condition, name=name)


def non_empty_span(name: str) -> models.CheckConstraint:
    """A character span ``start``..``end`` covers at least one character."""
    return models.CheckConstraint(condition=Q(end__gt=F("start")), name=name)


def unique(
    name: str, *fields: str, condition: models.Q | None = None
) -> models.UniqueConstraint:
    """One row per combination of ``fields`` (among the rows that meet
    ``condition``, when given)."""
    if condition is None:
        return models.UniqueConstraint(fields=fields, name=name)
    return models.UniqueConstraint(fields=fields, condition=condition, name=name)


def open_period(
    name: str, *, end: str = "ends_on", start: str = "starts_on"
) -> models.CheckConstraint:
    """A period from ``start`` that may still be open: ``end`` is empty or
    on or after ``start`` (a hold, a partnership, an advice until lifted)."""
    return not_before(name, later=end, earlier=start, open_ended=True)
