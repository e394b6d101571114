# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Password, then TOTP: the second factor cannot be skipped; guessing is throttled."""

from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.services import totp_current_code
from herstel.audit.models import AuditEvent

from .factories import PASSWORD
from .factories import TOTPDeviceFactory
from .factories import UserFactory
from .factories import login_verified

pytestmark = pytest.mark.django_db


def _password_login(client, user, password=PASSWORD):
    return client.post(
        reverse("accounts:login"), {"username": user.username, "password": password}
    )


def test_staff_password_login_leads_to_code_page_and_nothing_else():
    """After the password alone, every staff page redirects to the code page."""
    user = UserFactory(roles=[Role.ANALYST])
    TOTPDeviceFactory(user=user)
    from django.test import Client

    client = Client()
    response = _password_login(client, user)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:verify"))
    for url in (reverse("home"), reverse("dossiers:list"), reverse("admin:index")):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("accounts:verify"))


def test_correct_code_verifies_the_session(client):
    user = UserFactory(roles=[Role.ANALYST])
    device = TOTPDeviceFactory(user=user)
    _password_login(client, user)
    response = client.post(
        reverse("accounts:verify"), {"token": totp_current_code(device=device)}
    )
    assert response.status_code == 302
    assert client.get(reverse("dossiers:list")).status_code == 200
    events = list(AuditEvent.objects.values_list("event", flat=True))
    assert "account.logged_in" in events
    assert "account.second_factor_verified" in events


def test_wrong_code_is_refused_and_audited(client):
    user = UserFactory(roles=[Role.ANALYST])
    device = TOTPDeviceFactory(user=user)
    _password_login(client, user)
    good = totp_current_code(device=device)
    wrong = str((int(good) + 1) % 1_000_000).zfill(6)
    response = client.post(reverse("accounts:verify"), {"token": wrong})
    assert response.status_code == 400
    assert client.get(reverse("home")).status_code == 302
    assert AuditEvent.objects.filter(event="account.second_factor_failed").exists()


def test_code_guessing_is_throttled(client):
    """After a wrong code, even the right one is refused until the back-off ends."""
    user = UserFactory(roles=[Role.REVIEWER])
    device = TOTPDeviceFactory(user=user)
    _password_login(client, user)
    client.post(reverse("accounts:verify"), {"token": "000000"})
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    response = client.post(
        reverse("accounts:verify"), {"token": totp_current_code(device=device)}
    )
    assert response.status_code == 400


def test_user_without_device_must_set_one_up(client):
    user = UserFactory(roles=[Role.PRIVACY_OFFICER])
    response = _password_login(client, user)
    assert response["Location"] == reverse("accounts:setup")
    response = client.get(reverse("accounts:setup"))
    assert response.status_code == 200
    assert b"<svg" in response.content
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(
        reverse("accounts:setup"), {"token": totp_current_code(device=device)}
    )
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("audit:list")).status_code == 200


def test_existing_device_cannot_be_replaced_with_the_password_alone(client):
    user = UserFactory(roles=[Role.ANALYST])
    TOTPDeviceFactory(user=user)
    _password_login(client, user)
    response = client.get(reverse("accounts:setup"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:verify"))


def test_network_member_needs_no_second_factor(client):
    user = UserFactory(roles=[Role.NETWORK_MEMBER])
    response = _password_login(client, user)
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200


def test_login_is_locked_after_repeated_failures(client, settings):
    """django-axes locks the user name + address after the failure limit."""
    user = UserFactory(roles=[Role.ANALYST])
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = _password_login(client, user, password="wrong-password")
    response = _password_login(client, user)
    assert response.status_code == 429
    assert (
        b"Te veel mislukte pogingen" in response.content
        or b"Too many" in response.content
    )


def test_sessions_expire():
    from django.conf import settings

    assert settings.SESSION_COOKIE_AGE <= 60 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_open_redirect_after_verification_is_refused(client):
    user = UserFactory(roles=[Role.ANALYST])
    device = TOTPDeviceFactory(user=user)
    _password_login(client, user)
    response = client.post(
        reverse("accounts:verify") + "?next=https://evil.example/",
        {"token": totp_current_code(device=device), "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("work")  # staff land on "Mijn werk"


def test_logout_is_audited(client):
    user = UserFactory(roles=[Role.ANALYST])
    login_verified(client, user)
    client.post(reverse("accounts:logout"))
    assert AuditEvent.objects.filter(
        event="account.logged_out", actor_id=user.pk
    ).exists()
