# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads of the partner register, permission-checked by actor.

:func:`organisation_contact_block` is the surface other apps (the network's
invitations) use to honour a security advice.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.db.models import Count
from django.db.models import Max
from django.db.models import Prefetch
from django.db.models import Q
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from herstel.core.permissions import require as _require

from .constants import Tier
from .models import ConfidentialCopy
from .models import ContactMoment
from .models import FormerName
from .models import GuardAllowance
from .models import Invitation
from .models import Organisation
from .models import OverviewPublication
from .models import Partnership
from .models import SecurityAdvice
from .models import Theme

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def theme_list() -> QuerySet[Theme]:
    """Every theme of the register."""
    return Theme.objects.all()


def organisation_list(
    *,
    actor: Actor,
    query: str = "",
    kind: str = "",
    theme: str = "",
    blocked: bool | None = None,
) -> QuerySet[Organisation]:
    """Organisations matching a search on (former) name or KvK number, and filters."""
    _require(actor, "partners.read_register")
    today = timezone.localdate()
    organisations = (
        Organisation.objects.annotate(
            contact_count=Count("contacts", distinct=True),
            last_contact=Max("contacts__date"),
            active_advices=Count(
                "advices",
                filter=Q(
                    advices__starts_on__lte=today, advices__lifted_on__isnull=True
                ),
                distinct=True,
            ),
        )
        .prefetch_related("themes")
        .order_by("name", "pk")
    )
    if query:
        organisations = organisations.filter(
            Q(name__icontains=query)
            | Q(former_names__name__icontains=query)
            | Q(kvk_number=query.strip())
        ).distinct()
    if kind:
        organisations = organisations.filter(kind=kind)
    if theme:
        organisations = organisations.filter(themes__code=theme)
    if blocked is True:
        organisations = organisations.filter(active_advices__gt=0)
    elif blocked is False:
        organisations = organisations.filter(active_advices=0)
    return organisations


def organisation_get(*, actor: Actor, pk: int) -> Organisation:
    """One organisation with its themes; needs ``partners.read_register``."""
    _require(actor, "partners.read_register")
    return get_object_or_404(
        Organisation.objects.select_related("merged_into").prefetch_related("themes"),
        pk=pk,
    )


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    day: datetime.date
    kind: str
    item: Any


def organisation_timeline(
    *, actor: Actor, organisation: Organisation
) -> list[TimelineEntry]:
    """Contacts, partnerships, invitations, renames, merges, advices; newest first."""
    _require(actor, "partners.read_register")
    entries: list[TimelineEntry] = []
    contacts = organisation.contacts.prefetch_related("themes", "organisations")
    entries += [TimelineEntry(c.date, "contact", c) for c in contacts]
    entries += [
        TimelineEntry(p.starts_on, "partnership", p)
        for p in organisation.partnerships.all()
    ]
    entries += [
        TimelineEntry(i.date, "invitation", i) for i in organisation.invitations.all()
    ]
    entries += [
        TimelineEntry(n.until, "renamed", n)
        for n in organisation.former_names.all()
        if n.until
    ]
    entries += [
        TimelineEntry(o.merged_on, "merged_from", o)
        for o in organisation.merged_from.all()
        if o.merged_on
    ]
    if organisation.merged_on:
        entries.append(
            TimelineEntry(organisation.merged_on, "merged_into", organisation)
        )
    for advice in organisation.advices.all():
        entries.append(TimelineEntry(advice.starts_on, "advice", advice))
        if advice.lifted_on:
            entries.append(TimelineEntry(advice.lifted_on, "advice_lifted", advice))
    return sorted(entries, key=lambda e: (e.day, e.kind), reverse=True)


def organisation_advices(
    *, actor: Actor, organisation: Organisation
) -> QuerySet[SecurityAdvice]:
    """An organisation's security advice; needs ``partners.read_register``."""
    _require(actor, "partners.read_register")
    return organisation.advices.select_related("recorded_by", "lifted_by")


def organisation_partnerships(
    *, actor: Actor, organisation: Organisation
) -> QuerySet[Partnership]:
    """An organisation's partnerships; needs ``partners.read_register``."""
    _require(actor, "partners.read_register")
    return organisation.partnerships.all()


def organisation_contact_block(
    *, organisations: list[Organisation], on: datetime.date | None = None
) -> list[Organisation]:
    """Those of ``organisations`` with an active advice against contact."""
    ids = [o.pk for o in organisations if o.pk]
    if not ids:
        return []
    blocked = set(
        Organisation.objects.filter(pk__in=ids)
        .with_active_advice(on)
        .values_list("pk", flat=True)
    )
    return [o for o in organisations if o.pk in blocked]


def organisation_names() -> list[str]:
    """Every current and former organisation name (the guard's exemptions)."""
    names = list(Organisation.objects.values_list("name", flat=True))
    names += list(FormerName.objects.values_list("name", flat=True))
    return names


def guard_allowed() -> frozenset[tuple[str, str]]:
    """The (category, digest) pairs the privacy guard lets through."""
    return frozenset(
        GuardAllowance.objects.filter(revoked_at__isnull=True).values_list(
            "category", "digest"
        )
    )


def contact_list(
    *,
    actor: Actor,
    query: str = "",
    tier: str = "",
    theme: str = "",
    form: str = "",
    organisation: int | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet[ContactMoment]:
    """Contact moments matching the filters; needs ``partners.read_register``."""
    _require(actor, "partners.read_register")
    contacts = ContactMoment.objects.prefetch_related(
        "themes", Prefetch("organisations", Organisation.objects.only("pk", "name"))
    ).order_by("-date", "-pk")
    if query:
        contacts = contacts.filter(
            Q(topic__icontains=query) | Q(organisations__name__icontains=query)
        ).distinct()
    filters = {
        "tier": tier,
        "themes__code": theme,
        "form": form,
        "organisations": organisation,
        "date__gte": date_from,
        "date__lte": date_to,
    }
    return contacts.filter(
        **{lookup: value for lookup, value in filters.items() if value}
    )


def contact_get(*, actor: Actor, pk: int) -> ContactMoment:
    """One contact moment with its themes and organisations; needs
    ``partners.read_register``."""
    _require(actor, "partners.read_register")
    return get_object_or_404(
        ContactMoment.objects.prefetch_related("themes", "organisations"), pk=pk
    )


def invitation_list(
    *, actor: Actor, organisation: Organisation
) -> QuerySet[Invitation]:
    """An organisation's invitations; needs ``partners.read_register``."""
    _require(actor, "partners.read_register")
    return organisation.invitations.all()


def allowance_list(*, actor: Actor) -> QuerySet[GuardAllowance]:
    """The privacy guard's allowances; needs ``partners.allow_finding``."""
    _require(actor, "partners.allow_finding")
    return GuardAllowance.objects.select_related("granted_by")


def publication_list() -> QuerySet[OverviewPublication]:
    """Published overviews: public information."""
    return OverviewPublication.objects.all()


def publication_get(*, year: int) -> OverviewPublication:
    """The published overview of ``year``; 404 when not published."""
    return get_object_or_404(OverviewPublication, year=year)


def confidential_copy_list(*, actor: Actor) -> QuerySet[ConfidentialCopy]:
    """Issued copies of the confidential list; needs
    ``partners.issue_confidential_list``."""
    _require(actor, "partners.issue_confidential_list")
    return ConfidentialCopy.objects.select_related("issued_by")


def contact_years() -> list[int]:
    """Years with structural contacts, and this year, newest first."""
    years = ContactMoment.objects.filter(tier=Tier.STRUCTURAL).dates("date", "year")
    return sorted({d.year for d in years} | {timezone.localdate().year}, reverse=True)
