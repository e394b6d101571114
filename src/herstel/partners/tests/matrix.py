# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objects and URLs for the permission matrix test (accounts/tests)."""

from __future__ import annotations

from django.urls import reverse

from herstel.partners.models import GuardAllowance

from .factories import AdviceFactory, ContactFactory, OrganisationFactory

PUBLIC_URL_NAMES = {
    "partners_public:public_index",
    "partners_public:public_overview",
    "partners_public:public_download",
}


def partners_objects() -> dict[str, int]:
    organisation = OrganisationFactory()
    advised = OrganisationFactory()
    advice = AdviceFactory(organisation=advised)
    contact = ContactFactory(organisations=[organisation])
    allowance = GuardAllowance.objects.create(
        category="person",
        digest="0" * 64,
        hint="X… (5)",
        reason="matrix",
        granted_by=advice.recorded_by,
    )
    return {
        "organisation": organisation.pk,
        "contact": contact.pk,
        "advice": advice.pk,
        "allowance": allowance.pk,
    }


def partners_url(name: str, objects: dict[str, int]) -> str:
    if name.startswith("partners:organisation_") and name not in {
        "partners:organisation_list",
        "partners:organisation_create",
    }:
        return reverse(name, args=[objects["organisation"]])
    if name in {
        "partners:partnership_create",
        "partners:invitation_create",
        "partners:advice_create",
    }:
        return reverse(name, args=[objects["organisation"]])
    if name in {"partners:contact_detail", "partners:contact_edit"}:
        return reverse(name, args=[objects["contact"]])
    if name == "partners:advice_lift":
        return reverse(name, args=[objects["advice"]])
    if name == "partners:allowance_revoke":
        return reverse(name, args=[objects["allowance"]])
    return reverse(name)
