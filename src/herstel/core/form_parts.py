# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Form fields and base forms that more than one context builds on (next to
:mod:`herstel.core.form_fields`)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def own_email_field(help_text: StrOrPromise) -> forms.EmailField:
    """The e-mail address of the person filling in the form (a citizen, a
    member), which the browser may fill in (``autocomplete="email"``)."""
    return forms.EmailField(
        label=_("E-mail address"),
        help_text=help_text,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


def check_period(
    form: forms.Form,
    data: dict[str, Any],
    start: str,
    end: str,
    message: StrOrPromise,
    *,
    field: str | None,
) -> None:
    """In ``clean``: add ``message`` when the dates in fields ``start`` and
    ``end`` are both given and the end lies before the start; shown at
    ``field`` (``None``: the whole form)."""
    since, until = data.get(start), data.get(end)
    if since and until and until < since:
        form.add_error(field, message)


def passage_field(label: StrOrPromise, help_text: StrOrPromise) -> forms.CharField:
    """The exact words of a passage in a document (see :class:`PassageForm`)."""
    return forms.CharField(label=label, max_length=500, help_text=help_text)


def occurrence_field(help_text: StrOrPromise) -> forms.IntegerField:
    """Which occurrence of a passage is meant: 1 for the first, 2 for the second…"""
    return forms.IntegerField(
        label=_("Occurrence"), min_value=1, initial=1, help_text=help_text
    )


def nth_position(text: str, passage: str, occurrence: int) -> int:
    """Start of the ``occurrence``-th (1-based) ``passage`` in ``text``; -1 when
    it does not occur that often."""
    position = -1
    for _number in range(occurrence):
        position = text.find(passage, position + 1)
        if position < 0:
            break
    return position


class PassageForm(forms.Form):
    """A passage of a document's text, picked by its exact words (field ``text``)
    and which occurrence it is (field ``occurrence``), as a user marks it in a
    document shown on the page. ``clean`` adds the passage's ``start`` and ``end``.

    A subclass declares both fields (their labels say what the passage is for)
    and ``not_found``, the error when the text does not occur that often;
    ``not_found_field`` is the field it is shown at (``None``: the whole form).
    """

    not_found: StrOrPromise
    not_found_field: str | None = "text"

    def __init__(self, *args: Any, document_text: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.document_text = document_text

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        passage, occurrence = data.get("text"), data.get("occurrence")
        if passage and occurrence:
            position = nth_position(self.document_text, passage, occurrence)
            if position < 0:
                self.add_error(self.not_found_field, self.not_found)
            else:
                data["start"], data["end"] = position, position + len(passage)
        return data
