# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from herstel.core.form_parts import PassageForm
from herstel.core.form_parts import occurrence_field
from herstel.core.form_parts import passage_field
from herstel.detection.base import Category

from .constants import MentionStatus


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)
        self.empty_names: list[str] = []

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        """Clean each file; empty files are set aside in :attr:`empty_names`.

        One empty file must not reject a whole batch: it is reported by name
        and the other files are accepted. A batch of only empty files is an
        error that names them.
        """
        single = super().clean
        items = list(data) if isinstance(data, list | tuple) else [data]
        self.empty_names = [
            str(item.name)
            for item in items
            if item is not None and getattr(item, "size", None) == 0
        ]
        kept = [
            item for item in items if item is None or getattr(item, "size", None) != 0
        ]
        if self.empty_names and not kept:
            raise forms.ValidationError(
                _("These files are empty: %(names)s."),
                code="empty",
                params={"names": ", ".join(self.empty_names)},
            )
        if self.required and not any(item is not None for item in kept):
            # An empty list never reaches FileField's own required check.
            raise forms.ValidationError(
                self.error_messages["required"], code="required"
            )
        return [single(item, initial) for item in kept]


class UploadForm(forms.Form):
    documents = MultipleFileField(
        label=_("Files"),
        help_text=_(
            "PDF, Word, Excel, PowerPoint, OpenDocument, RTF, EPUB, e-mail (EML, "
            "MSG, mbox), HTML, text or ZIP. Empty files are named and skipped. "
            "For thousands of files use the command 'herstel ingest'."
        ),
    )


class MentionDecisionForm(forms.Form):
    status = forms.ChoiceField(
        choices=[
            (MentionStatus.CONFIRMED, _("Confirm")),
            (MentionStatus.REJECTED, _("Reject")),
            (MentionStatus.PROPOSED, _("Undo")),
        ]
    )


class MentionAddForm(PassageForm):
    """Mark text the engine missed: the exact text and which occurrence.

    The browser fills both from a text selection; without JavaScript the
    analyst types them.
    """

    not_found = _("This text does not appear that often in the document.")
    not_found_field = None

    category = forms.ChoiceField(label=_("Category"), choices=Category.choices)
    text = passage_field(
        _("Exact text"),
        _("Select it in the document, or type it exactly as it appears."),
    )
    occurrence = occurrence_field(
        _("1 for the first place the text appears, 2 for the second, …")
    )


class SubjectSearchForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        help_text=_(
            'Any spelling: "A. el Amrani", "El Amrani, A.", "Ahmed el Amrani".'
        ),
        max_length=200,
    )
    place = forms.CharField(label=_("Place (optional)"), max_length=100, required=False)
    birth_date = forms.DateField(
        label=_("Date of birth (optional)"),
        required=False,
        input_formats=["%d-%m-%Y", "%Y-%m-%d"],
        widget=forms.DateInput(format="%d-%m-%Y"),
    )
