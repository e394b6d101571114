# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A confirmation step before an action that cannot be undone.

The page names what will happen and asks the person to type the object's
reference (as GitHub asks for a repository's name before deleting it), so
a slip of the mouse cannot approve or destroy anything. The action's view
posts twice: without ``confirm_reference`` it shows this page, with it the
action runs when the typed reference matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.http import HttpRequest
from django.http import HttpResponse
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .views import form_render

__all__ = ["ConfirmForm", "confirm_requested", "confirm_unless_typed"]

FIELD = "confirm_reference"


class ConfirmForm(forms.Form):
    confirm_reference = forms.CharField(
        label=_("Type the reference to confirm"),
        max_length=64,
        strip=True,
        error_messages={"required": _("Type the reference to confirm.")},
    )

    def __init__(self, *args: Any, reference: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reference = reference
        field = self.fields[FIELD]
        field.help_text = gettext("Type %(reference)s exactly as shown.") % {
            "reference": reference
        }
        field.widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})

    def clean_confirm_reference(self) -> str:
        typed = self.cleaned_data[FIELD]
        if typed.casefold() != self.reference.casefold():
            raise forms.ValidationError(
                gettext(
                    "The reference you typed does not match. Type %(reference)s "
                    "to confirm; nothing has happened yet."
                )
                % {"reference": self.reference}
            )
        return typed


def confirm_requested(request: HttpRequest) -> bool:
    """Whether the post carries a typed reference (the second step)."""
    return FIELD in request.POST


def confirm_unless_typed(
    request: HttpRequest,
    *,
    reference: str,
    title: str | Promise,
    consequences: Sequence[str | Promise],
    action_url: str,
    button: str | Promise,
    cancel_url: str,
    hidden: dict[str, str] | None = None,
) -> HttpResponse | None:
    """``None`` when the post carries ``reference``, typed right: go ahead.
    Otherwise the confirmation page: what will happen, and the reference to
    type (status 400, with the error, after a wrong reference)."""
    form = ConfirmForm(
        request.POST if confirm_requested(request) else None, reference=reference
    )
    if form.is_bound and form.is_valid():
        return None
    return form_render(
        request,
        "core/confirm.html",
        {
            "form": form,
            "title": title,
            "reference": reference,
            "consequences": consequences,
            "action_url": action_url,
            "button": button,
            "cancel_url": cancel_url,
            "hidden": sorted((hidden or {}).items()),
        },
    )
