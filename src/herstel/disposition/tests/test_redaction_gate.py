# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The redaction gate: prepare boxes unreviewed candidates, approval waits for
every mention to be reviewed, zero boxes on a document naming persons is
refused, rejected words are never burned."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from herstel.disposition.constants import RedactionStatus
from herstel.disposition.services import redaction_approve
from herstel.disposition.services import redaction_box_set
from herstel.disposition.services import redaction_pdf_read
from herstel.disposition.services import redaction_prepare
from herstel.disposition.services.redaction_gate import prepare_mentions
from herstel.disposition.services.redaction_gate import redaction_counts
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create

from .factories import analyst
from .factories import reviewer
from .pdfscan import pdf_contains

pytestmark = pytest.mark.django_db

TEXT = (
    "Verslag. Mevrouw Jolanda de Wit uit Tiel sprak met de heer Karim Bouzidi "
    "over de afdeling Werkgelegenheid. Hij woont aan de Lindelaan 12 in Tiel."
)


@pytest.fixture
def document():
    dossier = dossier_create(slug="g", title="G")
    return document_store(
        dossier=dossier, data=TEXT.encode(), filename="g.txt", actor=analyst()
    ).document


def _confirm_all(document):
    Mention.objects.filter(document=document).update(status=MentionStatus.CONFIRMED)


def test_prepare_boxes_unreviewed_candidates(document):
    proposed = Mention.objects.filter(document=document, status="proposed")
    assert proposed.filter(category="person").exists()
    redaction = redaction_prepare(document=document, actor=analyst())
    boxed = {(b.start, b.end) for b in redaction.boxes.all()}
    for mention in prepare_mentions(document=document):
        assert (mention.start, mention.end) in boxed
    assert any(TEXT[s:e].endswith("Bouzidi") for s, e in boxed)


def test_approval_refused_while_mentions_are_unreviewed(document):
    redaction = redaction_prepare(document=document, actor=analyst())
    with pytest.raises(ValidationError) as refused:
        redaction_approve(redaction=redaction, actor=reviewer())
    assert refused.value.code == "unreviewed"
    redaction.refresh_from_db()
    assert redaction.status == RedactionStatus.DRAFT
    assert redaction.pdf_key_id == ""


def test_zero_boxes_on_a_document_naming_persons_is_refused(document):
    preparer = analyst()
    redaction = redaction_prepare(document=document, actor=preparer)
    _confirm_all(document)
    for box in redaction.boxes.all():
        redaction_box_set(box=box, included=False, actor=preparer)
    with translation.override("nl"), pytest.raises(ValidationError) as refused:
        redaction_approve(redaction=redaction, actor=reviewer())
    assert refused.value.code == "no_boxes"
    assert "personen" in refused.value.messages[0]


def test_rejected_words_are_never_burned_and_counts_are_confirmed(document):
    preparer, approver = analyst(), reviewer()
    redaction = redaction_prepare(document=document, actor=preparer)
    _confirm_all(document)
    # "Werkgelegenheid" may have been proposed as a person: reject it.
    word = TEXT.index("Werkgelegenheid")
    wrong = Mention.objects.filter(document=document, start__lte=word, end__gt=word)
    wrong.update(status=MentionStatus.REJECTED)
    counts = redaction_counts(redaction=redaction)
    assert counts.unreviewed == 0
    assert counts.boxed >= 2
    with pytest.raises(ValidationError) as refused:
        redaction_approve(redaction=redaction, actor=approver, confirmed_counts="1-1-1")
    assert refused.value.code == "counts_changed"
    approved = redaction_approve(
        redaction=redaction, actor=approver, confirmed_counts=counts.as_token()
    )
    assert approved.status == RedactionStatus.APPROVED
    pdf = redaction_pdf_read(redaction=approved, actor=approver)
    for secret in ("Jolanda", "Bouzidi", "Lindelaan"):
        assert not pdf_contains(pdf, secret), secret
    assert pdf_contains(pdf, "Werkgelegenheid")


def test_all_persons_rejected_allows_zero_boxes(document):
    preparer = analyst()
    redaction = redaction_prepare(document=document, actor=preparer)
    Mention.objects.filter(document=document).update(status=MentionStatus.REJECTED)
    counts = redaction_counts(redaction=redaction)
    assert counts.boxed == 0 and counts.person_candidates == 0
    approved = redaction_approve(redaction=redaction, actor=reviewer())
    assert approved.status == RedactionStatus.APPROVED
