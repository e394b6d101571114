# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The network as the people involved use it.

A moderator invites a member; the member joins with consent, registers for a
session with an accessibility need and proposes a topic that another member
supports; the moderator records attendance counts and outcomes and answers
the topic; the member downloads their data and deletes the account, after
which their name is nowhere in the database while the topic remains.
axe-core finds no serious or critical violations on the member-facing pages,
at desktop and phone widths.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

from django.core import mail
from django.utils import timezone

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.services import totp_current_code
from herstel.accounts.tests.factories import PASSWORD
from herstel.accounts.tests.factories import TOTPDeviceFactory
from herstel.accounts.tests.factories import UserFactory
from herstel.network.models import AttendanceCount
from herstel.network.models import Member
from herstel.network.models import Registration
from herstel.network.models import Topic
from herstel.network.tests.dbscan import tables_containing
from herstel.network.tests.factories import GroupFactory
from herstel.network.tests.factories import MeetingFactory
from herstel.network.tests.factories import member_create

from .conftest import axe_serious

# No serialized_rollback: the roles this test needs are created by the
# factories, so it does not depend on what an earlier test left behind.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NAME = "Merel Zonnebloem"
EMAIL = "merel.zonnebloem@example.org"
MEMBER_PASSWORD = "zonnebloem-in-de-wind-2026"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def _axe_both_widths(page) -> None:
    """No serious or critical violations at desktop and at phone width."""
    assert axe_serious(page) == [], page.url
    page.set_viewport_size(PHONE)
    assert axe_serious(page) == [], page.url + " (phone)"
    page.set_viewport_size(DESKTOP)


def _context(browser):
    return browser.new_context(locale="nl-NL", viewport=DESKTOP)


def _login(page, base: str, username: str, password: str) -> None:
    page.goto(base + "/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Volgende").click()


def test_invite_join_take_part_export_and_delete(live_server, browser, page):
    base = live_server.url
    moderator = UserFactory(username="mo", roles=[Role.NETWORK_MODERATOR])
    device = TOTPDeviceFactory(user=moderator)
    group = GroupFactory(name="Klankbordgroep jongeren", slug="jongeren")
    meeting = MeetingFactory(
        title="Reflectiesessie Rotterdam",
        starts_at=timezone.now() + timedelta(days=5),
        agenda="Welkom\nTerugblik\nVooruitblik",
        capacity=30,
    )
    supporter = member_create(display_name="Reiger", email="reiger@example.org")
    supporter.user.username = "reiger"
    supporter.user.save()

    # The moderator logs in with the second factor and sends an invitation.
    _login(page, base, "mo", PASSWORD)
    page.wait_for_url(re.compile(r"/accounts/verify/"))
    page.get_by_label("Verificatiecode").fill(totp_current_code(device=device))
    page.get_by_role("button", name="Controleren").click()
    page.get_by_role("link", name="Netwerk").first.click()
    page.get_by_role("link", name="Een lid uitnodigen").first.click()
    page.get_by_label("E-mailadres", exact=True).fill(EMAIL)
    page.get_by_label("Ook lid maken van groep").select_option(label=group.name)
    page.get_by_role("button", name="Uitnodiging versturen").click()
    page.get_by_text("De uitnodiging is verstuurd.").wait_for()
    assert mail.outbox[-1].to == [EMAIL]
    link = re.search(r"https?://\S+/network/join/\S+/", mail.outbox[-1].body).group(0)
    assert EMAIL not in link

    # The member joins with consent: a pseudonym, the consent text, a login.
    member_context = _context(browser)
    member_page = member_context.new_page()
    member_page.set_default_timeout(15_000)
    member_page.goto(link)
    member_page.get_by_role("heading", name="Lid worden van het netwerk").wait_for()
    assert member_page.get_by_role("heading", name="Wat wij verwerken").is_visible()
    _axe_both_widths(member_page)
    member_page.get_by_label("Weergavenaam", exact=True).fill(NAME)
    member_page.get_by_label("E-mailadres", exact=True).fill(EMAIL)
    member_page.get_by_label(re.compile(r"^Regio")).select_option(label="Zuid-Holland")
    member_page.get_by_label("Wachtwoord", exact=True).fill(MEMBER_PASSWORD)
    member_page.get_by_role("button", name="Lid worden van het netwerk").click()
    # The error stands at the field and, as a link to it, in the summary.
    assert member_page.get_by_text(
        "U kunt alleen meedoen als u toestemming geeft.", exact=True
    ).is_visible()
    assert member_page.locator('.error-summary a[href="#id_consent"]').is_visible()
    member_page.get_by_label("Wachtwoord", exact=True).fill(MEMBER_PASSWORD)
    member_page.get_by_label(
        "Ik heb de tekst hierboven gelezen en geef toestemming"
    ).check()
    member_page.get_by_role("button", name="Lid worden van het netwerk").click()
    member_page.get_by_role("heading", name="Welkom in het netwerk").wait_for()
    login_name = member_page.locator("strong.mono").inner_text()
    assert login_name.startswith("member-")
    _axe_both_widths(member_page)
    member_page.get_by_role("link", name="Naar het netwerk").click()
    member_page.get_by_role("heading", name="Co-creatienetwerk").wait_for()
    _axe_both_widths(member_page)

    # Registers for a session with an accessibility need.
    member_page.get_by_role("link", name=meeting.title).first.click()
    member_page.get_by_role("heading", name=meeting.title).wait_for()
    _axe_both_widths(member_page)
    member_page.get_by_label("Gebarentolk").check()
    member_page.get_by_role("button", name="Aanmelden voor deze bijeenkomst").click()
    member_page.get_by_text("U bent aangemeld voor deze bijeenkomst.").wait_for()
    registration = Registration.objects.get(meeting=meeting)
    assert registration.has_needs

    # Proposes a topic; the privacy guard has nothing to warn about.
    member_page.get_by_role("navigation", name="Netwerk").get_by_role(
        "link", name="Onderwerpen"
    ).click()
    _axe_both_widths(member_page)
    member_page.get_by_role("link", name="Een onderwerp voorstellen").click()
    _axe_both_widths(member_page)
    member_page.get_by_label("Titel", exact=True).fill(
        "Meer ruimte voor jongeren in de dialoog"
    )
    member_page.get_by_label("Beschrijving", exact=True).fill(
        "Jongeren willen vaker zelf aan tafel zitten bij de reflectiesessies."
    )
    member_page.get_by_label(re.compile(r"^Thema")).fill("Jongeren")
    member_page.get_by_role("button", name="Agenderen").click()
    member_page.get_by_text("Uw onderwerp staat op de lijst.").wait_for()
    assert member_page.get_by_text(f"Voorgesteld door {NAME}").is_visible()
    _axe_both_widths(member_page)
    topic = Topic.objects.get()

    # Another member supports it.
    other_context = _context(browser)
    other_page = other_context.new_page()
    other_page.set_default_timeout(15_000)
    _login(other_page, base, "reiger", PASSWORD)
    other_page.goto(base + f"/network/topics/{topic.pk}/")
    other_page.get_by_role("button", name="Dit onderwerp steunen").click()
    other_page.get_by_text("U steunt dit onderwerp.").first.wait_for()
    other_context.close()
    assert topic.supports.count() == 1

    # The moderator records attendance counts and outcomes, and answers.
    page.goto(base + f"/network/sessions/{meeting.pk}/")
    assert page.get_by_text("Gebarentolk").is_visible()
    assert NAME not in page.content()
    page.get_by_role("link", name="Aanwezigheid en uitkomsten vastleggen").click()
    page.get_by_label(re.compile(r"^Moskeekoepels")).fill("6")
    page.get_by_label(re.compile(r"^Jongeren")).fill("14")
    page.get_by_label(re.compile(r"^Imams")).fill("3")
    page.get_by_label(re.compile(r"^Uitkomsten")).fill(
        "Deelnemers willen vaker in gesprek."
    )
    page.get_by_label(re.compile(r"^Wat we met uw inbreng")).fill(
        "Opgenomen in de voortgangsbrief aan de Kamer."
    )
    page.get_by_role("button", name="Aanwezigheid en uitkomsten opslaan").click()
    page.get_by_text("Aanwezigheid en uitkomsten zijn opgeslagen.").wait_for()
    assert page.get_by_text("Deelnemers per categorie (23 in totaal)").is_visible()
    assert AttendanceCount.objects.filter(meeting=meeting).count() == 3
    page.goto(base + f"/network/topics/{topic.pk}/")
    page.get_by_label("Nieuwe status").select_option(label="Beantwoord")
    page.get_by_label("Openbaar antwoord").fill(
        "Vanaf de volgende reeks schuift een jongerenpanel aan."
    )
    page.get_by_role("button", name="Status en antwoord opslaan").click()
    page.get_by_text("Het onderwerp is bijgewerkt en beantwoord.").wait_for()

    # The member sees the answer and the outcomes, and downloads their data.
    member_page.goto(base + f"/network/topics/{topic.pk}/")
    assert member_page.get_by_text("Vanaf de volgende reeks").is_visible()
    member_page.goto(base + f"/network/sessions/{meeting.pk}/")
    assert member_page.get_by_text("Opgenomen in de voortgangsbrief").is_visible()
    _axe_both_widths(member_page)
    member_page.get_by_role("link", name="Mijn profiel en gegevens").click()
    _axe_both_widths(member_page)
    with member_page.expect_download() as download_info:
        member_page.get_by_role("link", name="(JSON)").click()
    data = json.loads(Path(download_info.value.path()).read_text(encoding="utf-8"))
    assert data["profile"]["display_name"] == NAME
    assert data["registrations"][0]["needs"]["needs"] == ["sign_language"]
    assert data["topics"][0]["title"] == topic.title
    with member_page.expect_download() as download_info:
        member_page.get_by_role("link", name="(HTML)").click()
    html = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert NAME in html and "Mijn gegevens in het netwerk" in html

    # Deletes the account: the name is nowhere, the topic stays anonymised.
    member_page.get_by_role(
        "link", name="Toestemming intrekken en mijn account verwijderen"
    ).click()
    _axe_both_widths(member_page)
    member_page.get_by_label("Ja, verwijder mijn account en alles over mij").check()
    member_page.get_by_role("button", name="Mijn account verwijderen").click()
    member_page.get_by_role("heading", name="Uw account is verwijderd").wait_for()
    member_context.close()

    assert not Member.objects.filter(user__username=login_name).exists()
    assert tables_containing(NAME) == []
    assert tables_containing(EMAIL) == []
    assert tables_containing(login_name) == ["audit_auditevent"]
    topic.refresh_from_db()
    assert topic.author is None
    assert topic.supports.count() == 1
    page.goto(base + f"/network/topics/{topic.pk}/")
    assert page.get_by_text("Voorgesteld door een voormalig lid").is_visible()
