# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A wrong short name is explained in words, not as Django's "geldige 'slug'"
(regression, issue 16 bug 8)."""

from django.utils import translation

import pytest

from herstel.network.forms import GroupForm

pytestmark = pytest.mark.django_db


def test_a_wrong_short_name_is_explained_without_the_word_slug():
    with translation.override("nl"):
        form = GroupForm(
            data={"name": "Wijkraad", "slug": "Wijk raad!", "access": "open"}
        )
        assert not form.is_valid()
        (message,) = form.errors["slug"]
    assert "slug" not in message.lower()
    assert "kleine letters, cijfers en koppeltekens" in message
