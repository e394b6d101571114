# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Input checks that services share, raising ``ValidationError`` per field so
that a form shows the message next to the field."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.functional import Promise


def text_required(value: str, field: str, message: str | Promise) -> str:
    """``value`` without surrounding white space; refused on ``field`` with
    ``message`` when nothing is left."""
    if not value.strip():
        raise ValidationError({field: message})
    return value.strip()
