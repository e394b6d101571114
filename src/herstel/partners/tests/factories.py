# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Fictitious organisations and contacts for tests. No real organisation or person."""

from __future__ import annotations

import datetime

from django.contrib.auth.models import Group

import factory

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.partners.constants import AdvisingService
from herstel.partners.constants import ContactForm
from herstel.partners.constants import OrganisationKind
from herstel.partners.constants import Tier
from herstel.partners.models import ContactMoment
from herstel.partners.models import Organisation
from herstel.partners.models import Partnership
from herstel.partners.models import SecurityAdvice
from herstel.partners.models import Theme


def policy_officer(**kwargs: object) -> object:
    Group.objects.get_or_create(name=Role.POLICY_OFFICER.value)
    return UserFactory(roles=[Role.POLICY_OFFICER], **kwargs)


def privacy_officer(**kwargs: object) -> object:
    return UserFactory(roles=[Role.PRIVACY_OFFICER], **kwargs)


def theme(code: str = "social_cohesion") -> Theme:
    """A seeded theme; transactional tests lose the data migration's rows."""
    names = {
        "language_work": ("Taal en werk", "Language and work"),
        "open_society": ("Open en vrije samenleving", "Open and free society"),
        "social_cohesion": ("Sociale samenhang", "Social cohesion"),
        "equal_opportunities": ("Gelijke kansen", "Equal opportunities"),
        "anti_discrimination": ("Antidiscriminatie", "Anti-discrimination"),
    }
    name_nl, name_en = names.get(code, (code, code))
    return Theme.objects.get_or_create(
        code=code, defaults={"name_nl": name_nl, "name_en": name_en}
    )[0]


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Stichting Fictief Verband {n}")
    kind = OrganisationKind.FOUNDATION
    kvk_number = factory.Sequence(lambda n: f"{90000000 + n:08d}")


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership

    organisation = factory.SubFactory(OrganisationFactory)
    starts_on = datetime.date(2020, 1, 1)
    unit = "Directie Samenleving"
    created_by = factory.SubFactory(UserFactory)


class AdviceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SecurityAdvice

    organisation = factory.SubFactory(OrganisationFactory)
    service = AdvisingService.AIVD
    reference = factory.Sequence(lambda n: f"AIVD-2026-{n:04d}")
    starts_on = datetime.date(2020, 1, 1)
    recorded_by = factory.SubFactory(UserFactory)


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactMoment
        skip_postgeneration_save = True

    date = datetime.date(2025, 5, 1)
    form = ContactForm.MEETING
    tier = Tier.INCIDENTAL
    topic = "Overleg over jongerenwerk"
    unit = "Directie Samenleving"
    created_by = factory.SubFactory(UserFactory)

    @factory.post_generation
    def organisations(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create and extracted:
            self.organisations.set(extracted)

    @factory.post_generation
    def themes(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create and extracted:
            self.themes.set(extracted)
