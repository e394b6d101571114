# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""F6: behind a trusted proxy, lockout and limits key on the real client address.

Without configured proxies X-Forwarded-For is ignored (a client cannot pick its
own address); from a trusted proxy the client named in the header counts.
"""

import time

from django.core import signing
from django.core.cache import cache
from django.test import Client
from django.test import RequestFactory
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import PASSWORD
from herstel.accounts.tests.factories import UserFactory
from herstel.core.client import client_address
from herstel.inquiries.forms import FORM_SALT
from herstel.inquiries.models import AccessRequest
from herstel.inquiries.tests.factories import CampaignFactory

PROXY = "10.0.0.5"


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


def _meta(remote: str, forwarded: str | None = None) -> dict[str, str]:
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return meta


@pytest.mark.parametrize(
    ("proxies", "count", "remote", "forwarded", "expected"),
    [
        # No trusted proxy: the header is ignored, whoever sends it.
        ([], 1, "203.0.113.7", "198.51.100.1", "203.0.113.7"),
        # A trusted proxy names the client.
        ([PROXY], 1, PROXY, "203.0.113.7", "203.0.113.7"),
        # A client's own forged entry stays left of what the proxy saw.
        ([PROXY], 1, PROXY, "1.2.3.4, 203.0.113.7", "203.0.113.7"),
        # A connection that is not a trusted proxy cannot name a client.
        ([PROXY], 1, "203.0.113.9", "198.51.100.1", "203.0.113.9"),
        # Networks in CIDR notation; two proxies in a row.
        (["10.0.0.0/24"], 2, PROXY, "1.2.3.4, 203.0.113.7, 10.0.0.9", "203.0.113.7"),
        # A trusted proxy without the header: its own address.
        ([PROXY], 1, PROXY, None, PROXY),
        # IPv6.
        (["2001:db8::/64"], 1, "2001:db8::5", "2001:db8:1::7", "2001:db8:1::7"),
    ],
)
def test_client_address(settings, proxies, count, remote, forwarded, expected):
    settings.HERSTEL_TRUSTED_PROXIES = proxies
    settings.HERSTEL_PROXY_COUNT = count
    request = RequestFactory().get("/", **_meta(remote, forwarded))
    assert client_address(request) == expected


def _login(client, username, password, forwarded):
    return client.post(
        reverse("accounts:login"),
        {"username": username, "password": password},
        **_meta(PROXY, forwarded),
    )


@pytest.mark.django_db
def test_login_lockout_keys_on_the_client_behind_the_proxy(settings):
    settings.HERSTEL_TRUSTED_PROXIES = [PROXY]
    user = UserFactory(roles=[Role.ANALYST])
    attacker, colleague = Client(), Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(attacker, user.username, "wrong-password", "203.0.113.66")
    assert _login(attacker, user.username, PASSWORD, "203.0.113.66").status_code == 429
    # The real user, through the same proxy from another address, still logs in.
    response = _login(colleague, user.username, PASSWORD, "198.51.100.20")
    assert response.status_code == 302


@pytest.mark.django_db
def test_login_lockout_ignores_a_forged_header_without_a_trusted_proxy(settings):
    settings.HERSTEL_TRUSTED_PROXIES = []
    user = UserFactory(roles=[Role.ANALYST])
    client = Client()
    for number in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("accounts:login"),
            {"username": user.username, "password": "wrong-password"},
            **_meta("203.0.113.66", f"198.51.100.{number}"),
        )
    response = client.post(
        reverse("accounts:login"),
        {"username": user.username, "password": PASSWORD},
        **_meta("203.0.113.66", "198.51.100.200"),
    )
    assert response.status_code == 429


def _form_data(number: int) -> dict[str, str]:
    return {
        "names": "Johan van der Berg",
        "places": "Zwolle",
        "birth_date": "04-03-1970",
        "email": f"p{number}@example.nl",
        "address": "",
        "verification_method": "in_person",
        "consent": "on",
        "website": "",
        "started": signing.dumps(time.time() - 60, salt=FORM_SALT),
    }


@pytest.mark.django_db
def test_public_form_limit_keys_on_the_client_behind_the_proxy(settings):
    settings.HERSTEL_TRUSTED_PROXIES = [PROXY]
    settings.HERSTEL_INTAKE_RATE_LIMIT = 2
    campaign = CampaignFactory()
    url = reverse("inquiries:public_form", args=[campaign.slug])
    for number in range(3):
        Client().post(url, _form_data(number), **_meta(PROXY, "203.0.113.66"))
    assert AccessRequest.objects.count() == 2
    # Another citizen behind the same proxy is not refused.
    Client().post(url, _form_data(9), **_meta(PROXY, "198.51.100.20"))
    assert AccessRequest.objects.count() == 3
