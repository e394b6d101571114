# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The register's forms through the pages: invitations, edits, allowances, advice."""

import datetime

from django.urls import reverse

import pytest

from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.partners.models import GuardAllowance
from herstel.partners.models import Invitation
from herstel.partners.models import SecurityAdvice

from .factories import AdviceFactory
from .factories import ContactFactory
from .factories import OrganisationFactory
from .factories import policy_officer
from .factories import privacy_officer
from .factories import theme

pytestmark = pytest.mark.django_db


def test_invitation_is_guarded_and_blocked(client):
    login_verified(client, policy_officer())
    organisation = OrganisationFactory()
    url = reverse("partners:invitation_create", args=[organisation.pk])
    response = client.post(
        url, {"occasion": "Diner met Fatima Bakkali", "date": "2025-10-01"}
    )
    assert response.status_code == 400
    assert b'<mark class="mention mention--person">Fatima Bakkali' in response.content
    response = client.post(url, {"occasion": "Reflectiesessie", "date": "2025-10-01"})
    assert response.status_code == 302
    assert Invitation.objects.count() == 1

    AdviceFactory(organisation=organisation)
    response = client.post(url, {"occasion": "Reflectiesessie", "date": "2025-11-01"})
    assert response.status_code == 400
    assert "ontraden" in response.content.decode()
    assert Invitation.objects.count() == 1


def test_contact_edit_changes_tier_and_is_audited(client):
    officer = policy_officer()
    login_verified(client, officer)
    organisation = OrganisationFactory()
    contact = ContactFactory(organisations=[organisation], created_by=officer)
    response = client.post(
        reverse("partners:contact_edit", args=[contact.pk]),
        {
            "date": "2025-05-01",
            "form": "phone",
            "tier": "signal",
            "organisations": [organisation.pk],
            "topic": "Signalen uit de wijk",
            "themes": [theme().pk],
            "unit": "Directie Samenleving",
        },
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert (contact.tier, contact.form) == ("signal", "phone")
    event = AuditEvent.objects.get(event="contact.changed")
    assert event.context["tier"] == ["incidental", "signal"]
    assert "topic" in event.context["fields"]


def test_privacy_officer_allows_and_revokes_through_the_page(client):
    login_verified(client, privacy_officer())
    url = reverse("partners:allowances")
    response = client.post(
        url,
        {"category": "person", "text": "Van Dijk", "reason": "Minister in functie"},
    )
    assert response.status_code == 302
    allowance = GuardAllowance.objects.get()
    page = client.get(url).content.decode()
    assert "V… (8)" in page
    assert "Van Dijk" not in page
    client.post(reverse("partners:allowance_revoke", args=[allowance.pk]))
    allowance.refresh_from_db()
    assert allowance.revoked_at is not None


def test_privacy_officer_records_and_lifts_advice_through_the_pages(client):
    login_verified(client, privacy_officer())
    organisation = OrganisationFactory()
    response = client.post(
        reverse("partners:advice_create", args=[organisation.pk]),
        {"service": "aivd", "reference": "AIVD-2026-0007", "starts_on": "2026-01-05"},
    )
    assert response.status_code == 302
    advice = SecurityAdvice.objects.get()
    assert advice.is_active(on=datetime.date(2026, 2, 1))
    client.post(
        reverse("partners:advice_lift", args=[advice.pk]),
        {"lifted_on": "2026-03-01", "reference": "AIVD-2026-0200"},
    )
    advice.refresh_from_db()
    assert advice.lifted_on == datetime.date(2026, 3, 1)
    assert AuditEvent.objects.filter(event__startswith="advice.").count() == 2
