# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Art. 13/14: a decision per subject with its ground, letters and their status,
public notices, and the figures for the report to Parliament."""

from __future__ import annotations

import datetime
import io

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

import pytest
from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.notices.constants import Decision
from herstel.notices.constants import LetterStatus
from herstel.notices.constants import NotInformedGround
from herstel.notices.models import PublicNotice
from herstel.notices.selectors import notices_report_figures
from herstel.notices.services import notice_decide
from herstel.notices.services import notice_letter_generate
from herstel.notices.services import notice_letter_mark
from herstel.notices.services import notice_letter_read
from herstel.notices.services import public_notice_record

from .factories import subject_in_inventory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 11, 20)


@pytest.fixture
def officer():
    return UserFactory(roles=[Role.PRIVACY_OFFICER])


@pytest.fixture
def subject():
    return subject_in_inventory()


def test_not_informing_personally_needs_a_ground(officer, subject):
    with pytest.raises(ValidationError):
        notice_decide(subject=subject, decision=Decision.NOT_PERSONAL, actor=officer)
    notice = notice_decide(
        subject=subject,
        decision=Decision.NOT_PERSONAL,
        ground=NotInformedGround.DISPROPORTIONATE,
        actor=officer,
    )
    assert notice.ground == "disproportionate"


def test_only_the_privacy_officer_decides(subject):
    with pytest.raises(PermissionDenied):
        notice_decide(
            subject=subject,
            decision=Decision.PERSONAL,
            actor=UserFactory(roles=[Role.ANALYST]),
        )


def test_letter_is_generated_sent_and_returned(officer, subject):
    public_notice_record(
        title="Kamerbrief",
        published_on=DAY,
        url="https://example.org/kb",
        actor=officer,
    )
    notice = notice_decide(subject=subject, decision=Decision.PERSONAL, actor=officer)
    notice = notice_letter_generate(notice=notice, sender="Ministerie", actor=officer)
    pdf = notice_letter_read(notice=notice, actor=officer)
    reader = PdfReader(io.BytesIO(pdf))
    text = reader.pages[0].extract_text()
    assert "Johan van der Berg" in text
    assert "Lindelaan 12" in text
    assert "4001 AB Tiel" in text
    assert "Gezondheid" in text
    assert "https://example.org/kb" in text
    assert "Berg" not in str(reader.metadata)
    with pytest.raises(ValidationError):
        notice_letter_mark(
            notice=notice, status=LetterStatus.RETURNED, on=DAY, actor=officer
        )
    notice = notice_letter_mark(
        notice=notice, status=LetterStatus.SENT, on=DAY, actor=officer
    )
    assert {f.key: f.value for f in notices_report_figures()}[
        "informed_personally"
    ] == 1
    notice_letter_mark(
        notice=notice, status=LetterStatus.RETURNED, on=DAY, actor=officer
    )
    figures = {f.key: f.value for f in notices_report_figures()}
    assert figures["informed_personally"] == 0
    assert figures["letters_returned"] == 1
    assert figures["informed_generically"] == 1
    assert figures["public_notices"] == 1


def test_public_notice_page_records_and_lists(officer):
    client = Client()
    login_verified(client, officer)
    url = reverse("notices:public")
    response = client.post(url, {"title": "Kamerbrief", "published_on": "2026-11-20"})
    assert response.status_code == 400
    assert "Kamerbrief" in response.content.decode()
    response = client.post(
        url,
        {
            "title": "Kamerbrief",
            "published_on": "2026-11-20",
            "url": "https://example.org/kamerbrief",
        },
    )
    assert response.status_code == 302
    assert PublicNotice.objects.count() == 1
    assert "Kamerbrief" in client.get(url).content.decode()


def test_a_letter_for_a_decision_changed_meanwhile_is_dropped(officer, subject):
    """Generating from a stale decision stores nothing once it was changed."""
    stale = notice_decide(subject=subject, decision=Decision.PERSONAL, actor=officer)
    notice_decide(
        subject=subject,
        decision=Decision.NOT_PERSONAL,
        ground=NotInformedGround.STAFF_SAFETY,
        actor=officer,
    )
    with pytest.raises(ValidationError):
        notice_letter_generate(notice=stale, sender="Ministerie", actor=officer)
    stale.refresh_from_db()
    assert stale.letter_key_id == ""
    assert stale.letter_status == LetterStatus.NONE
