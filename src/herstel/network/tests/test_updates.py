# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Progress updates: instant and digest e-mail, one-click unsubscribe."""

from __future__ import annotations

from django.core import mail
from django.test import Client
from django.urls import reverse

import pytest

from herstel.network import services
from herstel.network.constants import EmailFrequency
from herstel.network.constants import GroupAccess
from herstel.network.models import Member

from .factories import GroupFactory
from .factories import member_create
from .factories import moderator_create

pytestmark = pytest.mark.django_db(transaction=True)

BASE_URL = "https://h.test"


def _publish(title, *, group=None, actor=None, body="x"):
    """Publish a progress update as a moderator, linking to ``BASE_URL``."""
    services.update_publish(
        actor=actor or moderator_create(),
        title=title,
        body=body,
        group=group,
        base_url=BASE_URL,
    )


def test_instant_members_get_the_update_with_a_one_click_unsubscribe():
    instant = member_create(email="direct@example.org", email_frequency="instant")
    member_create(email="week@example.org", email_frequency="digest")
    member_create(email="nooit@example.org", email_frequency="none")
    _publish("Voortgang", body="Nieuws")
    assert [m.to for m in mail.outbox] == [["direct@example.org"]]
    message = mail.outbox[0]
    assert (
        message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    )
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert url.startswith("https://h.test/network/unsubscribe/")
    path = url.removeprefix("https://h.test")
    client = Client(enforce_csrf_checks=True)
    assert client.get(path).status_code == 200
    instant.refresh_from_db()
    assert instant.email_frequency == EmailFrequency.INSTANT  # a GET changes nothing
    assert client.post(path).status_code == 200
    instant.refresh_from_db()
    assert instant.email_frequency == EmailFrequency.NONE
    assert client.post(path).status_code == 200  # idempotent


def test_unsubscribe_refuses_a_forged_token():
    member = member_create()
    token = services.unsubscribe_token(member=member)
    response = Client().post(reverse("network:unsubscribe", args=[token + "x"]))
    assert response.status_code == 404


def test_group_update_reaches_only_those_who_may_see_it():
    group = GroupFactory(access=GroupAccess.PRIVATE)
    inside = member_create(email="binnen@example.org", email_frequency="instant")
    inside.memberships.create(group=group)
    member_create(email="buiten@example.org", email_frequency="instant")
    _publish("Groepsnieuws", group=group)
    assert [m.to for m in mail.outbox] == [["binnen@example.org"]]


def test_digest_collects_updates_once():
    member = member_create(email="week@example.org", email_frequency="digest")
    Member.objects.filter(pk=member.pk).update(
        joined_at=member.joined_at.replace(year=2020)
    )
    moderator = moderator_create()
    for title in ("Eerste", "Tweede"):
        _publish(title, actor=moderator)
    assert services.updates_digest_send(base_url="https://h.test") == 1
    body = mail.outbox[-1].body
    assert "Eerste" in body and "Tweede" in body
    assert "List-Unsubscribe" in mail.outbox[-1].extra_headers
    assert services.updates_digest_send(base_url="https://h.test") == 0


def test_commands_send_digests_and_reminders():
    from datetime import timedelta
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone

    from .factories import MeetingFactory

    member = member_create(email="cmd@example.org", email_frequency="digest")
    Member.objects.filter(pk=member.pk).update(
        joined_at=timezone.now() - timedelta(days=8)
    )
    _publish("Weeknieuws")
    meeting = MeetingFactory(starts_at=timezone.now() + timedelta(hours=3))
    services.meeting_register(actor=member.user, meeting=meeting)
    out = StringIO()
    call_command("network_send_digest", "--base-url", "https://h.test", stdout=out)
    call_command("network_send_reminders", "--base-url", "https://h.test", stdout=out)
    assert "Digests mailed: 1" in out.getvalue()
    assert "Reminders sent: 1" in out.getvalue()
    assert len(mail.outbox) == 2
