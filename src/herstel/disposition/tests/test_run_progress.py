# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Approving and executing a destruction run: type the run's reference
first; execution runs as a background task with a progress page."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.accounts.tests.factories import verified_client
from herstel.core.models import TaskStatus
from herstel.core.tests.task_asserts import finished_task
from herstel.disposition.constants import RunStatus
from herstel.disposition.services import run_prepare
from herstel.disposition.services import run_submit
from herstel.dossiers.services import dossier_create

from .factories import analyst
from .factories import approve_destroy
from .factories import reviewer
from .factories import store_documents

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return analyst(), reviewer()


@pytest.fixture
def submitted_run(people):
    preparer, approver = people
    dossier = dossier_create(slug="ronde", title="Ronde")
    documents = store_documents(dossier, 3, preparer)
    approve_destroy(documents, preparer, approver)
    run = run_prepare(
        dossier=dossier,
        planned_for=timezone.localdate(),
        legal_basis="AVG art. 17",
        actor=preparer,
    )
    return run_submit(run=run, actor=preparer)


def test_approving_a_run_needs_its_reference(submitted_run, people):
    client = verified_client(people[1])
    url = reverse("disposition:run_approve", args=[submitted_run.reference])
    first = client.post(url)
    assert first.status_code == 200
    assert "3 documents" in first.content.decode() or "3 documenten" in (
        first.content.decode()
    )
    wrong = client.post(url, {"confirm_reference": "VN-0000"})
    assert wrong.status_code == 400
    submitted_run.refresh_from_db()
    assert submitted_run.status == RunStatus.SUBMITTED
    right = client.post(url, {"confirm_reference": submitted_run.reference})
    assert right.status_code == 302
    submitted_run.refresh_from_db()
    assert submitted_run.status == RunStatus.APPROVED


def test_executing_a_run_asks_the_reference_then_shows_progress_and_certificate(
    submitted_run, people, django_capture_on_commit_callbacks
):
    client = verified_client(people[1])
    client.post(
        reverse("disposition:run_approve", args=[submitted_run.reference]),
        {"confirm_reference": submitted_run.reference},
    )
    executor = verified_client(people[0])
    url = reverse("disposition:run_execute", args=[submitted_run.reference])
    page = executor.post(url).content.decode()
    assert "confirm_reference" in page
    assert "backups" in page or "back-ups" in page
    wrong = executor.post(url, {"confirm_reference": "nope"})
    assert wrong.status_code == 400
    submitted_run.refresh_from_db()
    assert submitted_run.status == RunStatus.APPROVED
    with django_capture_on_commit_callbacks(execute=True):
        response = executor.post(url, {"confirm_reference": submitted_run.reference})
    finished_task(response, steps=3)
    submitted_run.refresh_from_db()
    assert submitted_run.status == RunStatus.COMPLETED
    assert submitted_run.certificate
    progress = executor.get(response["Location"]).content.decode()
    assert reverse("disposition:run", args=[submitted_run.reference]) in progress
    # The reviewer (who may read runs) may follow it; nobody else's role may.
    assert client.get(response["Location"]).status_code == 200


def test_a_refused_execution_is_recorded_with_its_reason(
    submitted_run, people, django_capture_on_commit_callbacks
):
    """Approved, but a second start after the first finished: the task
    records the refusal, not a crash."""
    from herstel.disposition.services import run_approve
    from herstel.disposition.tasks import run_execute_start

    run = run_approve(run=submitted_run, actor=people[1])
    with django_capture_on_commit_callbacks(execute=True):
        run_execute_start(run=run, actor=people[0])
    with django_capture_on_commit_callbacks(execute=True):
        run.status = RunStatus.APPROVED  # a stale object, as a second tab has
        task = run_execute_start(run=run, actor=people[0])
    task.refresh_from_db()
    assert task.status == TaskStatus.FAILED
    assert task.failure
