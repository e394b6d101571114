# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The demo data leaves a flow to walk through: proposals, approvals, a hold, a run."""

from __future__ import annotations

import pytest

from herstel.disposition.constants import DecisionStatus
from herstel.disposition.constants import RunStatus
from herstel.disposition.demo import disposition_demo
from herstel.disposition.models import DestructionRun
from herstel.disposition.models import Disposition
from herstel.disposition.models import Hold
from herstel.dossiers.services import dossier_create

from .factories import analyst
from .factories import reviewer
from .factories import store_documents

pytestmark = pytest.mark.django_db


def test_demo_proposes_approves_holds_and_prepares_a_run():
    loader = analyst()
    reviewer()
    store_documents(dossier_create(slug="demo", title="Demo"), 4, loader)
    assert disposition_demo() == 4
    assert Disposition.objects.filter(status=DecisionStatus.APPROVED).count() == 4
    assert Hold.objects.count() == 1
    assert DestructionRun.objects.get().status == RunStatus.DRAFT
    assert disposition_demo() == 0
