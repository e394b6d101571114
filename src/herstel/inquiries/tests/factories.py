# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import datetime

from django.utils import timezone

import factory

from herstel.inquiries.models import Campaign


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
