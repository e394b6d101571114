# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
# ruff: noqa: E501  (demo texts read better unwrapped)
"""Demo data for the network: fictitious pseudonyms only.

Called from ``make_demo``; does nothing when the network already has groups.
"""

from __future__ import annotations

from datetime import datetime
from datetime import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from herstel.accounts.constants import Role
from herstel.accounts.services import user_create

from . import services
from .constants import GroupAccess
from .constants import MeetingKind
from .constants import TopicStatus
from .models import Group
from .models import GroupMembership
from .models import Meeting
from .models import Series
from .selectors import member_for_user

MEMBERS = (
    # display name, region, background, visible, groups
    ("Ooievaar (fictief)", "zuid_holland", "citizen", True, ("klankbord",)),
    ("Kievit (fictief)", "utrecht", "professional", False, ("klankbord",)),
    (
        "Stichting De Brug (fictief)",
        "noord_holland",
        "organisation",
        True,
        ("klankbord",),
    ),
    ("Gemeente Voorbeeldstad (fictief)", "gelderland", "municipality", True, ()),
    ("Grutto (fictief)", "noord_brabant", "citizen", False, ("jongeren",)),
    ("Tureluur (fictief)", "limburg", "expert", True, ("imamopleiding",)),
)

PAST_SESSIONS = (
    (
        "Reflectiesessie 1: terugblik op de onderzoeken",
        "Den Haag",
        {"mosque_federations": 7, "organisations": 5, "imams": 3},
    ),
    (
        "Reflectiesessie 2: vertrouwen herstellen",
        "Rotterdam",
        {"organisations": 9, "youth": 6, "municipalities": 2},
    ),
    (
        "Reflectiesessie 3: rol van gemeenten",
        "Utrecht",
        {"municipalities": 8, "organisations": 4, "government": 3},
    ),
    (
        "Reflectiesessie 4: jongeren aan het woord",
        "Amsterdam",
        {"youth": 17, "organisations": 3},
    ),
)

GROUP_MEETINGS = (
    # group, title, kind, (in days, from hour, to hour), place or online link
    (
        "jongeren",
        "Dialoog jongerenpanel",
        MeetingKind.DIALOGUE,
        (17, 16, 18),
        "https://meet.example.org/jongerenpanel",
    ),
    (
        "imamopleiding",
        "Werksessie curriculum",
        MeetingKind.WORKING,
        (21, 10, 13),
        "Den Haag",
    ),
)


def _at(days: int, hour: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


@transaction.atomic
def network_demo_load() -> dict[str, int]:
    """Load the network demo (idempotent); returns counts."""
    if Group.objects.exists():
        return {"groups": 0}
    user_model = get_user_model()
    moderator = user_model.objects.get(username="moderator")
    base_url = "http://127.0.0.1:8000"

    groups = {
        "klankbord": Group.objects.create(
            name="Klankbordgroep moslimgemeenschappen",
            slug="klankbordgroep",
            access=GroupAccess.APPLICATION,
            description="Vertegenwoordigers van moskeekoepels en organisaties denken mee over het herstel van vertrouwen.",
        ),
        "jongeren": Group.objects.create(
            name="Jongerenpanel",
            slug="jongerenpanel",
            access=GroupAccess.OPEN,
            description="Jongeren tussen 16 en 27 jaar praten mee over beleid dat hen raakt.",
        ),
        "imamopleiding": Group.objects.create(
            name="Werkgroep imamopleiding",
            slug="werkgroep-imamopleiding",
            access=GroupAccess.PRIVATE,
            description="Besloten werkgroep over een Nederlandse imamopleiding.",
        ),
    }

    demo_user = user_model.objects.get(username="member")
    demo_member = member_for_user(user=demo_user) or services.member_profile_create(
        actor=demo_user,
        profile=services.Profile(
            display_name="Mila (demo)",
            email="member@example.org",
            region="utrecht",
            background="citizen",
            directory_visible=True,
            email_frequency="instant",
        ),
    )
    GroupMembership.objects.create(group=groups["jongeren"], member=demo_member)
    members = [demo_member]
    for number, (name, region, background, visible, group_keys) in enumerate(MEMBERS):
        user = user_create(
            username=f"demo-lid-{number + 1}",
            password=None,
            roles=[Role.NETWORK_MEMBER],
        )
        member = services.member_profile_create(
            actor=user,
            profile=services.Profile(
                display_name=name,
                email=f"demo-lid-{number + 1}@example.org",
                region=region,
                background=background,
                directory_visible=visible,
            ),
        )
        for key in group_keys:
            GroupMembership.objects.create(group=groups[key], member=member)
        members.append(member)

    series = services.series_save(
        actor=moderator,
        series=Series(
            title="Reflectiesessies 2024",
            description="Negen sessies met gemeenschappen over de onderzoeken van 2016–2019 en wat er nu moet gebeuren.",
        ),
    )
    meetings = []
    for number, (title, place, counts) in enumerate(PAST_SESSIONS):
        meeting = services.meeting_save(
            actor=moderator,
            meeting=Meeting(
                series=series,
                title=title,
                kind=MeetingKind.REFLECTION,
                starts_at=_at(-90 + number * 14, 14),
                ends_at=_at(-90 + number * 14, 17),
                location=place,
                themes="vertrouwen, transparantie",
                agenda="Welkom en uitleg\nGesprek in kleine groepen\nTerugkoppeling",
                capacity=40,
            ),
        )
        services.attendance_record(
            actor=moderator,
            meeting=meeting,
            counts=counts,
            outcome="Deelnemers vroegen om openheid over wat er is gebeurd en om vaste contactpersonen.",
            input_used="Opgenomen in de voortgangsbrief aan de Tweede Kamer; een vaste contactpersoon per regio is aangesteld.",
        )
        meetings.append(meeting)
    upcoming = services.meeting_save(
        actor=moderator,
        meeting=Meeting(
            series=series,
            title="Reflectiesessie 5: vooruitblik",
            kind=MeetingKind.REFLECTION,
            starts_at=_at(10, 19),
            ends_at=_at(10, 21),
            location="Eindhoven",
            online_url="https://meet.example.org/reflectie-5",
            agenda="Welkom\nWat deden we met uw inbreng?\nVolgende stappen",
            capacity=30,
        ),
    )
    for slug, title, kind, (day, start, end), where in GROUP_MEETINGS:
        online = where.startswith("https://")
        services.meeting_save(
            actor=moderator,
            meeting=Meeting(
                group=groups[slug],
                title=title,
                kind=kind,
                starts_at=_at(day, start),
                ends_at=_at(day, end),
                online_url=where if online else "",
                location="" if online else where,
            ),
        )
    services.meeting_register(
        actor=members[1].user, meeting=upcoming, needs=["wheelchair"]
    )
    services.meeting_register(actor=members[3].user, meeting=upcoming)

    topics = [
        (
            "Vaste contactpersoon per regio",
            "Gemeenschappen willen weten bij wie ze terechtkunnen.",
            "vertrouwen",
            1,
            TopicStatus.ADOPTED,
        ),
        (
            "Openheid over de krachtenveldanalyses",
            "Welke onderzoeken zijn er gedaan en wat is ermee gebeurd?",
            "transparantie",
            2,
            TopicStatus.ACCEPTED,
        ),
        (
            "Jongeren betrekken bij de reflectiesessies",
            "Jongeren zijn nu ondervertegenwoordigd.",
            "jongeren",
            4,
            TopicStatus.PROPOSED,
        ),
        (
            "Meertalige informatie",
            "Informatie over het herstel ook in het Turks en Arabisch.",
            "toegankelijkheid",
            3,
            TopicStatus.ANSWERED,
        ),
    ]
    for title, description, theme, author_index, status in topics:
        topic = services.topic_propose(
            actor=members[author_index].user,
            title=title,
            description=description,
            theme=theme,
        )
        for supporter in members[:4]:
            if supporter.pk != members[author_index].pk:
                services.topic_support(actor=supporter.user, topic=topic)
        path = {
            TopicStatus.ACCEPTED: [
                (
                    TopicStatus.ACCEPTED,
                    "Staat op de agenda van de volgende reflectiesessie.",
                )
            ],
            TopicStatus.ADOPTED: [
                (TopicStatus.ACCEPTED, "Besproken in de reflectiesessie."),
                (TopicStatus.DISCUSSED, "Breed gedragen wens."),
                (
                    TopicStatus.ADOPTED,
                    "Per regio is nu een vaste contactpersoon aangesteld.",
                ),
            ],
            TopicStatus.ANSWERED: [
                (TopicStatus.ANSWERED, "De informatiepagina komt in vier talen.")
            ],
        }.get(status, [])
        for step, text in path:
            services.topic_status_change(
                actor=moderator,
                topic=topic,
                status=step,
                text=text,
                meeting=upcoming if step == TopicStatus.ACCEPTED else None,
            )

    open_consultation = services.consultation_create(
        actor=moderator,
        title="Concept: werkwijze bij samenwerking met maatschappelijke organisaties",
        introduction="Het ministerie legt vast hoe het samenwerkt met organisaties. Wat vindt u van dit concept?",
        closes_on=timezone.localdate() + timedelta(days=21),
        group=None,
        sections=[
            ("1. Doel", "Samenwerking is open en toetsbaar."),
            (
                "2. Register van partners",
                "Structurele partners staan in een jaarlijks openbaar overzicht.",
            ),
        ],
        questions=[
            "Mist u iets in deze werkwijze?",
            "Hoe wilt u op de hoogte blijven?",
        ],
    )
    parts = list(open_consultation.parts.all())
    services.consultation_respond(
        actor=members[2].user,
        consultation=open_consultation,
        answers={
            parts[0].pk: "Graag ook uitleggen hoe organisaties bezwaar kunnen maken."
        },
    )
    response = services.consultation_respond(
        actor=members[4].user,
        consultation=open_consultation,
        answers={parts[2].pk: "Een jaarlijkse bijeenkomst om terug te kijken."},
    )[0]
    services.report_create(
        actor=members[1].user,
        kind="response",
        target=response,
        reason="Dubbele reactie (demo-melding).",
    )
    done = services.consultation_create(
        actor=moderator,
        title="Idee: klachtenloket voor gemeenschappen",
        introduction="Een laagdrempelig loket voor klachten over onderzoek door de overheid.",
        closes_on=timezone.localdate() - timedelta(days=3),
        group=None,
        sections=[],
        questions=["Wat moet het loket zeker doen?"],
    )
    services.consultation_summarise(
        actor=moderator,
        consultation=done,
        summary="Veel reacties vroegen om onafhankelijkheid en snelle terugkoppeling.",
        outcome="Het loket komt onder de Nationale ombudsman; de reactietermijn is zes weken.",
        base_url=base_url,
    )
    for title, body, group in (
        (
            "Voortgangsbrief verstuurd",
            "De tweede voortgangsbrief aan de Kamer beschrijft wat er met uw inbreng is gedaan.",
            None,
        ),
        (
            "Vernietiging gestart",
            "De vernietiging van de onrechtmatig verwerkte gegevens is begonnen; u kunt dit volgen in de voortgangsberichten.",
            None,
        ),
        (
            "Jongerenpanel zoekt leden",
            "Ken je jongeren die willen meepraten? Het panel is open.",
            groups["jongeren"],
        ),
    ):
        services.update_publish(
            actor=moderator, title=title, body=body, group=group, base_url=base_url
        )
    services.application_submit(
        display_name="Buizerd (fictief)",
        email="buizerd@example.org",
        motivation="Ik ben actief in een wijkvereniging en wil graag meedenken.",
        group=groups["klankbord"],
    )
    return {
        "groups": len(groups),
        "members": len(members),
        "sessions": len(meetings) + 3,
    }
