# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The network demo loads once, with every status a user should see."""

from __future__ import annotations

import pytest

from herstel.accounts.models import User
from herstel.demo.services import demo_users_ensure
from herstel.network import selectors
from herstel.network.demo import network_demo_load
from herstel.network.models import Consultation
from herstel.network.models import Group
from herstel.network.models import Meeting
from herstel.network.models import Report
from herstel.network.models import Topic

pytestmark = pytest.mark.django_db


def test_demo_loads_groups_sessions_topics_and_is_idempotent(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    demo_users_ensure(seed=1)
    counts = network_demo_load()
    assert counts["groups"] == 3
    assert Group.objects.filter(access="private").count() == 1
    assert Meeting.objects.filter(series__isnull=False).count() == 5
    assert set(Topic.objects.values_list("status", flat=True)) >= {
        "proposed",
        "accepted",
        "adopted",
        "answered",
    }
    assert Consultation.objects.filter(status="summarised").exists()
    assert Report.objects.filter(status="open").exists()
    assert network_demo_load() == {"groups": 0}
    demo = User.objects.get(username="member")
    assert selectors.member_for_user(user=demo) is not None
    private = Group.objects.get(access="private")
    assert private not in selectors.group_list(actor=demo)
