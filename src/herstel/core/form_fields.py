# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Form field declarations that every context writes the same way."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.functional import Promise


def text_box(label: str | Promise, *, rows: int = 2, **kwargs: Any) -> forms.CharField:
    """A free-text answer of a few lines (a reason, a note, a summary): a
    ``CharField`` shown as a text area ``rows`` lines high."""
    return forms.CharField(
        label=label, widget=forms.Textarea(attrs={"rows": rows}), **kwargs
    )
