# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Columns that records declare the same way everywhere.

Records note when they were made and by whom, and when a step happened
(answered, lifted, destroyed, sent): such a column stays empty until then, and
a form may leave it empty. Many keep a list of codes or notes as JSON. Each
helper returns the ordinary Django field (``makemigrations --check`` guards
that nothing changes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.db import models

from herstel.core.model_parts import user_link

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def created_moment(
    verbose_name: StrOrPromise | None = None, **extra: Any
) -> models.DateTimeField[Any, Any]:
    """When the record was made: set once, when it is first saved."""
    return models.DateTimeField(verbose_name, auto_now_add=True, **extra)


def acted(
    by: StrOrPromise, at: StrOrPromise, *, optional: bool = False
) -> tuple[models.ForeignKey[Any, Any], models.DateTimeField[Any, Any]]:
    """Who did what the record notes (a protected link to the user, see
    ``user_link``; ``optional``: may be empty) and when, set as the record is
    made: ``granted_by, granted_at = acted(_("granted by"), _("granted at"))``.
    """
    return user_link(by, optional=optional), created_moment(at)


def optional_moment(
    verbose_name: StrOrPromise | None = None, **extra: Any
) -> models.DateTimeField[Any, Any]:
    """When a step happened (date and time); empty until it has."""
    return models.DateTimeField(verbose_name, null=True, blank=True, **extra)


def optional_date(
    verbose_name: StrOrPromise | None = None, **extra: Any
) -> models.DateField[Any, Any]:
    """The day a step happened or ends; empty until it is known."""
    return models.DateField(verbose_name, null=True, blank=True, **extra)


def list_field(
    verbose_name: StrOrPromise | None = None, **extra: Any
) -> models.JSONField[Any, Any]:
    """A list kept as JSON (codes, reasons, notes); empty by default."""
    return models.JSONField(verbose_name, default=list, blank=True, **extra)
