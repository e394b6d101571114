# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from herstel.core.form_fields import DateInput
from herstel.core.form_fields import text_box
from herstel.core.form_parts import PassageForm
from herstel.core.form_parts import occurrence_field
from herstel.core.form_parts import passage_field
from herstel.detection.base import Category
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier

from .constants import Action
from .constants import HoldAuthority
from .models import Disposition
from .models import Ground


def _set_queryset(field: forms.Field, queryset: Any) -> None:
    assert isinstance(field, forms.ModelChoiceField)
    field.queryset = queryset


class ProposeForm(forms.Form):
    """One disposition for the documents ticked in the list."""

    documents = forms.ModelMultipleChoiceField(
        queryset=Document.objects.none(),
        label=_("Documents"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one document.")},
    )
    action = forms.ChoiceField(label=_("Disposition"), choices=Action.choices)
    reason = text_box(_("Reason"))
    legal_basis = forms.CharField(
        label=_("Legal basis"),
        max_length=300,
        help_text=_("E.g. AVG art. 17 lid 1 sub a, or Archiefwet art. 3."),
    )
    retention_class = forms.CharField(
        label=_("Retention class (selection list)"),
        max_length=30,
        required=False,
        help_text=_("Required for redact and archive; leave empty otherwise."),
    )
    retention_years = forms.IntegerField(
        label=_("Retention period in years"),
        min_value=1,
        max_value=200,
        required=False,
        help_text=_("Required for redact and archive; leave empty otherwise."),
    )
    retention_start = forms.DateField(
        label=_("Start of the retention period"),
        required=False,
        widget=DateInput,
        help_text=_("Required for redact and archive; leave empty otherwise."),
    )

    def __init__(self, *args: Any, documents: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_queryset(self.fields["documents"], documents)


class FilterForm(forms.Form):
    category = forms.ChoiceField(
        label=_("With personal data of category"),
        choices=[("", _("any")), *Category.choices],
        required=False,
    )
    undecided = forms.BooleanField(
        label=_("Only without a disposition"), required=False
    )


class DecideForm(forms.Form):
    dispositions = forms.ModelMultipleChoiceField(
        queryset=Disposition.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Proposals"),
        error_messages={"required": _("Tick at least one proposal.")},
    )
    decision = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("reject", _("Reject"))],
        label=_("Decision"),
    )
    note = forms.CharField(
        label=pgettext_lazy("decision", "Note"), required=False, max_length=1000
    )

    def __init__(self, *args: Any, dispositions: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_queryset(self.fields["dispositions"], dispositions)


class HoldForm(forms.Form):
    authority = forms.ChoiceField(label=_("Authority"), choices=HoldAuthority.choices)
    reference = forms.CharField(label=_("Reference of the authority"), max_length=100)
    reason = text_box(_("Reason"))
    dossier = forms.ModelChoiceField(
        queryset=Dossier.objects.none(), label=_("Dossier"), required=False
    )
    document_reference = forms.CharField(
        label=_("Or one document (reference)"), max_length=30, required=False
    )
    subject_reference = forms.CharField(
        label=_("Or one data subject (number, e.g. S-12)"),
        help_text=_("Holds every document that mentions this person."),
        max_length=20,
        required=False,
    )
    starts_on = forms.DateField(
        label=_("Starts on"), widget=DateInput, initial=timezone.localdate
    )
    ends_on = forms.DateField(label=_("Ends on"), widget=DateInput, required=False)

    def __init__(
        self,
        *args: Any,
        dossiers: Any,
        documents: Any,
        subjects: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        _set_queryset(self.fields["dossier"], dossiers)
        self._documents = documents
        self._subjects = subjects

    def clean_subject_reference(self) -> str:
        return (self.cleaned_data.get("subject_reference") or "").strip().upper()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        reference = (data.get("document_reference") or "").strip()
        subject_reference = data.get("subject_reference") or ""
        data["document"] = None
        data["subject"] = None
        if reference:
            document = self._documents.filter(reference=reference.upper()).first()
            if document is None:
                self.add_error(
                    "document_reference", _("There is no document with this reference.")
                )
            data["document"] = document
        if subject_reference:
            number = subject_reference.removeprefix("S-").strip()
            subject = (
                self._subjects.filter(pk=int(number)).first()
                if number.isdigit()
                else None
            )
            if subject is None:
                self.add_error(
                    "subject_reference", _("There is no data subject with this number.")
                )
            data["subject"] = subject
        given = [bool(data.get("dossier")), bool(reference), bool(subject_reference)]
        if sum(given) != 1:
            raise ValidationError(
                _("Choose a dossier, or give one document or one data subject.")
            )
        return data


class LiftForm(forms.Form):
    reason = forms.CharField(label=_("Reason for lifting"), max_length=1000)


class RunForm(forms.Form):
    dossier = forms.ModelChoiceField(
        queryset=Dossier.objects.none(), label=_("Dossier")
    )
    planned_for = forms.DateField(
        label=_("Destroy on"), widget=DateInput, initial=timezone.localdate
    )
    legal_basis = forms.CharField(
        label=_("Legal basis"),
        max_length=300,
        help_text=_("E.g. AVG art. 17 lid 1 sub a."),
    )

    def __init__(self, *args: Any, dossiers: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_queryset(self.fields["dossier"], dossiers)


class LocationForm(forms.Form):
    officer_name = forms.CharField(label=_("Officer (name)"), max_length=200)
    confirmed_on = forms.DateField(
        label=_("Date"), widget=DateInput, initial=timezone.localdate
    )
    note = text_box(_("How it was done"), required=False, max_length=1000)


class GroundForm(forms.Form):
    code = forms.CharField(label=_("Code on the box"), max_length=20)
    article = forms.CharField(label=_("Article"), max_length=200)
    description = forms.CharField(
        label=pgettext_lazy("redaction ground", "Description"),
        max_length=300,
        required=False,
    )
    categories = forms.MultipleChoiceField(
        label=_("Proposed for categories"),
        choices=Category.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    active = forms.BooleanField(label=_("Active"), required=False, initial=True)
    position = forms.IntegerField(label=_("Position"), min_value=0, initial=0)


class RedactionAddForm(PassageForm):
    """A passage to redact, found by its text and which occurrence it is."""

    not_found = _("This passage does not occur that often in the text.")

    text = passage_field(
        _("Passage to redact"), _("Copy the exact words from the text.")
    )
    occurrence = occurrence_field(
        _("1 for the first time the passage appears, 2 for the second…")
    )
    ground = forms.ModelChoiceField(queryset=Ground.objects.none(), label=_("Ground"))

    def __init__(self, *args: Any, grounds: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_queryset(self.fields["ground"], grounds)


class BoxForm(forms.Form):
    included = forms.TypedChoiceField(
        choices=[("1", _("Redact")), ("0", _("Do not redact"))],
        coerce=lambda value: value == "1",
        required=False,
        empty_value=None,
    )
    ground = forms.ModelChoiceField(
        queryset=Ground.objects.none(), required=False, label=_("Ground")
    )

    def __init__(self, *args: Any, grounds: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _set_queryset(self.fields["ground"], grounds)
