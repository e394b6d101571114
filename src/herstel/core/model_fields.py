# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Date and time fields for a step that may not have happened yet.

Records note when a step happened (answered, lifted, destroyed, sent): the
column stays empty until then, and a form may leave it empty. Each helper
returns the ordinary Django field (``makemigrations --check`` guards that
nothing changes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


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
