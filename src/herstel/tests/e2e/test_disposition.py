# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An analyst proposes dispositions and a reviewer approves them; a run is
previewed with one document visibly blocked by a hold, approved by the
reviewer, executed, its storage location confirmed, and the certificate
downloaded. axe-core finds no serious or critical violations on the way."""

import io
import re

import pytest
from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.disposition.tests.factories import store_documents
from herstel.dossiers.models import Document
from herstel.dossiers.models import StorageLocation
from herstel.dossiers.tests.factories import DossierFactory

from .conftest import axe_serious
from .conftest import login_page as _login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _woo_grounds(transactional_db):
    """The Woo grounds come from a data migration, which an earlier
    transactional test's flush removes: load them again, as the migration does."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module(
        "herstel.disposition.migrations.0002_woo_grounds"
    )
    migration.add_grounds(apps, None)


def _select_documents(page, live_server, user, path, documents) -> None:
    """``user`` opens the dossier page at ``path`` (axe-core finds no serious
    violation) and ticks every one of ``documents``."""
    _login(page, live_server, user)
    page.goto(f"{live_server.url}{path}")
    assert axe_serious(page) == []
    for document in documents:
        page.get_by_label(f"{document.reference} selecteren").check()


def test_dispositions_run_and_certificate(live_server, page):
    analyst = UserFactory(username="anna", roles=[Role.ANALYST])
    reviewer = UserFactory(username="rob", roles=[Role.REVIEWER])
    dossier = DossierFactory(slug="toeslagen", title="Toeslagen")
    StorageLocation.objects.create(
        dossier=dossier, kind="file_share", name="Netwerkschijf T"
    )
    documents = store_documents(dossier, 3, analyst)
    held = documents[1]

    # The analyst proposes destruction of all three documents at once.
    _select_documents(
        page, live_server, analyst, "/disposition/dossiers/toeslagen/", documents
    )
    page.get_by_label("Bestemming", exact=True).select_option("destroy")
    page.get_by_label("Reden", exact=True).fill("Alleen voor de verwerking gemaakt.")
    page.get_by_label("Grondslag").fill("AVG art. 17 lid 1 sub a")
    page.get_by_role("button", name="Voorstellen").click()
    page.get_by_text("3 voorstellen vastgelegd").wait_for()

    # The analyst cannot approve; the hold goes on one document.
    page.goto(f"{live_server.url}/disposition/holds/")
    page.get_by_label("Instantie", exact=True).select_option("ombudsman")
    page.get_by_label("Kenmerk van de instantie").fill("NO-2026-42")
    page.get_by_label("Reden", exact=True).fill("Onderzoek loopt")
    page.get_by_label("Of één document (kenmerk)").fill(held.reference)
    page.get_by_role("button", name="Bewaarplicht opleggen").click()
    page.get_by_text("De bewaarplicht is opgelegd.").wait_for()
    assert axe_serious(page) == []

    # The reviewer approves the proposals.
    _select_documents(
        page,
        live_server,
        reviewer,
        "/disposition/dossiers/toeslagen/review/",
        documents,
    )
    page.get_by_label("Besluit", exact=True).select_option("approve")
    page.get_by_role("button", name="Besluit vastleggen").click()
    page.get_by_text("Over 3 voorstellen besloten.").wait_for()

    # The analyst prepares the run; the preview shows the held document blocked.
    _login(page, live_server, analyst)
    page.goto(f"{live_server.url}/disposition/runs/")
    page.get_by_label("Dossier", exact=True).select_option(label="Toeslagen")
    page.get_by_label("Grondslag").fill("AVG art. 17 lid 1 sub a")
    page.get_by_role("button", name="Ronde voorbereiden").click()
    page.get_by_role("heading", name=re.compile("Vernietigingsronde VN-")).wait_for()
    held_row = page.get_by_role("row", name=re.compile(held.reference))
    assert "Geblokkeerd" in held_row.inner_text()
    assert "NO-2026-42" in held_row.inner_text()
    assert page.get_by_text("1 document is geblokkeerd").is_visible()
    assert axe_serious(page) == []
    page.get_by_role("button", name="Ter goedkeuring voorleggen").click()
    page.get_by_text("De ronde is ter goedkeuring voorgelegd.").wait_for()
    run_url = page.url

    _login(page, live_server, reviewer)
    page.goto(run_url)
    page.get_by_role("button", name="Ronde goedkeuren").click()
    reference = re.search(
        r"VN-[\w-]+", page.get_by_role("heading", level=1).inner_text()
    )
    page.get_by_label("Typ het kenmerk ter bevestiging").fill(reference.group(0))
    page.get_by_role("button", name="De ronde goedkeuren").click()
    page.get_by_text("De ronde is goedgekeurd.").wait_for()

    _login(page, live_server, analyst)
    page.goto(run_url)
    page.get_by_role("button", name="Ronde uitvoeren").click()
    page.get_by_label("Typ het kenmerk ter bevestiging").fill(reference.group(0))
    page.get_by_role(
        "button", name="Ronde uitvoeren: de documenten vernietigen"
    ).click()
    page.get_by_role("link", name="Resultaat bekijken").click()
    page.get_by_text("Vernietigd; opslaglocaties te bevestigen").wait_for()
    page.get_by_label("Medewerker (naam)").fill("J. de Beheerder")
    page.get_by_label("Hoe het is gedaan").fill("Map verwijderd")
    page.get_by_role(
        "button", name=re.compile("Bevestigen dat het is opgeschoond")
    ).click()
    page.get_by_text("Afgerond, proces-verbaal opgesteld").wait_for()
    assert axe_serious(page) == []

    with page.expect_download() as download_info:
        page.get_by_role(
            "link", name="Proces-verbaal van vernietiging downloaden"
        ).click()
    pdf = PdfReader(io.BytesIO(download_info.value.path().read_bytes()))
    text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "Proces-verbaal van vernietiging" in text
    assert "NO-2026-42" in text
    assert "J. de Beheerder" in text
    assert Document.objects.filter(shredded_at__isnull=False).count() == 2
    held.refresh_from_db()
    assert not held.is_shredded


def test_redaction_grounds_and_report(live_server, page):
    """An analyst edits a redaction in the browser, a reviewer approves and
    downloads the PDF; the privacy officer sees the grounds and the report
    to Parliament with small counts hidden."""
    from herstel.dossiers.constants import MentionStatus
    from herstel.dossiers.models import Mention

    analyst = UserFactory(username="anna", roles=[Role.ANALYST])
    reviewer = UserFactory(username="rob", roles=[Role.REVIEWER])
    officer = UserFactory(username="fiona", roles=[Role.PRIVACY_OFFICER])
    dossier = DossierFactory(slug="lakken", title="Lakken")
    document = store_documents(dossier, 1, analyst)[0]
    Mention.objects.filter(document=document).update(status=MentionStatus.CONFIRMED)

    _login(page, live_server, analyst)
    page.goto(
        f"{live_server.url}/disposition/documents/{document.reference}/redaction/"
    )
    page.get_by_role(
        "button",
        name="Lakking voorbereiden: bevestigde vermeldingen en nog niet "
        "beoordeelde kandidaten",
    ).click()
    page.get_by_role("heading", name="Lakvlakken", exact=True).wait_for()
    assert page.locator("mark.redaction-box").count() >= 1
    page.get_by_label("Te lakken passage").fill("toeslag")
    page.get_by_label("Grond", exact=True).select_option(
        label="5.1.2e (Woo art. 5.1 lid 2 sub e)"
    )
    page.get_by_role("button", name="Lakvlak toevoegen").click()
    page.get_by_text("De passage wordt gelakt.").wait_for()
    assert axe_serious(page) == []

    _login(page, live_server, reviewer)
    page.goto(
        f"{live_server.url}/disposition/documents/{document.reference}/redaction/"
    )
    page.get_by_label(re.compile("Ik heb gecontroleerd")).check()
    page.get_by_role("button", name="Lakking goedkeuren").click()
    page.get_by_text("De lakking is goedgekeurd; de PDF is gemaakt.").wait_for()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Gelakte PDF downloaden").click()
    pdf = PdfReader(io.BytesIO(download_info.value.path().read_bytes()))
    text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "toeslag" not in text
    assert "5.1.2e" in text

    _login(page, live_server, officer)
    page.goto(f"{live_server.url}/disposition/grounds/")
    page.get_by_role("link", name="5.1.2e").click()
    page.get_by_label("Omschrijving").fill("Persoonlijke levenssfeer")
    page.get_by_role("button", name="Grond opslaan").click()
    page.get_by_text("De grond is opgeslagen.").wait_for()
    assert axe_serious(page) == []
    page.goto(f"{live_server.url}/reports/parliament/")
    row = page.get_by_role("row", name=re.compile("Documenten gelakt"))
    assert "< 5" in row.inner_text()
    assert axe_serious(page) == []
    # The PDF is made in the background: the progress page, then the download.
    page.get_by_role("button", name="Als PDF maken").click()
    page.get_by_role("heading", name="Klaar").wait_for()
    assert "rapportage aan de Kamer" in page.locator("#task-outcome").inner_text()
    assert axe_serious(page) == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Resultaat bekijken").click()
    assert download.value.suggested_filename.startswith("rapportage-kamer-")


def test_redaction_gate_refuses_unreviewed_mentions(live_server, page):
    """Prepare boxes the unreviewed candidates; the reviewer sees the counts
    and cannot approve while mentions are unreviewed."""
    from herstel.disposition.constants import RedactionStatus
    from herstel.disposition.models import Redaction

    analyst = UserFactory(username="anouk", roles=[Role.ANALYST])
    reviewer = UserFactory(username="ruben", roles=[Role.REVIEWER])
    dossier = DossierFactory(slug="poort", title="Poort")
    document = store_documents(dossier, 1, analyst)[0]
    url = f"{live_server.url}/disposition/documents/{document.reference}/redaction/"

    _login(page, live_server, analyst)
    page.goto(url)
    page.get_by_role(
        "button",
        name="Lakking voorbereiden: bevestigde vermeldingen en nog niet "
        "beoordeelde kandidaten",
    ).click()
    page.get_by_role("heading", name="Stand van de beoordeling").wait_for()
    assert page.locator("mark.redaction-box").count() >= 1
    assert int(page.locator("#count-unreviewed").inner_text()) >= 1

    _login(page, live_server, reviewer)
    page.goto(url)
    assert int(page.locator("#count-boxed").inner_text()) >= 1
    page.get_by_label(re.compile("Ik heb gecontroleerd")).check()
    page.get_by_role("button", name="Lakking goedkeuren").click()
    page.get_by_text(re.compile("beoordeel die voordat de lakking")).wait_for()
    assert Redaction.objects.get(document=document).status == RedactionStatus.DRAFT
    assert axe_serious(page) == []
