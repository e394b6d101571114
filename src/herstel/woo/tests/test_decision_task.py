# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Approving a Woo decision makes its package in a background task that the
reviewer follows on a progress page."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

import pytest

from herstel.accounts.tests.factories import login_verified
from herstel.core.models import TaskRun, TaskStatus
from herstel.woo.constants import Judgement, RequestStatus
from herstel.woo.services import woo_decision_propose, woo_item_assess

from .factories import analyst, documents_reviewed, reviewer, woo_request

pytestmark = pytest.mark.django_db


def _client(user):
    client = Client()
    login_verified(client, user)
    return client


def test_approving_makes_the_package_in_a_task(django_capture_on_commit_callbacks):
    preparer, approver = analyst(), reviewer()
    request = woo_request(preparer, documents_reviewed("woo-task", 2, preparer))
    for item in request.items.all():
        woo_item_assess(item=item, judgement=Judgement.PUBLIC, actor=preparer)
    request = woo_decision_propose(request=request, actor=preparer, summary="Open.")
    url = reverse("woo:approve", args=[request.reference])
    # The proposer cannot, not even start the task.
    assert _client(preparer).post(url).status_code == 403
    assert not TaskRun.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = _client(approver).post(url)
    task = TaskRun.objects.get()
    assert response["Location"] == reverse("tasks:progress", args=[task.pk])
    assert task.status == TaskStatus.DONE, task.failure
    assert (task.done, task.total) == (2, 2)
    request.refresh_from_db()
    assert request.status == RequestStatus.DECIDED
    assert request.package_sha256
    assert task.result_url == reverse("woo:detail", args=[request.reference])
