# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""posted_object: the object a button posts by its key, only from the queryset."""

from django.test import RequestFactory

import pytest

from herstel.accounts.models import User
from herstel.accounts.tests.factories import UserFactory
from herstel.core.posted import posted_object

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "found"),
    [("mine", True), ("other", False), ("", False), ("12a", False), ("-1", False)],
)
def test_posted_object_is_read_only_from_the_queryset(value, found):
    mine, other = UserFactory(), UserFactory()
    posted = {"mine": str(mine.pk), "other": str(other.pk)}.get(value, value)
    request = RequestFactory().post("/", {"user": posted})
    result = posted_object(request, "user", User.objects.filter(pk=mine.pk))
    assert result == (mine if found else None)


def test_posted_object_without_the_field_is_none():
    request = RequestFactory().post("/", {})
    assert posted_object(request, "user", User.objects.all()) is None
