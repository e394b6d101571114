# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The whole path of an access request, as the people involved walk it: a
citizen files the public form, staff verify identity, an analyst finds the
subject in the dossier, a reviewer approves, the citizen re-verifies and
downloads the access copy. The PDF shows the requester's name and not the
other person's name on the same page. axe-core finds no serious violations."""

import io
import re

from django.core import mail

import pytest
from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.disposition.tests.pdfscan import pdf_haystacks
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create
from herstel.inquiries.models import AccessRequest
from herstel.inquiries.tests.factories import CampaignFactory

from .conftest import axe_serious
from .conftest import citizen_download
from .conftest import session_cookie
from .conftest import visit_report

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NOTE = visit_report("Het ging over de jongerenavond.", title="Verslag gesprek wijkteam")


def _staff_page(browser, live_server, user):
    context = browser.new_context(locale="nl-NL")
    context.add_cookies([session_cookie(live_server, user)])
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def _mail_link(pattern: str) -> str:
    for message in reversed(mail.outbox):
        found = re.search(pattern, message.body)
        if found:
            return found.group(0)
    raise AssertionError(f"no mail with {pattern}")


def test_citizen_to_access_copy(live_server, page, browser, settings):
    settings.HERSTEL_INTAKE_MIN_SECONDS = 0
    settings.HERSTEL_PUBLIC_URL = live_server.url
    analyst = UserFactory(username="anna", roles=[Role.ANALYST])
    reviewer = UserFactory(username="ruben", roles=[Role.REVIEWER])
    dossier = dossier_create(slug="demo", title="Demodossier signalen")
    document_store(dossier=dossier, data=NOTE.encode(), filename="v.txt", actor=analyst)
    campaign = CampaignFactory(slug="inzage-2024", dossiers=[dossier])

    # 1. The citizen files the public form (no account).
    page.goto(f"{live_server.url}/inzage/{campaign.slug}/")
    page.get_by_role(
        "heading", name="Vraag welke gegevens wij over u hebben"
    ).wait_for()
    assert axe_serious(page) == []
    page.get_by_label("Uw naam en andere namen").fill(
        "Johan van der Berg\nJ. v.d. Berg"
    )
    page.get_by_label("Plaatsen waar u woont of hebt gewoond").fill("Zwolle")
    page.get_by_label("E-mailadres").fill("johan@example.nl")
    page.get_by_label("Persoonlijk, met een identiteitsbewijs").check()
    page.get_by_label("Ik ga ermee akkoord").check()
    page.get_by_role("button", name="Verzoek versturen").click()
    page.get_by_role("heading", name="Verzoek ontvangen").wait_for()
    reference = page.locator(".reference").inner_text()
    assert AccessRequest.objects.get().reference == reference
    assert axe_serious(page) == []

    # 2. Staff verify the identity (in person; no copy kept).
    staff = _staff_page(browser, live_server, analyst)
    staff.goto(f"{live_server.url}/verzoeken/")
    staff.get_by_role("link", name=reference).click()
    staff.get_by_role("heading", name=f"Verzoek {reference}").wait_for()
    assert axe_serious(staff) == []
    staff.get_by_label("Persoonlijk, met een identiteitsbewijs").check()
    staff.get_by_label("Getoond identiteitsbewijs").select_option("passport")
    staff.get_by_label("Ik heb het document gezien").check()
    staff.get_by_role("button", name="Identiteitscontrole vastleggen").click()
    staff.get_by_text("De identiteit is vastgelegd als vastgesteld.").wait_for()

    # 3. The analyst finds the subject in the demo dossier and marks the match.
    staff.get_by_role("link", name="Inventaris doorzoeken").click()
    staff.get_by_role("heading", name="Inventaris doorzoeken").wait_for()
    assert axe_serious(staff) == []
    staff.get_by_role("link", name=re.compile(r"^S-\d+ beoordelen")).first.click()
    staff.locator(
        "blockquote.passage mark", has_text="Johan van der Berg"
    ).first.wait_for()
    assert axe_serious(staff) == []
    staff.get_by_label("Match: dit is de verzoeker").check()
    staff.get_by_label("Reden").fill("Naam en woonplaats Zwolle komen overeen.")
    staff.get_by_role("button", name="Beslissing vastleggen").click()
    staff.get_by_text("De beslissing is vastgelegd.").wait_for()
    staff.get_by_role("link", name=reference).click()
    staff.get_by_role("button", name="Uitkomst ter goedkeuring aanbieden").click()
    staff.get_by_text(
        "De uitkomst is ter goedkeuring naar een controleur gestuurd."
    ).wait_for()
    staff.context.close()

    # 4. A reviewer (a second person) approves; the answer goes out.
    review = _staff_page(browser, live_server, reviewer)
    review.goto(f"{live_server.url}/verzoeken/{reference}/")
    assert axe_serious(review) == []
    # The preview of the copy, each box with its reason (art. 15 rule).
    review.get_by_role(
        "link",
        name="Voorbeeld van de inzagekopie bekijken, met de reden van elk lakvlak",
    ).click()
    review.get_by_text("Naam van een andere persoon").first.wait_for()
    assert axe_serious(review) == []
    review.goto(f"{live_server.url}/verzoeken/{reference}/")
    review.get_by_role("button", name="Goedkeuren en het antwoord versturen").click()
    # The confirmation names what happens; the reference must be typed.
    review.get_by_label("Typ het kenmerk ter bevestiging").fill(reference)
    review.get_by_role("button", name="Goedkeuren en het antwoord versturen").click()
    review.get_by_text("De taak is klaar.").or_(
        review.get_by_role("heading", name="Klaar")
    ).first.wait_for()
    review.get_by_role("link", name="Resultaat bekijken").click()
    review.get_by_role("heading", name="Antwoord", exact=True).wait_for()
    review.context.close()

    # 5. The citizen opens the link, re-verifies with a mailed code, downloads.
    link = _mail_link(re.escape(live_server.url) + r"/inzage/download/[\w-]+/")
    data = citizen_download(page, link)

    reader = PdfReader(io.BytesIO(data))
    first_page = reader.pages[0].extract_text()
    assert "Johan van der Berg" in first_page
    assert "Zwolle" in first_page  # the requester's place of residence
    assert "jongerenavond" in first_page  # the same page as Kaya's name was on
    haystack = "\n".join(pdf_haystacks(data))
    assert "Kaya" not in haystack
    assert "y.kaya@example.nl" not in haystack
