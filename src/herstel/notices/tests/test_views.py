# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The per-subject notice pages: decide, generate, download, mark; the list."""

from __future__ import annotations

import datetime
import io

from django.test import Client
from django.urls import reverse

import pytest
from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.notices.models import NoticeDecision
from herstel.notices.services import public_notice_record

from .factories import subject_in_inventory

pytestmark = pytest.mark.django_db


def _client(role):
    user = UserFactory(roles=[role])
    client = Client()
    login_verified(client, user)
    return client, user


@pytest.fixture
def subject():
    return subject_in_inventory()


def test_not_informing_personally_shows_the_public_notice(subject):
    """The privacy officer records a ground; the page links the public notice."""
    client, officer = _client(Role.PRIVACY_OFFICER)
    notice = public_notice_record(
        title="Kamerbrief over de inventarisatie",
        published_on=datetime.date(2026, 11, 20),
        url="https://example.org/kamerbrief",
        actor=officer,
    )
    url = reverse("notices:decide", args=[subject.pk])
    response = client.post(url, {"decision": "not_personal"})
    assert response.status_code == 400
    assert 'class="field field--error' in response.content.decode()
    assert not NoticeDecision.objects.exists()
    response = client.post(
        url, {"decision": "not_personal", "ground": "disproportionate"}
    )
    assert response.status_code == 302
    decision = NoticeDecision.objects.get(subject=subject)
    assert decision.ground == "disproportionate"
    page = client.get(reverse("notices:subject", args=[subject.pk])).content.decode()
    assert notice.url in page
    assert "Berg" not in page  # no name unless asked for
    listed = client.get(reverse("notices:subjects"), {"status": "generic"})
    assert subject.reference in listed.content.decode()
    listed = client.get(reverse("notices:subjects"), {"status": "undecided"})
    assert f">{subject.reference}<" not in listed.content.decode()


def test_analyst_generates_downloads_and_marks_the_letter(subject):
    officer_client, _officer = _client(Role.PRIVACY_OFFICER)
    officer_client.post(
        reverse("notices:decide", args=[subject.pk]), {"decision": "personal"}
    )
    client, analyst = _client(Role.ANALYST)
    # Analysts prepare letters but do not decide.
    response = client.post(
        reverse("notices:decide", args=[subject.pk]), {"decision": "personal"}
    )
    assert response.status_code == 403
    page = client.get(reverse("notices:subject", args=[subject.pk]), {"contact": "1"})
    assert "Lindelaan 12" in page.content.decode()
    assert AuditEvent.objects.filter(
        event="subject.contact_read", actor_id=analyst.pk
    ).exists()
    generate = reverse("notices:letter_generate", args=[subject.pk])
    assert client.post(generate, {"sender": ""}).status_code == 400
    assert client.post(generate, {"sender": "Ministerie"}).status_code == 302
    decision = NoticeDecision.objects.get(subject=subject)
    assert decision.letter_status == "generated"
    response = client.get(reverse("notices:letter", args=[subject.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Johan van der Berg" in text
    mark = reverse("notices:letter_mark", args=[subject.pk])
    assert client.post(
        mark, {"status": "returned", "on": "2026-11-21"}
    ).status_code == (400)
    assert client.post(mark, {"status": "sent", "on": "2026-11-21"}).status_code == 302
    assert client.post(
        mark, {"status": "returned", "on": "2026-11-25"}
    ).status_code == (302)
    decision.refresh_from_db()
    assert decision.status == "returned"
    assert str(decision.returned_on) == "2026-11-25"


def test_the_subject_page_links_to_the_notice_page(subject):
    client, _analyst = _client(Role.ANALYST)
    page = client.get(reverse("dossiers:subject", args=[subject.pk])).content.decode()
    assert reverse("notices:subject", args=[subject.pk]) in page


def test_no_letter_without_an_address():
    """A person named without an address cannot be written to."""
    subject = subject_in_inventory(text="Gesprek met Johan van der Berg over werk.\n")
    client, _officer = _client(Role.PRIVACY_OFFICER)
    client.post(reverse("notices:decide", args=[subject.pk]), {"decision": "personal"})
    response = client.post(
        reverse("notices:letter_generate", args=[subject.pk]), {"sender": "Ministerie"}
    )
    assert response.status_code == 400
    assert NoticeDecision.objects.get(subject=subject).letter_status == "none"


def test_a_decided_subject_shows_its_status_in_the_list_and_on_its_page(subject):
    """Regression: the status cell was blank for every decided subject."""
    client, _officer = _client(Role.PRIVACY_OFFICER)
    response = client.post(
        reverse("notices:decide", args=[subject.pk]),
        {"decision": "not_personal", "ground": "disproportionate"},
    )
    assert response.status_code == 302
    label = "Niet persoonlijk geïnformeerd: gedekt door de openbare bekendmaking"
    listing = client.get(reverse("notices:subjects")).content.decode()
    row = listing.split(f'href="{reverse("notices:subject", args=[subject.pk])}"')[1]
    assert row.split("</tr>")[0].count(label) == 1
    page = client.get(reverse("notices:subject", args=[subject.pk])).content.decode()
    assert f"<dd>{label}</dd>" in page


def test_the_analyst_sees_no_link_to_the_public_notices_page_they_may_not_open(
    subject,
):
    """Regression: analysts were shown a link to /notices/public/ that answers 403."""
    client, _analyst = _client(Role.ANALYST)
    public = reverse("notices:public")
    assert client.get(public).status_code == 403
    for url in (
        reverse("notices:subjects"),
        reverse("notices:subject", args=[subject.pk]),
    ):
        assert f'href="{public}"' not in client.get(url).content.decode()
