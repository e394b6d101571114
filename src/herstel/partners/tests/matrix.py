# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objects and URLs for the permission matrix test (accounts/tests)."""

from __future__ import annotations

from django.urls import reverse

from herstel.core.testing.permissions import matrix_url
from herstel.partners.models import GuardAllowance

from .factories import AdviceFactory
from .factories import ContactFactory
from .factories import OrganisationFactory

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


_ARGS = {
    **dict.fromkeys(
        (
            "partners:partnership_create",
            "partners:invitation_create",
            "partners:advice_create",
        ),
        ("organisation",),
    ),
    **dict.fromkeys(("partners:contact_detail", "partners:contact_edit"), ("contact",)),
    "partners:advice_lift": ("advice",),
    "partners:allowance_revoke": ("allowance",),
}


def partners_url(name: str, objects: dict[str, int]) -> str:
    if name.startswith("partners:organisation_") and name not in {
        "partners:organisation_list",
        "partners:organisation_create",
    }:
        return reverse(name, args=[objects["organisation"]])
    return matrix_url(name, objects, _ARGS)
