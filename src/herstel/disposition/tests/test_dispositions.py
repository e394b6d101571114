# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Dispositions are proposed by one person and decided by another."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.db import transaction

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.audit.models import AuditEvent
from herstel.disposition.constants import Action
from herstel.disposition.constants import DecisionStatus
from herstel.disposition.models import Disposition
from herstel.disposition.selectors import disposition_suggest
from herstel.disposition.services import SelfApprovalError
from herstel.disposition.services import disposition_decide
from herstel.disposition.services import disposition_propose
from herstel.disposition.services import disposition_propose_bulk
from herstel.dossiers.services import dossier_create
from herstel.dossiers.tests.factories import text_document

from .factories import analyst
from .factories import reviewer
from .factories import store_documents

pytestmark = pytest.mark.django_db


@pytest.fixture
def document():
    dossier = dossier_create(slug="d", title="D")
    return store_documents(dossier, 1, analyst())[0]


def _propose(document, actor, action=Action.DESTROY, **extra):
    return disposition_propose(
        document=document,
        action=action,
        reason="Only for processing personal data.",
        legal_basis="AVG art. 17",
        actor=actor,
        **extra,
    )


def test_self_approval_is_refused(document):
    """A person with both roles still cannot approve their own proposal."""
    both = UserFactory(roles=[Role.ANALYST, Role.REVIEWER])
    disposition = _propose(document, both)
    with pytest.raises(SelfApprovalError):
        disposition_decide(disposition=disposition, approve=True, actor=both)
    disposition.refresh_from_db()
    assert disposition.status == DecisionStatus.PROPOSED
    assert disposition.decided_by is None


def test_the_database_refuses_self_approval_too(document):
    both = UserFactory(roles=[Role.ANALYST, Role.REVIEWER])
    disposition = _propose(document, both)
    disposition.decided_by = both
    disposition.status = DecisionStatus.APPROVED
    with pytest.raises(IntegrityError), transaction.atomic():
        disposition.save()


def test_another_reviewer_approves_and_it_is_audited(document):
    disposition = _propose(document, analyst())
    decided = disposition_decide(
        disposition=disposition, approve=True, actor=reviewer(), note="ok"
    )
    assert decided.status == DecisionStatus.APPROVED
    events = list(AuditEvent.objects.values_list("event", flat=True))
    assert "disposition.proposed" in events
    assert "disposition.decided" in events


def test_an_analyst_cannot_approve_and_a_reviewer_cannot_propose(document):
    disposition = _propose(document, analyst())
    with pytest.raises(PermissionDenied):
        disposition_decide(disposition=disposition, approve=True, actor=analyst())
    with pytest.raises(PermissionDenied):
        _propose(document, reviewer())


def test_a_decided_proposal_cannot_be_decided_again(document):
    disposition = _propose(document, analyst())
    disposition_decide(disposition=disposition, approve=False, actor=reviewer())
    with pytest.raises(ValidationError):
        disposition_decide(disposition=disposition, approve=True, actor=reviewer())


def test_a_new_proposal_replaces_the_open_one(document):
    first = _propose(document, analyst())
    second = _propose(document, analyst(), action=Action.KEEP)
    first.refresh_from_db()
    assert first.status == DecisionStatus.WITHDRAWN
    assert second.status == DecisionStatus.PROPOSED
    assert Disposition.objects.filter(document=document).count() == 2


def test_archive_needs_retention_and_derives_the_action_date(document):
    with pytest.raises(ValidationError) as error:
        _propose(document, analyst(), action=Action.REDACT_ARCHIVE)
    assert set(error.value.error_dict) == {
        "retention_class",
        "retention_years",
        "retention_start",
    }
    archived = _propose(
        document,
        analyst(),
        action=Action.REDACT_ARCHIVE,
        retention_class="1.2.3",
        retention_years=20,
        retention_start=datetime.date(2024, 2, 29),
    )
    assert archived.archive_action_date == datetime.date(2044, 2, 29)
    archived.retention_years = 21
    assert archived.archive_action_date == datetime.date(2045, 2, 28)


def test_bulk_proposal_makes_one_proposal_per_document():
    dossier = dossier_create(slug="bulk", title="Bulk")
    documents = store_documents(dossier, 3, analyst())
    proposed, skipped = disposition_propose_bulk(
        documents=documents,
        action=Action.DESTROY,
        reason="r",
        legal_basis="b",
        actor=analyst(),
    )
    assert (proposed, skipped) == (3, 0)
    assert Disposition.objects.filter(status=DecisionStatus.PROPOSED).count() == 3


def test_a_suggestion_follows_the_inventory():
    """Text full of personal data suggests destroy; text without any, keep."""
    actor = analyst()
    dossier = dossier_create(slug="s", title="S")
    full = text_document(
        dossier,
        "a.txt",
        "Mevrouw Jolanda de Wit, Lindelaan 12, 4001 AB Tiel, BSN 111222333.",
        actor,
    )
    empty = text_document(
        dossier,
        "b.txt",
        "Het beleid wordt in het volgende kwartaal herzien. " * 20,
        actor,
    )
    assert disposition_suggest(document=full).action == Action.DESTROY
    assert disposition_suggest(document=empty).action == Action.KEEP
    assert not Disposition.objects.exists()
