# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Form field and widget declarations that every context writes the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django import forms

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def text_box(label: StrOrPromise, *, rows: int = 2, **kwargs: Any) -> forms.CharField:
    """A free-text answer of a few lines (a reason, a note, a summary): a
    ``CharField`` shown as a text area ``rows`` lines high."""
    return forms.CharField(
        label=label, widget=forms.Textarea(attrs={"rows": rows}), **kwargs
    )


class DateInput(forms.DateInput):
    """The browser's date control; it exchanges ISO dates, whatever the language."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")
