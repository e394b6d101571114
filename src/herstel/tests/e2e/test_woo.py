# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An analyst registers a Woo request and puts ten documents in scope; a
destruction run prepared then keeps the one approved for destruction, with the
Woo request as its reason. The analyst assesses them (public, partly public,
not public, already public), asks a third party for its view that the decision
waits for, and proposes the decision; a reviewer approves it and downloads the
package. The package's inventory is the VWS platform's production report, its
manifest holds, and no redacted PDF holds a redacted name. axe-core finds no
serious or critical violations."""

import datetime
import hashlib
import io
import re
import zipfile

import pytest
from openpyxl import load_workbook

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.disposition.tests.factories import NAMES
from herstel.disposition.tests.factories import approve_destroy
from herstel.disposition.tests.factories import store_documents
from herstel.disposition.tests.pdfscan import pdf_contains
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.tests.factories import DossierFactory
from herstel.woo.production_report import HEADERS

from .conftest import axe_serious
from .test_disposition import _login
from .test_disposition import _woo_grounds  # noqa: F401  (fixture)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Inventory number → assessment: four public, three partly, two not, one already.
PLAN = ["Openbaar"] * 4 + ["Deels openbaar"] * 3 + ["Niet openbaar"] * 2
PLAN += ["Reeds openbaar"]


def test_woo_request_from_registration_to_package(live_server, page):
    analyst = UserFactory(username="anna", roles=[Role.ANALYST])
    reviewer = UserFactory(username="rob", roles=[Role.REVIEWER])
    dossier = DossierFactory(slug="salafisme", title="Salafisme 2016-2019")
    documents = store_documents(dossier, 10, analyst)
    Mention.objects.filter(document__in=documents).update(
        status=MentionStatus.CONFIRMED
    )
    # One document was already approved for destruction before the request.
    approve_destroy(documents[:1], analyst, reviewer)

    _login(page, live_server, analyst)
    page.goto(f"{live_server.url}/woo/")
    assert axe_serious(page) == []
    page.get_by_label("Ontvangen op").fill(datetime.date.today().isoformat())
    page.get_by_label("Waar het verzoek over gaat").fill(
        "Notities over krachtenveldanalyses"
    )
    page.get_by_label("Naam van de verzoeker").fill("Fictieve Journalist")
    page.get_by_role("button", name="Verzoek registreren").click()
    page.get_by_role("heading", name=re.compile("Woo-verzoek WOO-")).wait_for()
    reference = re.search(r"WOO-\d{4}-\d{4}", page.url).group(0)
    request_url = page.url

    page.get_by_label("Dossier", exact=True).select_option(label="Salafisme 2016-2019")
    page.get_by_role("button", name="Aan de reikwijdte toevoegen").click()
    page.get_by_text("10 documenten binnen de reikwijdte geplaatst.").wait_for()
    assert axe_serious(page) == []

    # A destruction run prepared now keeps that document, with the reason.
    page.goto(f"{live_server.url}/disposition/runs/")
    page.get_by_label("Dossier", exact=True).select_option(label="Salafisme 2016-2019")
    page.get_by_label("Grondslag").fill("AVG art. 17 lid 1 sub a")
    page.get_by_role("button", name="Ronde voorbereiden").click()
    held = page.get_by_role("row", name=re.compile(documents[0].reference))
    held.wait_for()
    assert "Bewaarplicht: openstaand Woo-verzoek" in held.inner_text()
    assert reference in held.inner_text()
    page.goto(request_url)

    # Assess: each save opens the next document not yet assessed.
    page.get_by_role("link", name="0001", exact=True).click()
    for number, judgement in enumerate(PLAN, start=1):
        page.get_by_role("heading", name=f"Document {number:04d}").wait_for()
        page.get_by_label(judgement, exact=True).check()
        if judgement == "Niet openbaar":
            page.get_by_label(re.compile("^5.1.2e")).check()
        if judgement == "Reeds openbaar":
            page.get_by_label("Waar het al openbaar is").fill(
                "https://open.overheid.nl/documenten/ronl-123"
            )
        if number == 5:
            assert axe_serious(page) == []
        page.get_by_role("button", name="Beoordeling opslaan").click()
    page.get_by_role("heading", name=f"Woo-verzoek {reference}").wait_for()
    assert page.get_by_text("10 documenten, 0 nog niet beoordeeld.").is_visible()

    # A third party's view: the decision waits for it.
    page.get_by_label("Derde die om een zienswijze is gevraagd").fill("Gemeente Tiel")
    page.get_by_role("button", name="Derde vastleggen").click()
    page.get_by_text("De derde is vastgelegd.").wait_for()
    page.get_by_role("button", name="Besluit ter goedkeuring voorleggen").click()
    page.get_by_text(re.compile("wacht op de zienswijze van Gemeente Tiel")).wait_for()
    page.get_by_label("Wat Gemeente Tiel zegt").fill(
        "Geen bezwaar tegen openbaarmaking."
    )
    page.get_by_role("button", name="Zienswijze vastleggen").click()
    page.get_by_text("De zienswijze is vastgelegd.").wait_for()
    page.get_by_label("Overwegingen voor de besluitbrief").fill(
        "Het belang van openbaarheid weegt zwaar."
    )
    page.get_by_role("button", name="Besluit ter goedkeuring voorleggen").click()
    page.get_by_text("Het besluit is ter goedkeuring voorgelegd.").wait_for()
    assert axe_serious(page) == []

    # Four eyes: the reviewer approves; the package is made.
    _login(page, live_server, reviewer)
    page.goto(request_url)
    page.get_by_role("button", name="Besluit goedkeuren en pakket maken").click()
    # The package is made in the background; the progress page links back.
    page.get_by_role("heading", name="Klaar").wait_for()
    page.get_by_role("link", name="Resultaat bekijken").click()
    assert axe_serious(page) == []
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Besluitpakket downloaden (ZIP)").click()
    data = download_info.value.path().read_bytes()
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    assert {f"besluit-{reference}.pdf", f"inventaris-{reference}.pdf"} <= names
    pdfs = sorted(n for n in names if n.startswith("documenten/"))
    assert pdfs == [f"documenten/{n:04d}.pdf" for n in range(1, 8)]
    for line in archive.read("manifest-sha256.txt").decode().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256(archive.read(name)).hexdigest() == digest

    sheet = load_workbook(io.BytesIO(archive.read(f"inventaris-{reference}.xlsx")))
    rows = list(sheet.active.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert [r[HEADERS.index("Beoordeling")] for r in rows[1:]] == [
        "Openbaar",
        "Openbaar",
        "Openbaar",
        "Openbaar",
        "Deels openbaar",
        "Deels openbaar",
        "Deels openbaar",
        "Niet openbaar",
        "Niet openbaar",
        "Reeds openbaar",
    ]
    assert rows[8][HEADERS.index("Beoordelingsgrond")] == "5.1.2e"

    # The partly public documents: no name, no BSN left in any layer.
    for number in (5, 6, 7):
        pdf = archive.read(f"documenten/{number:04d}.pdf")
        name = NAMES[(number - 1) % len(NAMES)]
        for secret in (name, max(name.split(), key=len), "111222333"):
            assert not pdf_contains(pdf, secret), (number, secret)
        assert pdf_contains(pdf, "5.1.2e")
