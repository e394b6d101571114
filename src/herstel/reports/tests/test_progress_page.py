# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The campaign progress page: four charts whose numbers are the counts."""

from __future__ import annotations

import datetime

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.reports import charts

pytestmark = pytest.mark.django_db


def test_requests_and_on_time_charts_count_by_week_and_stage():
    from herstel.inquiries.constants import RequestStatus
    from herstel.inquiries.models import AccessRequest
    from herstel.inquiries.tests.factories import CampaignFactory

    campaign = CampaignFactory()
    today = datetime.date(2026, 12, 3)  # a Thursday
    monday = today - datetime.timedelta(days=3)
    fields = {
        "campaign": campaign,
        "channel": "web",
        "received_on": monday,
        "due_on": monday + datetime.timedelta(days=30),
        "consent_at": timezone.now(),
    }
    for number, status in enumerate(["received", "received", "closed"]):
        AccessRequest.objects.create(reference=f"AV-T{number}", status=status, **fields)
    late = fields | {"received_on": monday - datetime.timedelta(days=60)}
    late["due_on"] = monday - datetime.timedelta(days=1)
    AccessRequest.objects.create(
        reference="AV-LATE",
        status="closed",
        answered_at=timezone.make_aware(datetime.datetime(2026, 12, 1, 12)),
        **late,
    )
    AccessRequest.objects.filter(reference="AV-T2").update(
        answered_at=timezone.make_aware(datetime.datetime(2026, 12, 2, 12))
    )
    requests = charts.requests_chart(today=today)
    assert len(requests.categories) == 12
    last = requests.rows()[-1]
    labels = [str(s.label) for s in requests.series]
    assert last[1][labels.index(str(RequestStatus.RECEIVED.label))] == "2"
    assert last[1][labels.index(str(RequestStatus.CLOSED.label))] == "1"
    assert last[2] == "3"
    on_time = charts.on_time_chart(today=today)
    assert on_time.rows()[-1][1] == ["50%"]  # 1 of the 2 answered this week
    assert charts.on_time_counts(today=today) == (2, 1)


def test_the_page_shows_every_chart_with_its_table_to_allowed_roles():
    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    client = Client()
    login_verified(client, officer)
    page = client.get(reverse("reports:progress")).content.decode()
    for identifier in (
        "chart-requests",
        "chart-on-time",
        "chart-dispositions",
        "chart-destruction",
    ):
        assert f'id="{identifier}"' in page
    assert page.count("<table>") == 4
    # An empty chart says so instead of drawing empty axes.
    assert page.count('role="img"') + page.count("chart-empty") == 4
    member = UserFactory(roles=[Role.POLICY_OFFICER])
    other = Client()
    login_verified(other, member)
    assert other.get(reverse("reports:progress")).status_code == 403
