# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The demo data set has a campaign with a request in each stage, from people
who appear in the demo inventory; loading twice adds nothing."""

from django.contrib.auth.models import Group

import pytest

from herstel.accounts.constants import Role
from herstel.demo.services import demo_load
from herstel.inquiries.constants import RequestStatus
from herstel.inquiries.demo import demo_requests_load
from herstel.inquiries.models import AccessRequest

pytestmark = pytest.mark.django_db(transaction=True)


def test_demo_requests():
    # Transactional tests flush the groups the data migration created.
    for role in Role:
        Group.objects.get_or_create(name=role.value)
    demo_load(seed=1, documents=40)
    created = demo_requests_load(seed=1)
    assert created == 6
    statuses = set(AccessRequest.objects.values_list("status", flat=True))
    assert statuses == {
        RequestStatus.RECEIVED,
        RequestStatus.VERIFYING,
        RequestStatus.SEARCHING,
        RequestStatus.AWAITING_APPROVAL,
        RequestStatus.OBJECTION_WINDOW,
    }
    answered = AccessRequest.objects.get(status=RequestStatus.OBJECTION_WINDOW)
    assert answered.answer.documents >= 1
    assert any(r.is_overdue() for r in AccessRequest.objects.all())
    assert demo_requests_load(seed=1) == 0
