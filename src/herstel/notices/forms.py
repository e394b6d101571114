# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from herstel.core.form_fields import DateInput
from herstel.core.form_fields import text_box

from .constants import Decision
from .constants import LetterStatus
from .constants import NotInformedGround
from .models import PublicNotice


class PublicNoticeForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    published_on = forms.DateField(label=_("Published on"), widget=DateInput)
    url = forms.URLField(label=_("Link"), max_length=500, assume_scheme="https")
    description = text_box(_("Description"), rows=3, required=False)


class NoticeDecisionForm(forms.Form):
    """How one subject is informed; a ground is required when not personally."""

    decision = forms.ChoiceField(
        label=_("How is this person informed?"),
        choices=Decision.choices,
        widget=forms.RadioSelect,
    )
    ground = forms.ChoiceField(
        label=_("Ground for not informing personally"),
        choices=[
            ("", _("(only when not informed personally)")),
            *NotInformedGround.choices,
        ],
        required=False,
    )
    public_notice = forms.ModelChoiceField(
        label=_("Covered by the public notice"),
        queryset=PublicNotice.objects.order_by("-published_on"),
        required=False,
        empty_label=_("(the latest public notice)"),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") == Decision.NOT_PERSONAL and not data.get("ground"):
            self.add_error(
                "ground", _("Give the ground for not informing the person personally.")
            )
        return data


class LetterGenerateForm(forms.Form):
    sender = forms.CharField(
        label=_("Sender"),
        max_length=200,
        help_text=_("The organisation that signs the letter, e.g. the ministry."),
    )


class LetterMarkForm(forms.Form):
    status = forms.ChoiceField(
        label=_("What happened to the letter?"),
        choices=[
            (LetterStatus.SENT, _("It was sent")),
            (LetterStatus.RETURNED, _("It came back undelivered")),
        ],
        widget=forms.RadioSelect,
    )
    on = forms.DateField(label=_("On"), widget=DateInput)
