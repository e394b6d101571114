# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstel.core.form_fields import DateInput
from herstel.core.form_fields import text_box

from .constants import Judgement


class RegisterForm(forms.Form):
    received_on = forms.DateField(
        label=_("Received on"),
        initial=timezone.localdate,
        widget=DateInput,
    )
    subject = text_box(_("What the request is about"), rows=3, max_length=300)
    requester_name = forms.CharField(
        label=_("Requester's name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    requester_email = forms.EmailField(
        label=_("Requester's e-mail address"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    requester_address = forms.CharField(
        label=_("Requester's postal address"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off"}),
    )


class ScopeForm(forms.Form):
    dossier: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Dossier"), queryset=None
    )
    category = forms.ChoiceField(label=_("Only documents that mention"), required=False)
    references = text_box(
        _("Only these documents (references, one per line or comma-separated)"),
        rows=4,
        required=False,
    )

    def __init__(self, *args: Any, dossiers: Any, categories: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = self.fields["dossier"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = dossiers
        category = self.fields["category"]
        assert isinstance(category, forms.ChoiceField)
        category.choices = [("", _("any personal data or none")), *list(categories)]

    def clean_references(self) -> list[str]:
        raw = self.cleaned_data.get("references", "")
        return [r.strip() for r in raw.replace(",", "\n").splitlines() if r.strip()]


class AssessForm(forms.Form):
    judgement = forms.ChoiceField(
        label=_("Assessment"), choices=Judgement.choices, widget=forms.RadioSelect
    )
    grounds = forms.MultipleChoiceField(
        label=_("Grounds for withholding"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    link = forms.URLField(
        label=_("Where it is already public"), required=False, assume_scheme="https"
    )
    remark = text_box(_("Explanation"), required=False, max_length=1000)

    def __init__(self, *args: Any, grounds: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = self.fields["grounds"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(g.code, f"{g.code} – {g.article}") for g in grounds]


class ReasonForm(forms.Form):
    reason = text_box(_("Reason (sent to the requester)"), rows=3)


class ThirdPartyForm(forms.Form):
    label = forms.CharField(
        label=_("Third party asked for its view"),
        max_length=200,
        help_text=_('An organisation or a role ("author of document 3").'),
    )
    asked_on = forms.DateField(
        label=_("Asked on"),
        initial=timezone.localdate,
        widget=DateInput,
    )


class ViewForm(forms.Form):
    note = text_box(_("What the view says"))


class ProposeForm(forms.Form):
    summary = text_box(
        _("Considerations for the decision letter"), rows=4, required=False
    )


class ReturnForm(forms.Form):
    note = text_box(_("What has to change"))


class PublishForm(forms.Form):
    url = forms.URLField(
        label=_("Public address of the decision"), assume_scheme="https"
    )
    published_on = forms.DateField(
        label=_("Published on"),
        initial=timezone.localdate,
        widget=DateInput,
    )
