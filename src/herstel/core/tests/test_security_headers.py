# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Security headers are on for every page, logged in or not."""

from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified

pytestmark = pytest.mark.django_db


def test_login_page_headers(client):
    response = client.get(reverse("accounts:login"))
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Request-ID"]


def test_pages_for_logged_in_users_are_not_cached(client):
    login_verified(client, UserFactory(roles=[Role.ANALYST]))
    response = client.get(reverse("home"))
    assert "no-store" in response["Cache-Control"]


def test_csrf_is_enforced(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        reverse("accounts:login"), {"username": "x", "password": "y"}
    )
    assert response.status_code == 403
