# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Approving an answer: a confirmation that names what happens, then the
letter and copy built as a background task with a progress page."""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

import pytest

from herstel.accounts.tests.factories import verified_client
from herstel.core.models import TaskRun
from herstel.core.tests.task_asserts import finished_task
from herstel.inquiries.constants import RequestStatus
from herstel.inquiries.services import outcome_propose

from .test_disposition import _matched


@pytest.fixture
def proposed(submitted, analyst, inventory):
    _matched(submitted, analyst, inventory[1])
    outcome_propose(request=submitted, actor=analyst)
    return submitted


def test_approving_asks_to_type_the_reference_and_names_what_happens(
    proposed, reviewer
):
    url = reverse("inquiries:approve", args=[proposed.reference])
    response = verified_client(reviewer).post(url, {"decision": "approve"})
    page = response.content.decode()
    assert response.status_code == 200
    assert proposed.reference in page
    assert 'name="confirm_reference"' in page
    # Names what will happen: one document, the mail, the objection window.
    assert "1 document" in page or "1 document " in page
    assert "e-mail" in page
    proposed.refresh_from_db()
    assert proposed.status == RequestStatus.AWAITING_APPROVAL
    assert not TaskRun.objects.exists()


def test_a_wrong_reference_is_refused_with_a_clear_error(proposed, reviewer):
    url = reverse("inquiries:approve", args=[proposed.reference])
    response = verified_client(reviewer).post(
        url, {"decision": "approve", "confirm_reference": "AV-WRONG"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "error-summary" in page
    assert proposed.reference in page
    proposed.refresh_from_db()
    assert proposed.status == RequestStatus.AWAITING_APPROVAL
    assert not TaskRun.objects.exists()
    assert not mail.outbox


def test_the_right_reference_builds_the_answer_in_a_task_with_progress(
    proposed, reviewer, django_capture_on_commit_callbacks
):
    client = verified_client(reviewer)
    url = reverse("inquiries:approve", args=[proposed.reference])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {"decision": "approve", "confirm_reference": proposed.reference.lower()},
        )
    assert response.status_code == 302
    task = finished_task(response, steps=1)
    assert task.owner == reviewer
    assert task.kind == "inquiries.answer"
    assert task.result_url.endswith(f"/{proposed.reference}/#answer")
    proposed.refresh_from_db()
    assert proposed.status == RequestStatus.OBJECTION_WINDOW
    assert len(mail.outbox) >= 1
    page = client.get(response["Location"]).content.decode()
    assert task.result_url in page
    # The analyst who proposed it may follow it too (they see the result).
    assert (
        verified_client(proposed.proposed_by).get(response["Location"]).status_code
        == 200
    )


def test_the_proposer_cannot_approve_even_through_the_confirmation(proposed, analyst):
    url = reverse("inquiries:approve", args=[proposed.reference])
    response = verified_client(analyst).post(
        url, {"decision": "approve", "confirm_reference": proposed.reference}
    )
    assert response.status_code == 403
    assert not TaskRun.objects.exists()
