# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The shared passage form: the n-th occurrence of the exact words, or an error
where the subclass says."""

from __future__ import annotations

from django import forms
from django.utils import translation

import pytest

from herstel.core.form_parts import PassageForm
from herstel.core.form_parts import check_period
from herstel.core.form_parts import nth_position
from herstel.core.form_parts import occurrence_field
from herstel.core.form_parts import own_email_field
from herstel.core.form_parts import passage_field

TEXT = "de raad en de burgemeester en de raad"


class _AtField(PassageForm):
    not_found = "not that often"
    text = passage_field("Passage", "help")
    occurrence = occurrence_field("help")


class _AtForm(_AtField):
    not_found_field = None


@pytest.mark.parametrize(
    ("passage", "occurrence", "expected"),
    [("de raad", 1, 0), ("de raad", 2, 30), ("de raad", 3, -1), ("wethouder", 1, -1)],
)
def test_nth_position(passage, occurrence, expected):
    assert nth_position(TEXT, passage, occurrence) == expected


def test_a_found_passage_gets_its_start_and_end():
    form = _AtField({"text": "de raad", "occurrence": 2}, document_text=TEXT)
    assert form.is_valid(), form.errors
    assert (form.cleaned_data["start"], form.cleaned_data["end"]) == (30, 37)
    assert TEXT[30:37] == "de raad"


def test_a_missing_occurrence_is_shown_where_the_form_says():
    at_field = _AtField({"text": "de raad", "occurrence": 3}, document_text=TEXT)
    assert not at_field.is_valid()
    assert at_field.errors["text"] == ["not that often"]
    assert "start" not in at_field.cleaned_data
    at_form = _AtForm({"text": "de raad", "occurrence": 3}, document_text=TEXT)
    assert not at_form.is_valid()
    assert at_form.non_field_errors() == ["not that often"]
    assert "text" not in at_form.errors


def test_occurrence_starts_at_one_and_the_passage_is_bounded():
    form = _AtField({"text": "x" * 501, "occurrence": 0}, document_text=TEXT)
    assert not form.is_valid()
    assert set(form.errors) == {"text", "occurrence"}


def test_own_email_field_lets_the_browser_fill_it_in():
    field = own_email_field("help")
    assert isinstance(field, forms.EmailField)
    assert field.widget.attrs["autocomplete"] == "email"
    with translation.override("en"):
        assert str(field.label) == "E-mail address"


class _Period(forms.Form):
    since = forms.DateField(required=False)
    until = forms.DateField(required=False)

    def clean(self):
        data = super().clean() or {}
        check_period(self, data, "since", "until", "backwards", field="until")
        return data


@pytest.mark.parametrize(
    ("since", "until", "valid"),
    [
        ("2024-03-01", "2024-02-01", False),
        ("2024-03-01", "2024-03-01", True),
        ("2024-03-01", "2024-04-01", True),
        ("2024-03-01", "", True),
        ("", "2024-02-01", True),
    ],
)
def test_check_period_refuses_an_end_before_the_start(since, until, valid):
    form = _Period({"since": since, "until": until})
    assert form.is_valid() is valid
    if not valid:
        assert form.errors == {"until": ["backwards"]}
