# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy officer decides how two subjects are informed: one by letter,
which is generated, downloaded and recorded as sent; the other not personally,
for lack of contact details, and the page links the public notice that covers
them. axe-core finds no serious or critical violations on the way."""

import datetime
import io

import pytest
from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.notices.models import NoticeDecision
from herstel.notices.services import public_notice_record
from herstel.notices.tests.factories import subject_in_inventory

from .conftest import axe_serious
from .test_disposition import _login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_decide_generate_and_send_a_letter(live_server, page):
    officer = UserFactory(username="fenna", roles=[Role.PRIVACY_OFFICER])
    public_notice_record(
        title="Kamerbrief over de inventarisatie",
        published_on=datetime.date(2026, 11, 20),
        url="https://example.org/kamerbrief",
        actor=officer,
    )
    written = subject_in_inventory(slug="brieven")
    unreachable = subject_in_inventory(
        slug="zonder-adres", text="Gesprek met Fatma Yilmaz over haar werk.\n"
    )
    _login(page, live_server, officer)

    page.goto(f"{live_server.url}/notices/subjects/")
    assert axe_serious(page) == []
    page.get_by_role("link", name=written.reference, exact=True).click()
    page.get_by_role(
        "heading", name=f"Betrokkene {written.reference} informeren"
    ).wait_for()
    assert axe_serious(page) == []
    page.get_by_label("Persoonlijk informeren (brief)").check()
    page.get_by_role("button", name="Besluit vastleggen").click()
    page.get_by_text("Het besluit over informeren is vastgelegd.").wait_for()

    page.get_by_role("link", name="Naam en adres tonen").click()
    page.get_by_text("Lindelaan 12").wait_for()
    page.get_by_label("Afzender").fill("Ministerie van Herstel")
    page.get_by_role("button", name="Brief aanmaken").click()
    page.get_by_text("De brief is aangemaakt en versleuteld opgeslagen.").wait_for()
    assert axe_serious(page) == []
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Brief downloaden (pdf)").click()
    pdf = download_info.value.path().read_bytes()
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Johan van der Berg" in text
    assert "Ministerie van Herstel" in text

    page.get_by_label("Hij is verzonden").check()
    page.get_by_role("button", name="Vastleggen", exact=True).click()
    page.get_by_text("De status van de brief is vastgelegd.").wait_for()
    assert NoticeDecision.objects.get(subject=written).letter_status == "sent"

    page.goto(f"{live_server.url}/notices/subjects/{unreachable.pk}/")
    page.get_by_label("Niet persoonlijk informeren").check()
    page.get_by_label("Grond om niet persoonlijk te informeren").select_option(
        "no_contact"
    )
    page.get_by_role("button", name="Besluit vastleggen").click()
    page.get_by_text("Het besluit over informeren is vastgelegd.").wait_for()
    page.get_by_role("link", name="Kamerbrief over de inventarisatie").wait_for()
    assert axe_serious(page) == []

    page.goto(f"{live_server.url}/notices/subjects/?status=sent")
    page.get_by_role("link", name=written.reference, exact=True).wait_for()
    assert page.get_by_role("link", name=unreachable.reference, exact=True).count() == 0
