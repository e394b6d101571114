# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Upcoming sessions are listed soonest first (regression, issue 16 bug 5)."""

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.accounts.tests.factories import login_verified
from herstel.network import selectors

from .factories import MeetingFactory
from .factories import moderator_create

pytestmark = pytest.mark.django_db


def test_upcoming_sessions_are_in_date_order():
    now = timezone.now()
    # Created latest-first, so database order is the reverse of date order.
    for days, title in ((30, "Derde sessie"), (3, "Eerste sessie"), (10, "Tweede")):
        MeetingFactory(title=title, starts_at=now + timedelta(days=days))
    moderator = moderator_create()
    titles = [m.title for m in selectors.meeting_upcoming(actor=moderator)]
    assert titles == ["Eerste sessie", "Tweede", "Derde sessie"]
    client = Client()
    login_verified(client, moderator)
    page = client.get(reverse("network:meeting_list")).content.decode()
    assert page.index("Eerste sessie") < page.index("Tweede") < page.index("Derde")
