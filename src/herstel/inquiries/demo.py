# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Demo access requests over the demo dossiers (fictitious people only).

One open campaign and a request in each stage, from requesters who really
appear in the demo inventory (their names are read from the subjects the
analysis grouped), so ``make run`` shows the whole path.
"""

from __future__ import annotations

import datetime
import random

from django.db.models import Count
from django.utils import timezone

from herstel.accounts.models import User
from herstel.detection.base import Category
from herstel.dossiers.models import Dossier
from herstel.dossiers.models import Mention
from herstel.dossiers.models import Subject
from herstel.dossiers.names import KeyKind
from herstel.dossiers.selectors import subject_search
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_read

from .constants import Channel
from .constants import MatchDecision
from .constants import VerificationMethod
from .models import AccessRequest
from .models import Campaign
from .services import RequestData
from .services import answer_approve
from .services import match_decide
from .services import outcome_propose
from .services import request_submit
from .services import request_verify
from .services import verification_invite

CAMPAIGN_SLUG = "inzage-signalen"
STAGES = ("received", "verifying", "searching", "awaiting", "answered", "overdue")


def _names_in_inventory(count: int, seed: int) -> list[tuple[str, Subject]]:
    """Full names of well-documented subjects, read from their documents."""
    subjects = (
        Subject.objects.filter(name_keys__kind=KeyKind.FULL)
        .annotate(n=Count("mentions", distinct=True))
        .filter(n__gte=2)
        .order_by("-n", "pk")[: count * 4]
    )
    chosen: list[tuple[str, Subject]] = []
    seen: set[str] = set()
    for subject in subjects:
        mention = (
            Mention.objects.filter(subject=subject, category=Category.PERSON)
            .select_related("document")
            .order_by("-end")
            .first()
        )
        if mention is None or not mention.document.text_key_id:
            continue
        text = blob_read(
            blob=SealedBlob(
                key_id=mention.document.text_key_id,
                blob_name=mention.document.text_blob,
            ),
            purpose="document-text",
        ).decode()
        name = text[mention.start : mention.end]
        if " " not in name or name in seen:
            continue
        seen.add(name)
        chosen.append((name, subject))
        if len(chosen) == count:
            break
    random.Random(seed).shuffle(chosen)  # noqa: S311  (demo data)
    return chosen


def _requester_subjects(
    *, name: str, place: str, actor: User
) -> list[tuple[str, Subject]]:
    """The subjects an analyst's search finds under the full name (the
    grouping may have split one person over several subjects)."""
    found = subject_search(actor=actor, names=[name], places=[place])
    return [(name, c.subject) for c in found if c.match == KeyKind.FULL]


def demo_requests_load(*, seed: int, requester: tuple[str, str] | None = None) -> int:
    """Create the demo campaign and requests; does nothing when they exist.

    ``requester`` (name, place of residence) files the answered request: the
    demo generator's person whose place and religion the documents name.
    """
    if Campaign.objects.filter(slug=CAMPAIGN_SLUG).exists():
        return 0
    analyst = User.objects.filter(username="analyst").first()
    reviewer = User.objects.filter(username="reviewer").first()
    if analyst is None or reviewer is None:
        return 0
    today = timezone.localdate()
    campaign = Campaign.objects.create(
        slug=CAMPAIGN_SLUG,
        title="Inzage in signalen over moskeeën en gelovigen",
        opens_on=today - datetime.timedelta(days=60),
        closes_on=today + datetime.timedelta(days=60),
        destruction_from=today + datetime.timedelta(days=120),
        explanation=(
            "Het ministerie heeft in 2016-2019 onrechtmatig gegevens verzameld "
            "over moskeeën, hun bestuurders en bezoekers. Wilt u weten of wij "
            "gegevens over u hebben? Vul dan dit formulier in."
        ),
        privacy_statement=(
            "Wij gebruiken de gegevens in dit formulier alleen om uw verzoek te "
            "behandelen. Na afhandeling worden ze vernietigd, samen met de "
            "documenten, tenzij u bezwaar maakt."
        ),
        purposes=(
            "Onderzoek naar signalen van radicalisering binnen moskeeën, in "
            "opdracht van gemeenten en het ministerie (zonder wettelijke grondslag)."
        ),
        recipients="Gemeenten die opdracht gaven voor het onderzoek.",
        source="Onderzoeksbureaus die in opdracht van gemeenten werkten",
        title_en="Access to reports on mosques and believers",
        explanation_en=(
            "From 2016 to 2019 the ministry unlawfully collected data on mosques, "
            "their boards and visitors. Would you like to know whether we hold "
            "data about you? Please fill in this form."
        ),
        privacy_statement_en=(
            "We use the data in this form only to handle your request. Once it "
            "is handled, it is destroyed together with the documents, unless you "
            "object."
        ),
        purposes_en=(
            "Research into signs of radicalisation within mosques, commissioned "
            "by municipalities and the ministry (without a legal basis)."
        ),
        recipients_en="Municipalities that commissioned the research.",
        source_en="Research firms working for municipalities",
    )
    campaign.dossiers.set(Dossier.objects.all())
    people = _names_in_inventory(len(STAGES), seed)
    own = (
        _requester_subjects(name=requester[0], place=requester[1], actor=analyst)
        if requester
        else []
    )
    if own:
        people = [p for p in people if p[0] != own[0][0]]
        people.insert(STAGES.index("answered"), own[0])
    created = 0
    for stage, (found, subject) in zip(STAGES, people, strict=False):
        places = (requester[1],) if own and found == own[0][0] and requester else ()
        # A name found across a line break ("H.\nBen Haddou") is typed on one line.
        name = " ".join(found.split())
        slug = "".join(c for c in name.lower().replace(" ", ".") if c.isascii())
        received = today - datetime.timedelta(days=40 if stage == "overdue" else 5)
        channel = Channel.EMAIL if stage == "overdue" else Channel.WEB
        request = request_submit(
            campaign=campaign,
            data=RequestData(
                names=(name,),
                places=places,
                birth_date="",
                email=f"{slug}@example.nl",
            ),
            channel=channel,
            verification_method=VerificationMethod.IN_PERSON,
            actor=analyst if channel != Channel.WEB else None,
            received_on=received,
        )
        created += 1
        if stage == "verifying":
            verification_invite(request=request, actor=analyst)
        if stage in ("searching", "awaiting", "answered"):
            request_verify(
                request=request,
                actor=analyst,
                method=VerificationMethod.VIDEO,
                document_kind="identity_card",
            )
        if stage in ("awaiting", "answered"):
            for _name, matched in own if places else [(name, subject)]:
                match_decide(
                    request=request,
                    subject=matched,
                    decision=MatchDecision.MATCH,
                    reason="Naam komt overeen; de verzoeker bevestigt de context.",
                    actor=analyst,
                )
            outcome_propose(request=request, actor=analyst)
        if stage == "answered":
            answer_approve(
                request=AccessRequest.objects.get(pk=request.pk), actor=reviewer
            )
    return created
