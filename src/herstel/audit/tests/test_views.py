# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy officer browses, filters, exports and verifies the audit trail."""

import csv
import io
import re

from django.urls import reverse

import pytest

from herstel.accounts.audit_events import LOGGED_IN
from herstel.accounts.audit_events import ROLES_CHANGED
from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.audit.services import audit_event_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(client):
    user = UserFactory(username="fg", roles=[Role.PRIVACY_OFFICER])
    login_verified(client, user)
    return user


def test_filter_by_actor_and_action(client, officer):
    other = UserFactory(username="someone")
    audit_event_record(event=LOGGED_IN, actor=other, target=other)
    audit_event_record(event=ROLES_CHANGED, actor=officer, target=other)
    response = client.get(reverse("audit:list"), {"actor": "someone"})
    assert response.status_code == 200
    page = response.context["page"]
    assert {e.actor_label for e in page} == {"someone"}
    response = client.get(reverse("audit:list"), {"event": "account.roles_changed"})
    assert {e.event for e in response.context["page"]} == {"account.roles_changed"}


def test_filter_by_period_and_bad_period(client, officer):
    audit_event_record(event=LOGGED_IN, actor=officer, target=officer)
    response = client.get(
        reverse("audit:list"), {"date_from": "2000-01-01", "date_until": "2000-01-02"}
    )
    assert response.context["page"].paginator.count == 0
    response = client.get(
        reverse("audit:list"), {"date_from": "2030-01-02", "date_until": "2030-01-01"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors


def test_htmx_filter_returns_only_the_results(client, officer):
    response = client.get(reverse("audit:list"), headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert b'id="results"' in response.content
    assert b"<html" not in response.content


def test_export_csv_is_complete_and_audited(client, officer):
    other = UserFactory(username="someone")
    for _ in range(3):
        audit_event_record(event=LOGGED_IN, actor=other, target=other)
    response = client.get(reverse("audit:export"), {"actor": "someone"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["seq", "timestamp", "actor", "event"]
    assert len(rows) == 4
    exported = AuditEvent.objects.get(event="audit.exported")
    assert exported.actor_id == officer.pk
    assert exported.context == {"rows": 3, "filters": ["actor"]}


def test_verify_page_reports_intact_chain(client, officer):
    audit_event_record(event=LOGGED_IN, actor=officer, target=officer)
    response = client.post(reverse("audit:verify"))
    assert response.status_code == 200
    assert response.context["report"].ok


def test_page_links_keep_the_filters(client, officer):
    other = UserFactory(username="someone")
    for _ in range(60):
        audit_event_record(event=LOGGED_IN, actor=other, target=other)
    response = client.get(reverse("audit:list"), {"actor": "someone"})
    assert b'href="?actor=someone&amp;page=2"' in response.content
    assert b'hx-target="#results"' in response.content


def test_entries_name_their_object_in_words(client, officer):
    """Regression (issue 16): the list showed "accounts.user 42"."""
    other = UserFactory(username="someone")
    audit_event_record(event=LOGGED_IN, actor=other, target=other)
    body = client.get(reverse("audit:list")).content.decode()
    assert (
        f"<td>gebruiker {other.pk}</td>" in body or f"<td>user {other.pk}</td>" in body
    )
    # The object filter's option values are codes; the text a person reads is not.
    assert "accounts.user" not in re.sub(r"<[^>]*>", "", body)


def test_filters_offer_people_objects_and_actions_in_words(client, officer):
    """Issue 16: filter by person and object from lists, not typed codes."""
    other = UserFactory(username="someone")
    audit_event_record(event=LOGGED_IN, actor=other, target=other)
    body = client.get(reverse("audit:list")).content.decode()
    assert '<option value="someone">someone</option>' in body
    assert re.search(r'<option value="accounts.user">(Gebruiker|User)</option>', body)
    # An action is named in words only, without its code.
    assert "(account.logged_in)" not in body
    response = client.get(
        reverse("audit:list"), {"actor": "someone", "object_type": "accounts.user"}
    )
    assert response.context["page"].paginator.count == 1


def test_the_trail_sorts_oldest_first_on_request(client, officer):
    for _ in range(3):
        audit_event_record(event=LOGGED_IN, actor=officer, target=officer)
    newest = [e.seq for e in client.get(reverse("audit:list")).context["page"]]
    oldest = [
        e.seq
        for e in client.get(reverse("audit:list"), {"sort": "time"}).context["page"]
    ]
    assert newest == sorted(newest, reverse=True) and oldest == sorted(oldest)
    assert (
        b'aria-sort="ascending"'
        in client.get(reverse("audit:list"), {"sort": "time"}).content
    )
