# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""subject_contact: name and address for a letter, audited, for two roles only."""

from __future__ import annotations

import json

from django.core.exceptions import PermissionDenied

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.audit.models import AuditEvent
from herstel.core.testing.permissions import allowed_cases
from herstel.dossiers.selectors import subject_contact
from herstel.inquiries.constants import Channel
from herstel.inquiries.constants import VerificationMethod
from herstel.inquiries.services import request_submit
from herstel.inquiries.tests.conftest import johan_data
from herstel.inquiries.tests.factories import CampaignFactory
from herstel.inquiries.tests.factories import matched
from herstel.inquiries.tests.factories import verified_in_person
from herstel.notices.tests.factories import subject_in_inventory

pytestmark = pytest.mark.django_db


@pytest.fixture
def analyst():
    return UserFactory(roles=[Role.ANALYST])


def test_contact_from_the_inventory_with_kinds_of_data(analyst):
    """Without a request, the documents' name and address are used, and say so."""
    subject = subject_in_inventory(actor=analyst)
    contact = subject_contact(subject=subject, actor=analyst)
    assert contact.name == "Johan van der Berg"
    assert list(contact.address_lines) == ["Lindelaan 12", "4001 AB Tiel"]
    assert contact.source == "inventory"
    assert contact.has_address
    assert "Gezondheid" in contact.categories or "Health" in contact.categories
    entry = AuditEvent.objects.get(event="subject.contact_read")
    assert entry.actor_id == analyst.pk
    assert entry.reason == "notice"
    assert entry.object_id == str(subject.pk)
    stored = json.dumps(entry.context)
    assert "Berg" not in stored
    assert "Lindelaan" not in stored


def test_a_matched_request_is_preferred(analyst):
    """The requester's own name and address beat the documents' spelling."""
    subject = subject_in_inventory(actor=analyst)
    request = request_submit(
        campaign=CampaignFactory(),
        data=johan_data(address="Dorpsstraat 1\n8011 AA Zwolle"),
        channel=Channel.WEB,
        verification_method=VerificationMethod.IN_PERSON,
    )
    verified_in_person(request, analyst)
    matched(request, subject, analyst, "same birth date")
    contact = subject_contact(subject=subject, actor=analyst)
    assert contact.source == "request"
    assert contact.name == "Johan van der Berg"
    assert list(contact.address_lines) == ["Dorpsstraat 1", "8011 AA Zwolle"]


def test_no_name_gives_an_empty_contact(analyst):
    subject = subject_in_inventory(actor=analyst)
    subject.mentions.update(status="rejected")
    contact = subject_contact(subject=subject, actor=analyst)
    assert not contact.has_address
    assert contact.source == ""


@pytest.mark.parametrize(
    ("role", "allowed"),
    allowed_cases(Role, Role.ANALYST, Role.PRIVACY_OFFICER),
)
def test_only_analysts_and_the_privacy_officer_read_contacts(role, allowed, analyst):
    subject = subject_in_inventory(actor=analyst)
    user = UserFactory(roles=[role])
    if allowed:
        assert subject_contact(subject=subject, actor=user).name
    else:
        with pytest.raises(PermissionDenied):
            subject_contact(subject=subject, actor=user)
        assert not AuditEvent.objects.filter(event="subject.contact_read").exists()
