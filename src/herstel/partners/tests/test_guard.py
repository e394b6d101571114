# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy guard: names and contact details of people are refused, roles pass."""

import dataclasses
import datetime

from django.urls import reverse

import pytest

from herstel.audit.models import AuditEvent
from herstel.partners.guard import guard_scan
from herstel.partners.models import ContactMoment
from herstel.partners.models import GuardAllowance
from herstel.partners.services import ContactData
from herstel.partners.services import PersonalDataError
from herstel.partners.services import allowance_grant
from herstel.partners.services import allowance_revoke
from herstel.partners.services import contact_register

from .factories import OrganisationFactory
from .factories import policy_officer
from .factories import privacy_officer
from .factories import theme

pytestmark = pytest.mark.django_db

NAMED = "Gesprek met Piet Jansen over de jongerenavond."
ROLE = "Gesprek met de voorzitter over de jongerenavond."


def _data(organisation, notes):
    return ContactData(
        date=datetime.date(2025, 3, 4),
        form="meeting",
        tier="incidental",
        topic="Jongerenavond",
        unit="Directie Samenleving",
        organisations=[organisation],
        themes=[theme()],
        notes=notes,
    )


def test_note_with_a_name_is_refused_and_accepted_with_the_role():
    officer = policy_officer()
    organisation = OrganisationFactory()
    with pytest.raises(PersonalDataError) as caught:
        contact_register(actor=officer, data=_data(organisation, NAMED))
    findings = caught.value.findings["notes"]
    assert [(f.category, f.text) for f in findings] == [("person", "Piet Jansen")]
    assert ContactMoment.objects.count() == 0
    refusal = AuditEvent.objects.get(event="guard.refused")
    assert refusal.context == {
        "form": "contact",
        "fields": ["notes"],
        "findings": {"person": 1},
    }
    assert "Jansen" not in str(refusal.context)

    contact = contact_register(actor=officer, data=_data(organisation, ROLE))
    assert contact.notes == ROLE


def test_the_page_highlights_the_name_and_suggests_the_role(client):
    from herstel.accounts.tests.factories import login_verified

    officer = policy_officer()
    login_verified(client, officer)
    organisation = OrganisationFactory()
    post = {
        "date": "2025-03-04",
        "form": "meeting",
        "tier": "incidental",
        "organisations": [organisation.pk],
        "topic": "Jongerenavond",
        "unit": "Directie Samenleving",
        "notes": NAMED,
    }
    response = client.post(reverse("partners:contact_create"), post)
    assert response.status_code == 400
    body = response.content.decode()
    assert '<mark class="mention mention--person">Piet Jansen' in body
    assert "de voorzitter" in body
    assert "over de jongerenavond." in body  # the rest of the text is kept
    assert ContactMoment.objects.count() == 0

    post["notes"] = ROLE
    response = client.post(reverse("partners:contact_create"), post)
    assert response.status_code == 302
    assert ContactMoment.objects.get().notes == ROLE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Mail de secretaris via j.devries@example.org.", "email"),
        ("Bel de coördinator op 06-12345678.", "phone"),
        ("Het BSN 111222333 stond in de brief.", "bsn"),
        ("Mevrouw Yilmaz was aanwezig.", "person"),
        ("Gesproken met Piet Jansen over de buurtavond.", "person"),
        ("Fatima Bakkali belt terug.", "person"),
        ("Overleg met imam Yusuf Kaya.", "person"),
        ("De heer De Vries zit de vergadering voor.", "person"),
        ("Met Mohammed Amrani en Sanne de Groot.", "person"),
    ],
)
def test_contact_details_and_names_are_refused(text, category):
    assert category in {f.category for f in guard_scan(field="notes", text=text)}


@pytest.mark.parametrize(
    "text",
    [
        "Overleg met de voorzitter en de penningmeester over taal en werk.",
        "Werkbezoek in Utrecht aan een moskee; twee jongerenwerkers sloten aan.",
        "De wethouder en de directeur spraken over sociale samenhang.",
        "Gesproken met de voorzitter over de buurtavond.",
        "Besproken: de subsidieaanvraag voor taalcursussen.",
        "Signalen uit de wijk over polarisatie na de verkiezingen.",
        "Overleg met Gemeente Utrecht en de Rijksuniversiteit.",
        "Uitnodiging voor de Week tegen Racisme.",
        "De imam en twee bestuursleden waren aanwezig.",
    ],
)
def test_roles_places_and_religion_of_organisations_pass(text):
    assert guard_scan(field="notes", text=text) == []


def test_registered_organisation_names_do_not_trip_the_guard():
    """A centre named after a person ("Buurthuis Mohammed Yilmaz") reads as a
    person to the engine; the register says it is an organisation."""
    text = "Werkbezoek aan Buurthuis Mohammed Yilmaz."
    assert guard_scan(field="topic", text=text) != []
    assert (
        guard_scan(
            field="topic",
            text=text,
            organisation_names=["Buurthuis Mohammed Yilmaz"],
        )
        == []
    )


def test_contact_with_registered_organisation_name_in_the_topic_is_saved():
    officer = policy_officer()
    organisation = OrganisationFactory(name="Jongerenplatform De Verbinding")
    data = dataclasses.replace(
        _data(organisation, ""), topic="Werkbezoek aan Jongerenplatform De Verbinding"
    )
    assert contact_register(actor=officer, data=data).pk


def test_privacy_officer_allows_a_finding_with_a_reason_audited():
    officer, privacy = policy_officer(), privacy_officer()
    organisation = OrganisationFactory()
    text = "Toespraak van minister Van Dijk."
    with pytest.raises(PersonalDataError):
        contact_register(actor=officer, data=_data(organisation, text))
    allowance = allowance_grant(
        actor=privacy,
        category="person",
        text="Van  Dijk",
        reason="Bewindspersoon in functie genoemd",
    )
    assert allowance.hint == "V… (8)"
    assert "Dijk" not in allowance.digest
    event = AuditEvent.objects.get(event="guard.finding_allowed")
    assert event.reason == "Bewindspersoon in functie genoemd"
    assert event.context == {"category": "person"}
    assert contact_register(actor=officer, data=_data(organisation, text)).pk

    allowance_revoke(actor=privacy, allowance=allowance)
    with pytest.raises(PersonalDataError):
        contact_register(actor=officer, data=_data(organisation, text))
    assert GuardAllowance.objects.filter(revoked_at__isnull=True).count() == 0


def test_policy_officer_cannot_allow_findings():
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        allowance_grant(
            actor=policy_officer(), category="person", text="Van Dijk", reason="x"
        )
