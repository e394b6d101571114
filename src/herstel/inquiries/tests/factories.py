# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import datetime
from typing import Any

from django.utils import timezone

import factory

from herstel.dossiers.models import Subject
from herstel.inquiries.constants import MatchDecision
from herstel.inquiries.constants import VerificationMethod
from herstel.inquiries.models import AccessRequest
from herstel.inquiries.models import Campaign
from herstel.inquiries.services import match_decide
from herstel.inquiries.services import request_verify


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"campagne-{n}")
    title = factory.Sequence(lambda n: f"Inzage campagne {n}")
    opens_on = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=30)
    )
    closes_on = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=30)
    )
    destruction_from = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=120)
    )
    objection_days = 42
    explanation = "Vraag of wij gegevens over u hebben."
    privacy_statement = (
        "Wij gebruiken uw gegevens alleen om uw verzoek te beantwoorden."
    )
    purposes = "Onderzoek naar signalen van radicalisering (onrechtmatig)."
    recipients = ""
    source = "Documenten van het ministerie"

    @factory.post_generation
    def dossiers(self, create, extracted, **kwargs):
        if create and extracted:
            self.dossiers.set(extracted)


def verified_in_person(request: AccessRequest, analyst: Any) -> None:
    """The requester's identity checked at the desk against a passport."""
    request_verify(
        request=request,
        actor=analyst,
        method=VerificationMethod.IN_PERSON,
        document_kind="passport",
    )


def matched(
    request: AccessRequest, subject: Subject, analyst: Any, reason: str
) -> None:
    """``subject`` decided (by ``analyst``) to be the requester."""
    match_decide(
        request=request,
        subject=subject,
        decision=MatchDecision.MATCH,
        reason=reason,
        actor=analyst,
    )
