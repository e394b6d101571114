# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Contact moments: the security-advice block, tiers, partnerships, permissions."""

import datetime

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.partners.constants import Tier
from herstel.partners.models import ContactMoment
from herstel.partners.models import Invitation
from herstel.partners.models import Partnership
from herstel.partners.services import ContactBlockedError
from herstel.partners.services import ContactData
from herstel.partners.services import advice_lift
from herstel.partners.services import advice_record
from herstel.partners.services import contact_register
from herstel.partners.services import invitation_create
from herstel.partners.services import partnership_create

from .factories import AdviceFactory
from .factories import OrganisationFactory
from .factories import PartnershipFactory
from .factories import policy_officer
from .factories import privacy_officer
from .factories import theme

pytestmark = pytest.mark.django_db

DAY = datetime.date(2025, 6, 3)


def _data(organisations, tier=Tier.INCIDENTAL, **kwargs):
    values = {
        "date": DAY,
        "form": "meeting",
        "tier": tier,
        "topic": "Overleg over taal en werk",
        "unit": "Directie Samenleving",
        "organisations": organisations,
        "themes": [theme()],
    }
    values.update(kwargs)
    return ContactData(**values)


def test_contact_with_advised_against_organisation_is_refused_and_nothing_saved():
    """The service refuses with the organisation named; no row, the refusal audited."""
    officer = policy_officer()
    blocked = OrganisationFactory(name="Vereniging Fictief Verboden")
    AdviceFactory(organisation=blocked)
    other = OrganisationFactory()
    with pytest.raises(ContactBlockedError) as caught:
        contact_register(actor=officer, data=_data([other, blocked]))
    assert "Vereniging Fictief Verboden" in caught.value.messages[0]
    assert "contact met deze organisatie ontraden" in caught.value.messages[0]
    assert ContactMoment.objects.count() == 0
    assert AuditEvent.objects.filter(event="contact.refused").count() == 1
    assert not AuditEvent.objects.filter(event="contact.created").exists()


def test_blocked_contact_form_shows_the_message_and_saves_nothing(client):
    """Through the page: HTTP 400, the clear message, nothing saved."""
    officer = policy_officer()
    login_verified(client, officer)
    blocked = OrganisationFactory(name="Vereniging Fictief Verboden")
    AdviceFactory(organisation=blocked)
    response = client.post(
        reverse("partners:contact_create"),
        {
            "date": "2025-06-03",
            "form": "meeting",
            "tier": "incidental",
            "organisations": [blocked.pk],
            "topic": "Kennismaking",
            "unit": "Directie Samenleving",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Vereniging Fictief Verboden" in body
    assert "ontraden" in body  # the Dutch message
    assert ContactMoment.objects.count() == 0
    refusal = AuditEvent.objects.get(event="contact.refused")
    assert refusal.context == {"what": "contact", "organisations": [blocked.pk]}


def test_lifted_advice_no_longer_blocks():
    officer, privacy = policy_officer(), privacy_officer()
    organisation = OrganisationFactory()
    advice = advice_record(
        actor=privacy,
        organisation=organisation,
        service="aivd",
        reference="AIVD-2026-0001",
        starts_on=datetime.date(2024, 1, 1),
    )
    with pytest.raises(ContactBlockedError):
        contact_register(actor=officer, data=_data([organisation]))
    with pytest.raises(ValidationError):  # a lifting names the service's letter
        advice_lift(
            actor=privacy,
            advice=advice,
            lifted_on=datetime.date(2025, 1, 1),
            reference="",
        )
    advice_lift(
        actor=privacy,
        advice=advice,
        lifted_on=datetime.date(2025, 1, 1),
        reference="AIVD-2025-0007",
    )
    advice_lift(
        actor=privacy,
        advice=advice,
        lifted_on=datetime.date(2025, 2, 1),
        reference="AIVD-2025-0009",
    )
    advice.refresh_from_db()
    assert advice.lifted_on == datetime.date(2025, 1, 1)  # idempotent
    assert advice.lift_reference == "AIVD-2025-0007"
    assert contact_register(actor=officer, data=_data([organisation])).pk


def test_advice_blocks_partnerships_and_invitations_too():
    officer = policy_officer()
    organisation = OrganisationFactory()
    AdviceFactory(organisation=organisation)
    with pytest.raises(ContactBlockedError):
        partnership_create(
            actor=officer,
            organisation=organisation,
            starts_on=DAY,
            ends_on=None,
            unit="Directie Samenleving",
        )
    with pytest.raises(ContactBlockedError):
        invitation_create(
            actor=officer,
            organisation=organisation,
            occasion="Reflectiesessie",
            date=DAY,
        )
    assert Partnership.objects.count() == Invitation.objects.count() == 0


@pytest.mark.parametrize(
    "role",
    [r for r in Role if r != Role.PRIVACY_OFFICER],
)
def test_only_the_privacy_officer_records_advice(role):
    organisation = OrganisationFactory()
    with pytest.raises(PermissionDenied):
        advice_record(
            actor=UserFactory(roles=[role]),
            organisation=organisation,
            service="aivd",
            reference="AIVD-1",
            starts_on=DAY,
        )


def test_advice_reference_is_a_reference_not_a_reason():
    """No spaces or prose: the register stores a reference, never reasons."""
    with pytest.raises(ValidationError):
        advice_record(
            actor=privacy_officer(),
            organisation=OrganisationFactory(),
            service="aivd",
            reference="te radicaal volgens de dienst",
            starts_on=DAY,
        )


def test_structural_contact_needs_a_partnership():
    officer = policy_officer()
    organisation = OrganisationFactory()
    with pytest.raises(ValidationError) as caught:
        contact_register(
            actor=officer, data=_data([organisation], tier=Tier.STRUCTURAL)
        )
    assert "partnerschap" in str(caught.value)
    PartnershipFactory(organisation=organisation, starts_on=datetime.date(2025, 1, 1))
    contact = contact_register(
        actor=officer, data=_data([organisation], tier=Tier.STRUCTURAL)
    )
    assert contact.tier == Tier.STRUCTURAL


@pytest.mark.parametrize("role", [r for r in Role if r != Role.POLICY_OFFICER])
def test_only_the_policy_officer_registers_contacts(role):
    with pytest.raises(PermissionDenied):
        contact_register(
            actor=UserFactory(roles=[role]), data=_data([OrganisationFactory()])
        )


def test_merged_organisation_takes_no_new_contacts():
    from herstel.partners.services import organisation_merge

    officer = policy_officer()
    old, new = OrganisationFactory(), OrganisationFactory()
    organisation_merge(actor=officer, organisation=old, into=new, merged_on=DAY)
    with pytest.raises(ValidationError):
        contact_register(actor=officer, data=_data([old]))
