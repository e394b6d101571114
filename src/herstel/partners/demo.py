# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Demo data for the partner register: fictitious organisations and contacts.

Every organisation here is invented (most names say "fictief"). Everything is
written through the services, so the privacy guard and the advice block apply
to the demo as to real use.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from herstel.accounts.constants import Role
from herstel.accounts.models import User

from . import services
from .constants import AdvisingService
from .constants import ContactForm
from .constants import OrganisationKind
from .constants import Tier
from .models import Organisation
from .models import Theme

ORGANISATIONS = (
    # name, KvK, kind, themes, website, former name
    (
        "Stichting Brugwerk (fictief)",
        "90000001",
        OrganisationKind.FOUNDATION,
        ("social_cohesion", "equal_opportunities"),
        "https://brugwerk.example",
        "",
    ),
    (
        "Federatie Fictieve Moskeeën Nederland",
        "90000002",
        OrganisationKind.MOSQUE,
        ("language_work", "open_society"),
        "",
        "",
    ),
    (
        "Jongerenplatform De Verbinding (fictief)",
        "90000003",
        OrganisationKind.YOUTH,
        ("anti_discrimination",),
        "",
        "",
    ),
    (
        "Kenniscentrum Samenleven (fictief)",
        "90000004",
        OrganisationKind.KNOWLEDGE,
        ("social_cohesion",),
        "https://kenniscentrum-samenleven.example",
        "",
    ),
    (
        "Vrouwennetwerk Zonnebloem (fictief)",
        "90000005",
        OrganisationKind.SELF_ORGANISATION,
        ("equal_opportunities", "language_work"),
        "",
        "Vrouwengroep Zonnebloem (fictief)",
    ),
    ("Gemeente Voorbeeldstad (fictief)", "", OrganisationKind.MUNICIPALITY, (), "", ""),
    (
        "Stichting Schaduwfonds (fictief)",
        "90000007",
        OrganisationKind.FOUNDATION,
        (),
        "",
        "",
    ),
)

# days ago, form, tier, organisation index, topic, themes, notes
CONTACTS = (
    (
        20,
        ContactForm.MEETING,
        Tier.STRUCTURAL,
        0,
        "Voortgangsoverleg samenwerking",
        ("social_cohesion",),
        "De voorzitter en de coördinator gaven een toelichting op de buurtprojecten.",
    ),
    (
        75,
        ContactForm.SESSION,
        Tier.STRUCTURAL,
        1,
        "Reflectiesessie over taalonderwijs",
        ("language_work",),
        "Twee bestuursleden en een imam namen deel.",
    ),
    (
        140,
        ContactForm.WORKING_VISIT,
        Tier.STRUCTURAL,
        0,
        "Werkbezoek jongerenwerk",
        ("equal_opportunities",),
        "",
    ),
    (
        200,
        ContactForm.CONSULTATION,
        Tier.STRUCTURAL,
        1,
        "Consultatie actieagenda",
        ("open_society", "language_work"),
        "",
    ),
    (
        400,
        ContactForm.MEETING,
        Tier.STRUCTURAL,
        0,
        "Jaargesprek partnerschap",
        ("social_cohesion",),
        "",
    ),
    (
        30,
        ContactForm.MEETING,
        Tier.INCIDENTAL,
        2,
        "Kennismaking jongerenpanel",
        ("anti_discrimination",),
        "De secretaris stuurt een voorstel voor een vervolggesprek.",
    ),
    (
        90,
        ContactForm.PHONE,
        Tier.INCIDENTAL,
        3,
        "Vraag over onderzoek naar polarisatie",
        ("social_cohesion",),
        "",
    ),
    (
        160,
        ContactForm.MEETING,
        Tier.INCIDENTAL,
        4,
        "Overleg over taalcursussen",
        ("language_work",),
        "",
    ),
    (
        15,
        ContactForm.PHONE,
        Tier.SIGNAL,
        5,
        "Signalen uit de wijk",
        ("social_cohesion",),
        "",
    ),
    (
        100,
        ContactForm.MEETING,
        Tier.SIGNAL,
        5,
        "Signalen na de verkiezingen",
        ("open_society",),
        "",
    ),
    (
        250,
        ContactForm.PHONE,
        Tier.SIGNAL,
        3,
        "Signaal over discriminatie op de arbeidsmarkt",
        ("anti_discrimination",),
        "",
    ),
)


def _user(role: Role) -> User:
    user = User.objects.filter(groups__name=role.value).order_by("pk").first()
    if user is None:
        raise RuntimeError(f"The demo needs a user with role {role.value}.")
    return user


@transaction.atomic
def partners_demo_load() -> dict[str, int]:
    """Load the demo register once; does nothing when organisations exist."""
    if Organisation.objects.exists():
        return {"organisations": 0, "contacts": 0}
    policy, privacy = _user(Role.POLICY_OFFICER), _user(Role.PRIVACY_OFFICER)
    today = timezone.localdate()
    themes = {t.code: t for t in Theme.objects.all()}
    organisations = []
    for name, kvk, kind, codes, website, former in ORGANISATIONS:
        organisations.append(
            services.organisation_create(
                actor=policy,
                name=name,
                kind=kind,
                kvk_number=kvk,
                website=website,
                themes=[themes[c] for c in codes if c in themes],
                former_names=[(former, today - datetime.timedelta(days=900))]
                if former
                else [],
            )
        )
    for index in (0, 1):
        services.partnership_create(
            actor=policy,
            organisation=organisations[index],
            starts_on=today - datetime.timedelta(days=800),
            ends_on=None,
            unit="Directie Samenleving en Integratie",
        )
    for days, form, tier, index, topic, codes, notes in CONTACTS:
        services.contact_register(
            actor=policy,
            data=services.ContactData(
                date=today - datetime.timedelta(days=days),
                form=form,
                tier=tier,
                topic=topic,
                notes=notes,
                unit="Directie Samenleving en Integratie",
                organisations=[organisations[index]],
                themes=[themes[c] for c in codes if c in themes],
            ),
        )
    services.advice_record(
        actor=privacy,
        organisation=organisations[6],
        service=AdvisingService.NCTV,
        reference="NCTV-2026-0042",
        starts_on=today - datetime.timedelta(days=60),
    )
    services.overview_publish(actor=policy, year=today.year - 1)
    return {"organisations": len(organisations), "contacts": len(CONTACTS)}
