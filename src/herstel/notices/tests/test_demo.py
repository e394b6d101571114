# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The demo data leaves subjects in several notice statuses and a public notice."""

from __future__ import annotations

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.notices.demo import notices_demo
from herstel.notices.models import NoticeDecision
from herstel.notices.models import PublicNotice

from .factories import subject_in_inventory

pytestmark = pytest.mark.django_db

PEOPLE = [
    "Aan Johan van der Berg, Lindelaan 12, 4001 AB Tiel.\n",
    "Aan Fatma Yilmaz, Kerkstraat 3, 6711 AA Ede.\n",
    "Aan Pieter de Groot, Dorpsstraat 8, 8011 AA Zwolle.\n",
    "Aan Sanne Jansen, Molenweg 4, 3511 AB Utrecht.\n",
    "Aan Ahmed el Amrani, Parkweg 9, 6811 CD Arnhem.\n",
    "Gesprek met Kees Visser over zijn werk.\n",
]


def test_demo_decides_generates_sends_and_returns():
    UserFactory(roles=[Role.PRIVACY_OFFICER])
    for n, text in enumerate(PEOPLE):
        subject_in_inventory(slug=f"demo-{n}", text=text)
    assert notices_demo() == len(PEOPLE)
    statuses = sorted(d.status for d in NoticeDecision.objects.all())
    assert statuses == [
        "generated",
        "generic",
        "returned",
        "sent",
        "sent",
        "to_write",
    ]
    assert PublicNotice.objects.count() == 1
    assert notices_demo() == 0
