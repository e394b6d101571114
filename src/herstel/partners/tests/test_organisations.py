# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Organisations: KvK numbers, renames and mergers keep their history, search."""

import datetime

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.partners.forms import clean_kvk
from herstel.partners.selectors import organisation_list
from herstel.partners.selectors import organisation_timeline
from herstel.partners.services import organisation_create
from herstel.partners.services import organisation_merge
from herstel.partners.services import organisation_update

from .factories import OrganisationFactory
from .factories import policy_officer
from .factories import privacy_officer

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("12345678", "12345678"),
        ("1234 5678", "12345678"),
        ("12.34.56.78", "12345678"),
        ("", ""),
    ],
)
def test_kvk_number_accepts_eight_digits(typed, stored):
    assert clean_kvk(typed) == stored


@pytest.mark.parametrize("typed", ["1234567", "123456789", "1234567a", "NL12345678"])
def test_kvk_number_refuses_anything_else(typed):
    with pytest.raises(ValidationError):
        clean_kvk(typed)


def test_kvk_number_is_unique_in_the_register():
    officer = policy_officer()
    organisation_create(
        actor=officer, name="A (fictief)", kind="other", kvk_number="11112222"
    )
    with pytest.raises(ValidationError):
        organisation_create(
            actor=officer, name="B (fictief)", kind="other", kvk_number="11112222"
        )
    # Organisations without a KvK number do not collide.
    organisation_create(actor=officer, name="C (fictief)", kind="municipality")
    organisation_create(actor=officer, name="D (fictief)", kind="municipality")


def test_rename_keeps_the_former_name_and_search_finds_it():
    officer = policy_officer()
    organisation = OrganisationFactory(name="Vrouwengroep Zon (fictief)")
    organisation_update(
        actor=officer,
        organisation=organisation,
        name="Vrouwennetwerk Zon (fictief)",
        kind=organisation.kind,
        kvk_number=organisation.kvk_number,
        renamed_on=datetime.date(2025, 1, 1),
    )
    organisation.refresh_from_db()
    assert organisation.name == "Vrouwennetwerk Zon (fictief)"
    assert [n.name for n in organisation.former_names.all()] == [
        "Vrouwengroep Zon (fictief)"
    ]
    assert list(organisation_list(actor=officer, query="Vrouwengroep")) == [
        organisation
    ]
    event = AuditEvent.objects.get(event="organisation.changed")
    assert event.context["fields"] == ["name"]
    kinds = [
        e.kind for e in organisation_timeline(actor=officer, organisation=organisation)
    ]
    assert "renamed" in kinds


def test_merger_keeps_both_histories():
    officer = policy_officer()
    old, new = OrganisationFactory(), OrganisationFactory()
    organisation_merge(
        actor=officer, organisation=old, into=new, merged_on=datetime.date(2025, 5, 1)
    )
    organisation_merge(
        actor=officer, organisation=old, into=new, merged_on=datetime.date(2025, 5, 1)
    )  # idempotent
    assert AuditEvent.objects.filter(event="organisation.merged").count() == 1
    with pytest.raises(ValidationError):
        organisation_merge(
            actor=officer,
            organisation=new,
            into=new,
            merged_on=datetime.date(2025, 5, 1),
        )
    kinds = [e.kind for e in organisation_timeline(actor=officer, organisation=new)]
    assert kinds == ["merged_from"]


def test_pages_of_the_register_for_the_privacy_officer(client):
    """The privacy officer reads the register but sees no buttons to change it."""
    login_verified(client, privacy_officer())
    organisation = OrganisationFactory(name="Stichting Leesbaar (fictief)")
    body = client.get(reverse("partners:organisation_list"), {"q": "Leesbaar"}).content
    assert b"Stichting Leesbaar (fictief)" in body
    detail = client.get(reverse("partners:organisation_detail", args=[organisation.pk]))
    assert b"Contactmoment registreren" not in detail.content
    assert b"Advies tegen contact vastleggen" in detail.content


def test_htmx_filter_returns_only_the_results(client):
    login_verified(client, policy_officer())
    OrganisationFactory(name="Stichting Gefilterd (fictief)")
    response = client.get(
        reverse("partners:organisation_list"),
        {"q": "Gefilterd"},
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="results">')
    assert "Stichting Gefilterd (fictief)" in body
