# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A policy officer records contacts of all three tiers, is refused a name in a
note and a blocked organisation, publishes and downloads the annual overview and
issues a numbered copy of the confidential list; axe-core finds no serious or
critical violations on these pages."""

import csv
import io
import re
from pathlib import Path

from django.utils import timezone

import pytest
from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.partners.models import ConfidentialCopy
from herstel.partners.models import ContactMoment
from herstel.partners.tests.factories import AdviceFactory
from herstel.partners.tests.factories import OrganisationFactory
from herstel.partners.tests.factories import PartnershipFactory
from herstel.partners.tests.factories import theme

from .conftest import axe_serious
from .conftest import login_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _record(page, live_server, *, tier, organisation, topic, notes=""):
    page.goto(f"{live_server.url}/partners/contacts/new/")
    page.get_by_label("Datum", exact=True).fill(timezone.localdate().isoformat())
    page.get_by_label("Vorm").select_option("meeting")
    page.get_by_label(tier).check()
    page.get_by_role("group", name="Organisaties").get_by_label(organisation).check()
    page.get_by_label("Onderwerp").fill(topic)
    page.get_by_label("Sociale samenhang").check()
    page.get_by_label("Organisatieonderdeel").fill("Directie Samenleving")
    page.get_by_label("Aantekeningen").fill(notes)
    page.get_by_role("button", name="Contactmoment opslaan").click()


def test_policy_officer_keeps_the_register(live_server, page):
    officer = UserFactory(username="bram", roles=[Role.POLICY_OFFICER])
    theme("social_cohesion")
    partner = OrganisationFactory(name="Stichting Open Brug (fictief)")
    PartnershipFactory(organisation=partner, created_by=officer)
    OrganisationFactory(name="Vereniging Stille Contacten (fictief)")
    OrganisationFactory(name="Buurtnetwerk Signaal (fictief)")
    AdviceFactory(
        organisation=OrganisationFactory(name="Genootschap Ontraden (fictief)")
    )
    login_page(page, live_server, officer)

    page.goto(f"{live_server.url}/partners/")
    page.get_by_role("heading", name="Organisaties").wait_for()
    assert page.get_by_role(
        "cell", name=re.compile(r"Genootschap Ontraden.*Contact ontraden")
    ).is_visible()
    assert axe_serious(page) == []

    # Structural (the partner with a partnership) and signal contacts.
    for tier, organisation, topic in (
        (
            "Structureel (openbaar jaaroverzicht)",
            "Stichting Open Brug (fictief)",
            "Voortgangsoverleg sociale samenhang",
        ),
        (
            "Signaal (alleen geteld)",
            "Buurtnetwerk Signaal (fictief)",
            "Signalen uit de wijk",
        ),
    ):
        _record(page, live_server, tier=tier, organisation=organisation, topic=topic)
        page.get_by_text("Het contactmoment is geregistreerd.").wait_for()
        assert axe_serious(page) == []

    # Incidental, first with a person's name in the notes: refused, highlighted.
    _record(
        page,
        live_server,
        tier="Incidenteel (vertrouwelijke lijst)",
        organisation="Vereniging Stille Contacten (fictief)",
        topic="Kennismaking",
        notes="Gesproken met Piet Jansen over de buurtavond.",
    )
    page.get_by_role(
        "heading", name="Persoonsgegevens gevonden: er is niets opgeslagen"
    ).wait_for()
    assert (
        page.locator("mark.mention--person")
        .first.inner_text()
        .startswith("Piet Jansen")
    )
    assert axe_serious(page) == []
    page.get_by_label("Aantekeningen").fill(
        "Gesproken met de voorzitter over de buurtavond."
    )
    page.get_by_role("button", name="Contactmoment opslaan").click()
    page.get_by_text("Het contactmoment is geregistreerd.").wait_for()

    assert ContactMoment.objects.count() == 3

    # A blocked organisation: refused with the message, nothing saved.
    _record(
        page,
        live_server,
        tier="Incidenteel (vertrouwelijke lijst)",
        organisation="Genootschap Ontraden (fictief) (contact ontraden)",
        topic="Uitnodiging",
    )
    page.get_by_text(
        re.compile(r"contact met deze organisatie ontraden")
    ).first.wait_for()
    assert ContactMoment.objects.count() == 3
    assert axe_serious(page) == []

    # The annual overview: publish, then download the preview files.
    page.get_by_role("link", name="Jaaroverzicht").click()
    page.get_by_role("heading", name=re.compile(r"^Jaaroverzicht")).wait_for()
    assert axe_serious(page) == []
    page.get_by_role("button", name=re.compile(r"publiceren$")).click()
    page.get_by_text(re.compile(r"is gepubliceerd")).wait_for()
    with page.expect_download() as download:
        page.get_by_role("link", name="Voorbeeld downloaden als CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text())))
    assert [r["organisation"] for r in rows] == ["Stichting Open Brug (fictief)"]
    with page.expect_download() as download:
        page.get_by_role("link", name="Voorbeeld downloaden als PDF").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")

    # The public page of the published year, as anyone sees it.
    page.get_by_role("link", name="Openbare pagina").click()
    page.get_by_role("heading", name=re.compile(r"structurele contacten")).wait_for()
    body = page.locator("main").inner_text()
    assert "Stichting Open Brug (fictief)" in body
    assert "Stille Contacten" not in body and "Signaal (fictief)" not in body
    assert axe_serious(page) == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Downloaden als ODS").click()
    assert Path(download.value.path()).read_bytes().startswith(b"PK")

    # The confidential list: a numbered copy for one recipient.
    page.goto(f"{live_server.url}/partners/confidential/")
    assert axe_serious(page) == []
    page.get_by_label("Contacten sinds").fill(f"{timezone.localdate().year}-01-01")
    page.get_by_label("Ontvanger (functie)").fill("directeur-generaal")
    with page.expect_download() as download:
        page.get_by_role("button", name="Genummerd exemplaar maken (pdf)").click()
    text = " ".join(p.extract_text() for p in PdfReader(download.value.path()).pages)
    assert "VERTROUWELIJK" in text
    assert "Exemplaar nr. 1 voor directeur-generaal" in " ".join(text.split())
    assert "Stille Contacten" in text
    assert "Buurtnetwerk Signaal" not in text
    assert ConfidentialCopy.objects.count() == 1

    # The other pages of the register pass axe too.
    for path in ("/partners/signals/", "/partners/import/", "/public/partners/"):
        page.goto(f"{live_server.url}{path}")
        assert axe_serious(page) == [], path


def test_privacy_officer_records_an_advice_and_allows_a_finding(live_server, page):
    privacy = UserFactory(username="priya", roles=[Role.PRIVACY_OFFICER])
    organisation = OrganisationFactory(name="Stichting Nader Bekeken (fictief)")
    login_page(page, live_server, privacy)
    page.goto(f"{live_server.url}/partners/organisations/{organisation.pk}/")
    page.get_by_role("link", name="Advies tegen contact vastleggen").click()
    assert axe_serious(page) == []
    page.get_by_label("Adviserende dienst").select_option("nctv")
    page.get_by_label("Kenmerk").fill("NCTV-2026-0101")
    page.get_by_role("button", name="Advies vastleggen").click()
    page.get_by_text("Het advies is vastgelegd").wait_for()
    assert page.get_by_role("note").get_by_text("Contact ontraden.").is_visible()
    assert axe_serious(page) == []

    page.goto(f"{live_server.url}/partners/guard/allowances/")
    page.get_by_label("Categorie").select_option("person")
    page.get_by_label("Exacte tekst van de vondst").fill("Van Dijk")
    page.get_by_label("Reden").fill("Minister in functie genoemd")
    page.get_by_role("button", name="Vondst toestaan").click()
    page.get_by_text("De vondst is toegestaan.").wait_for()
    assert page.get_by_role("cell", name="V… (8)").is_visible()
    assert axe_serious(page) == []
