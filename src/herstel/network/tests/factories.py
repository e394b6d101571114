# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

import factory

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.network import services
from herstel.network.constants import GroupAccess
from herstel.network.constants import MeetingKind
from herstel.network.models import Consultation
from herstel.network.models import ConsultationPart
from herstel.network.models import Group
from herstel.network.models import GroupMembership
from herstel.network.models import Meeting
from herstel.network.models import Member
from herstel.network.models import Topic


def member_create(
    *,
    display_name: str = "Fictief Lid",
    email: str = "lid@example.org",
    groups: list[Group] = (),  # type: ignore[assignment]
    **profile: Any,
) -> Member:
    """A network member who joined with consent (through the service)."""
    user = UserFactory(roles=[Role.NETWORK_MEMBER])
    member = services.member_profile_create(
        actor=user,
        profile=services.Profile(display_name=display_name, email=email, **profile),
    )
    for group in groups:
        GroupMembership.objects.create(group=group, member=member)
    return member


def moderator_create() -> Any:
    return UserFactory(roles=[Role.NETWORK_MODERATOR])


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group

    name = factory.Sequence(lambda n: f"Groep {n}")
    slug = factory.Sequence(lambda n: f"groep-{n}")
    access = GroupAccess.OPEN


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    title = factory.Sequence(lambda n: f"Sessie {n}")
    kind = MeetingKind.REFLECTION
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=2))
    location = "Den Haag"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    description = "Een onderwerp voor de agenda."


class ConsultationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consultation
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Consultatie {n}")
    introduction = "Wat vindt u van dit idee?"
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))

    @factory.post_generation
    def parts(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            ConsultationPart.objects.create(
                consultation=self, position=0, title="Artikel 1", body="Tekst"
            )
            ConsultationPart.objects.create(
                consultation=self, position=1, title="Wat mist er?", is_question=True
            )
