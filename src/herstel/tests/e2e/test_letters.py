# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy officer words a letter: opens the letter overview from the
requests dashboard, edits the Dutch answer letter, previews it with example
data, is told why a forbidden tag is refused, saves, and restores the standard
wording. axe-core finds no serious violations."""

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.inquiries.models import LetterTemplate

from .conftest import axe_serious
from .conftest import login_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_privacy_officer_edits_previews_and_restores_a_letter(live_server, page):
    officer = UserFactory(username="priya", roles=[Role.PRIVACY_OFFICER])
    login_page(page, live_server, officer)
    page.goto(f"{live_server.url}/verzoeken/overzicht/")
    page.get_by_role("link", name="Teksten van brieven").click()
    page.get_by_role("heading", name="Teksten van brieven").wait_for()
    assert axe_serious(page) == []
    page.get_by_role(
        "link",
        name="“Antwoord: persoonsgegevens gevonden” (Nederlands) bewerken",
    ).click()
    editor = page.get_by_label("Tekst van de brief")
    assert "Beste {{ name }}" in editor.input_value()
    page.get_by_role("heading", name="Voorbeeld met verzonnen gegevens").wait_for()
    assert axe_serious(page) == []

    editor.fill("Geachte {{ name }},\n\nU staat in {{ documents_count }} stukken.")
    page.get_by_role("button", name="Voorbeeld tonen").click()
    page.get_by_text("Geachte A. Voorbeeld,").wait_for()
    assert not LetterTemplate.objects.exists()

    page.get_by_label("Tekst van de brief").fill("{% debug %}")
    page.get_by_role("button", name="Tekst opslaan").click()
    page.get_by_text("Alleen invulvelden").first.wait_for()
    assert axe_serious(page) == []
    assert not LetterTemplate.objects.exists()

    page.get_by_label("Tekst van de brief").fill("Geachte {{ name }},")
    page.get_by_role("button", name="Tekst opslaan").click()
    page.get_by_text("De tekst is opgeslagen.").wait_for()
    assert LetterTemplate.objects.get().body == "Geachte {{ name }},"

    page.get_by_role("button", name="Standaardtekst terugzetten").click()
    page.get_by_text("De standaardtekst geldt weer.").wait_for()
    assert not LetterTemplate.objects.exists()
