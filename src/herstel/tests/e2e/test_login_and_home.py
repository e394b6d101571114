# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A staff user logs in with 2FA, switches language and sees the role home page;
axe-core finds no serious or critical violations on these pages."""

import re

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.services import totp_current_code
from herstel.accounts.tests.factories import PASSWORD
from herstel.accounts.tests.factories import TOTPDeviceFactory
from herstel.accounts.tests.factories import UserFactory

from .conftest import axe_serious

# No serialized_rollback: restoring the serialized database after another
# transactional test's flush collides with the content types that the flush's
# post_migrate signal recreates. The factories create the role groups instead.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_staff_logs_in_with_2fa_switches_language_and_sees_home(live_server, page):
    user = UserFactory(username="anna", first_name="Anna", roles=[Role.PRIVACY_OFFICER])
    device = TOTPDeviceFactory(user=user)

    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", name="Inloggen").is_visible()
    assert axe_serious(page) == []
    page.get_by_label("Gebruikersnaam").fill("anna")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Volgende").click()

    page.wait_for_url(re.compile(r"/accounts/verify/"))
    assert axe_serious(page) == []
    page.get_by_label("Verificatiecode").fill(totp_current_code(device=device))
    page.get_by_role("button", name="Controleren").click()

    # Staff land on "Mijn werk"; the home page says who they are.
    page.get_by_role("heading", name="Mijn werk").wait_for()
    page.get_by_role("link", name="Home").first.click()
    page.get_by_role("heading", name="Welkom, Anna").wait_for()
    _open_more_menu(page)
    assert page.get_by_role("link", name="Audittrail").first.is_visible()
    assert page.get_by_text("Functionaris gegevensbescherming").is_visible()
    assert axe_serious(page) == []

    # The language switch is a plain link (issue 16: no form, no button).
    page.get_by_role("link", name="English").click()
    page.get_by_role("heading", name="Welcome, Anna").wait_for()
    assert page.locator("html").get_attribute("lang") == "en"
    _open_more_menu(page)
    assert page.get_by_role("link", name="Audit trail").first.is_visible()
    assert axe_serious(page) == []

    page.get_by_role("link", name="Audit trail").first.click()
    page.get_by_role("heading", name="Audit trail").wait_for()
    assert page.get_by_role(
        "cell", name="Verified the second factor"
    ).first.is_visible()
    assert axe_serious(page) == []


def test_analyst_without_code_cannot_reach_documents(live_server, page):
    user = UserFactory(username="bert", roles=[Role.ANALYST])
    TOTPDeviceFactory(user=user)
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill("bert")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Volgende").click()
    page.wait_for_url(re.compile(r"/accounts/verify/"))
    page.goto(live_server.url + "/dossiers/")
    assert "/accounts/verify/" in page.url
    page.get_by_label("Verificatiecode").fill("123456")
    page.get_by_role("button", name="Controleren").click()
    # At the field, and as a link to it in the error summary above the form.
    errors = page.locator(".error-list")
    assert errors.get_by_text("Deze code is niet geldig").is_visible()
    assert page.locator('.error-summary a[href="#id_token"]').is_visible()


def _open_more_menu(page) -> None:
    """Open the header's "More" menu when the role has one."""
    menu = page.locator(".site-nav__menu > summary")
    if menu.count():
        menu.click()
