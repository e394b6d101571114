# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An analyst places a legal hold on a data subject from the subject's page;
the holds page shows the subject's number and how many documents it covers,
never a name. axe-core finds no serious or critical violations."""

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.disposition.models import Hold
from herstel.disposition.tests.factories import NAMES
from herstel.disposition.tests.factories import store_documents
from herstel.dossiers.models import Mention
from herstel.dossiers.tests.factories import DossierFactory

from .conftest import axe_serious
from .test_disposition import _login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_subject_hold_from_the_subject_page(live_server, page):
    analyst = UserFactory(username="anna", roles=[Role.ANALYST])
    dossier = DossierFactory(slug="toeslagen", title="Toeslagen")
    documents = store_documents(dossier, 5, analyst)  # 1st and 5th: one person
    subject = (
        Mention.objects.filter(document=documents[0], subject__isnull=False)
        .first()
        .subject
    )

    _login(page, live_server, analyst)
    page.goto(f"{live_server.url}/dossiers/subjects/{subject.pk}/")
    page.get_by_role("link", name="Bewaarplicht op deze betrokkene leggen").click()
    field = page.get_by_label("Of één betrokkene (nummer, bijv. S-12)")
    assert field.input_value() == subject.reference
    page.get_by_text(
        f"Betrokkene {subject.reference} komt voor in 2 documenten"
    ).wait_for()
    assert axe_serious(page) == []
    body = page.content()
    for name in NAMES:
        assert name not in body

    page.get_by_label("Instantie", exact=True).select_option("court")
    page.get_by_label("Kenmerk van de instantie").fill("ROL-2026-5")
    page.get_by_label("Reden", exact=True).fill("Procedure over deze persoon")
    page.get_by_role("button", name="Bewaarplicht opleggen").click()
    page.get_by_text("De bewaarplicht is opgelegd.").wait_for()
    page.get_by_role("cell", name=f"Betrokkene: {subject.reference}").wait_for()
    assert axe_serious(page) == []
    hold = Hold.objects.get()
    assert hold.subject_id == subject.pk and hold.reference == "ROL-2026-5"
