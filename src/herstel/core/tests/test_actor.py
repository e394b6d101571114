# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""``request_actor``: the logged-in user of a request, never a visitor."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

import pytest

from herstel.accounts.tests.factories import UserFactory
from herstel.core.actor import request_actor


@pytest.mark.django_db
def test_a_logged_in_request_gives_its_user():
    request = RequestFactory().get("/")
    request.user = user = UserFactory()
    assert request_actor(request) == user


def test_an_anonymous_request_is_refused():
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    with pytest.raises(PermissionDenied):
        request_actor(request)
