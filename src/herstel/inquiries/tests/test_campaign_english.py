# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A campaign's texts in English (issue 16: /inzage/ kept the Dutch intro and
privacy text for English readers)."""

from django.test import Client

import pytest

from .factories import CampaignFactory

pytestmark = pytest.mark.django_db


def _english(client: Client, url: str) -> str:
    client.cookies["django_language"] = "en"
    return client.get(url).content.decode()


def test_english_readers_get_the_english_texts():
    campaign = CampaignFactory(
        title_en="Access campaign",
        explanation_en="Ask whether we hold data about you.",
        privacy_statement_en="We use your data only to answer your request.",
    )
    url = f"/inzage/{campaign.slug}/"
    english = _english(Client(), url)
    assert "Access campaign" in english
    assert "Ask whether we hold data about you." in english
    assert "We use your data only to answer your request." in english
    assert campaign.explanation not in english
    dutch = Client().get(url).content.decode()
    assert campaign.explanation in dutch
    assert campaign.privacy_statement in dutch
    assert "Ask whether we hold" not in dutch


def test_without_english_texts_english_readers_see_the_dutch():
    campaign = CampaignFactory()
    english = _english(Client(), f"/inzage/{campaign.slug}/")
    assert campaign.explanation in english
    assert campaign.privacy_statement in english
    assert campaign.localized("purposes", "en") == campaign.purposes
