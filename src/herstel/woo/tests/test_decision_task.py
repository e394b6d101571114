# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Approving a Woo decision makes its package in a background task that the
reviewer follows on a progress page."""

from __future__ import annotations

from django.urls import reverse

import pytest

from herstel.accounts.tests.factories import verified_client
from herstel.core.models import TaskRun
from herstel.core.tests.task_asserts import finished_task
from herstel.woo.constants import Judgement
from herstel.woo.constants import RequestStatus
from herstel.woo.services import woo_decision_propose
from herstel.woo.services import woo_item_assess

from .factories import analyst
from .factories import documents_reviewed
from .factories import reviewer
from .factories import woo_request

pytestmark = pytest.mark.django_db


def test_approving_makes_the_package_in_a_task(django_capture_on_commit_callbacks):
    preparer, approver = analyst(), reviewer()
    request = woo_request(preparer, documents_reviewed("woo-task", 2, preparer))
    for item in request.items.all():
        woo_item_assess(item=item, judgement=Judgement.PUBLIC, actor=preparer)
    request = woo_decision_propose(request=request, actor=preparer, summary="Open.")
    url = reverse("woo:approve", args=[request.reference])
    # The proposer cannot, not even start the task.
    assert verified_client(preparer).post(url).status_code == 403
    assert not TaskRun.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = verified_client(approver).post(url)
    task = finished_task(response, steps=2)
    request.refresh_from_db()
    assert request.status == RequestStatus.DECIDED
    assert request.package_sha256
    assert task.result_url == reverse("woo:detail", args=[request.reference])
