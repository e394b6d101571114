# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An analyst uploads documents, sees the personal data found, filters, and
confirms, rejects and adds mentions with the keyboard; axe-core finds no
serious or critical violations on the inventory pages."""

import re

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.dossiers.models import Mention
from herstel.dossiers.tests.factories import DossierFactory

from .conftest import axe_serious
from .conftest import login_page
from .conftest import visit_report

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NOTE = visit_report("De wijkagent Pieter Smit was aanwezig.")


def test_analyst_reviews_the_inventory(live_server, page, tmp_path):
    analyst = UserFactory(username="anna", roles=[Role.ANALYST])
    dossier = DossierFactory(slug="demo", title="Demodossier")
    login_page(page, live_server, analyst)
    upload = tmp_path / "verslag.txt"
    upload.write_text(NOTE, encoding="utf-8")

    page.goto(f"{live_server.url}/dossiers/demo/")
    page.get_by_role("link", name="Documenten toevoegen").click()
    page.get_by_label("Bestanden").set_input_files(str(upload))
    page.get_by_role("button", name="Uploaden en scannen").click()
    # Ingested in the background: the progress page, then the dossier.
    page.get_by_role("heading", name="Klaar").wait_for()
    assert page.get_by_text(re.compile(r"1 opgeslagen")).is_visible()
    assert axe_serious(page) == []
    page.get_by_role("link", name="Resultaat bekijken").click()
    page.get_by_role("heading", name="Demodossier").wait_for()

    # The document is listed by its title (the file name), not its reference.
    page.get_by_role("link", name="verslag.txt").click()
    page.get_by_role(
        "heading", name="Tekst met gemarkeerde persoonsgegevens"
    ).wait_for()
    assert page.locator("mark.mention--person").count() >= 2
    assert axe_serious(page) == []

    # Filter on e-mail addresses only.
    page.get_by_role("link", name=re.compile(r"^E-mailadres")).click()
    assert page.locator("mark.mention--person").count() == 0

    # Confirm the first mention with the keyboard (htmx swaps the row).
    page.goto(page.url.split("?")[0])
    first = page.get_by_role("button", name=re.compile(r"^Bevestigen")).first
    first.focus()
    page.keyboard.press("Enter")
    # The row's status cell (the list's status filter has a hidden option too).
    page.locator("td", has_text="Bevestigd").first.wait_for()
    assert Mention.objects.filter(status="confirmed").count() == 1

    # Mark missed health data by typing it (the no-JavaScript path).
    # The add form's own field (the mention list has a category filter too).
    form = page.locator("form", has=page.get_by_label("Exacte tekst"))
    form.get_by_label("Categorie", exact=True).select_option("health")
    page.get_by_label("Exacte tekst").fill("wijkagent")
    page.get_by_label("Keer dat de tekst voorkomt").fill("1")
    page.get_by_role("button", name="Markeren").click()
    page.get_by_text("De gemiste persoonsgegevens zijn gemarkeerd.").wait_for()
    assert Mention.objects.filter(origin="analyst", category="health").exists()
    assert dossier.documents.count() == 1
