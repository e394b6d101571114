# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The confirmation step: the typed reference must match, with a clear,
translated error when it does not."""

from __future__ import annotations

from django.utils import translation

import pytest

from herstel.core.confirm import ConfirmForm


@pytest.mark.parametrize("typed", ["VN-1A2B3C4D", " vn-1a2b3c4d "])
def test_the_reference_as_shown_confirms(typed):
    form = ConfirmForm({"confirm_reference": typed}, reference="VN-1A2B3C4D")
    assert form.is_valid()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "Het getypte kenmerk klopt niet. Typ VN-1A2B3C4D om te bevestigen"),
        ("en", "The reference you typed does not match. Type VN-1A2B3C4D to confirm"),
    ],
)
def test_a_wrong_reference_gets_a_translated_error(language, expected):
    with translation.override(language):
        form = ConfirmForm(
            {"confirm_reference": "VN-1A2B3C4E"}, reference="VN-1A2B3C4D"
        )
        assert not form.is_valid()
        assert form.errors["confirm_reference"][0].startswith(expected)


def test_nothing_typed_is_refused():
    form = ConfirmForm({"confirm_reference": "  "}, reference="AV-123")
    assert not form.is_valid()
    assert "confirm_reference" in form.errors


def test_the_help_text_names_the_reference():
    with translation.override("nl"):
        form = ConfirmForm(reference="AV-123")
        assert "AV-123" in str(form.fields["confirm_reference"].help_text)
        assert form.fields["confirm_reference"].widget.attrs["autocomplete"] == "off"
