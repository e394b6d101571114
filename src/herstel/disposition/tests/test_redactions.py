# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Archive redaction: boxes from confirmed mentions, edited, approved by another
person, burned into a PDF that holds none of the redacted text."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.audit.models import AuditEvent
from herstel.disposition.constants import RedactionStatus
from herstel.disposition.models import Ground
from herstel.disposition.services import SelfApprovalError
from herstel.disposition.services import document_redaction_boxes
from herstel.disposition.services import redaction_approve
from herstel.disposition.services import redaction_box_add
from herstel.disposition.services import redaction_box_set
from herstel.disposition.services import redaction_pdf_read
from herstel.disposition.services import redaction_prepare
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create

from .factories import analyst
from .factories import reviewer
from .pdfscan import pdf_contains

pytestmark = pytest.mark.django_db

TEXT = (
    "Verslag. Mevrouw Jolanda de Wit uit Tiel sprak met de heer Karim Bouzidi. "
    "Zij heeft diabetes. Het overleg over het beleid duurde een uur."
)


@pytest.fixture
def document():
    actor = analyst()
    dossier = dossier_create(slug="r", title="R")
    document = document_store(
        dossier=dossier, data=TEXT.encode(), filename="r.txt", actor=actor
    ).document
    Mention.objects.filter(document=document).update(status=MentionStatus.CONFIRMED)
    return document


def _span(needle):
    start = TEXT.index(needle)
    return start, start + len(needle)


def test_prepare_edit_approve_and_nothing_leaks(document):
    preparer = UserFactory(roles=[Role.ANALYST, Role.REVIEWER])
    approver = reviewer()
    redaction = redaction_prepare(document=document, actor=preparer)
    codes = {b.ground.code for b in redaction.boxes.all()}
    assert "5.1.2e" in codes
    # The engine may miss the health data: the analyst adds it with its ground.
    start, end = _span("diabetes")
    redaction_box_add(
        redaction=redaction,
        start=start,
        end=end,
        ground=Ground.objects.get(code="5.1.1d"),
        actor=preparer,
    )
    # And switches off a box that should stay readable (the place name).
    tiel = redaction.boxes.filter(start=TEXT.index("Tiel")).first()
    if tiel is not None:
        redaction_box_set(box=tiel, included=False, actor=preparer)

    with pytest.raises(SelfApprovalError):
        redaction_approve(redaction=redaction, actor=preparer)
    approved = redaction_approve(redaction=redaction, actor=approver)
    assert approved.status == RedactionStatus.APPROVED
    pdf = redaction_pdf_read(redaction=approved, actor=approver)
    for secret in ("Jolanda", "de Wit", "Bouzidi", "diabetes"):
        assert not pdf_contains(pdf, secret), secret
    assert pdf_contains(pdf, "beleid")
    assert pdf_contains(pdf, "5.1.1d")
    assert AuditEvent.objects.filter(event="redaction.downloaded").count() == 1


def test_a_change_after_approval_needs_a_new_approval(document):
    preparer, approver = analyst(), reviewer()
    redaction = redaction_prepare(document=document, actor=preparer)
    redaction = redaction_approve(redaction=redaction, actor=approver)
    box = redaction.boxes.first()
    redaction_box_set(box=box, included=False, actor=preparer)
    redaction.refresh_from_db()
    assert redaction.status == RedactionStatus.DRAFT
    assert redaction.pdf_key_id == ""


def test_only_analysts_prepare(document):
    with pytest.raises(PermissionDenied):
        redaction_prepare(document=document, actor=reviewer())


def test_access_copy_boxes_keep_the_requesters_mentions(document):
    """Everyone but the requester is redacted in an access copy."""
    mentions = list(Mention.objects.filter(document=document, category="person"))
    assert len(mentions) >= 2
    requester = next(m for m in mentions if TEXT[m.start : m.end].endswith("de Wit"))
    boxes = document_redaction_boxes(document=document, keep_mention_ids=[requester.pk])
    spans = {(b.start, b.end) for b in boxes}
    assert (requester.start, requester.end) not in spans
    assert any(TEXT[b.start : b.end].endswith("Bouzidi") for b in boxes)
