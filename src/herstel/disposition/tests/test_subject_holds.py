# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Holds on a data subject: every document that mentions the person stays."""

from __future__ import annotations

from collections import Counter

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import verified_client
from herstel.audit.models import AuditEvent
from herstel.disposition.blockers import registry
from herstel.disposition.constants import HoldAuthority
from herstel.disposition.constants import HoldScope
from herstel.disposition.constants import ItemStatus
from herstel.disposition.models import Hold
from herstel.disposition.services import hold_lift
from herstel.disposition.services import hold_place
from herstel.disposition.services import run_execute
from herstel.dossiers.models import Mention
from herstel.dossiers.models import Subject
from herstel.dossiers.selectors import subject_document_ids
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create
from herstel.dossiers.subjects import subject_merge

from .factories import NAMES
from .factories import certificate_text
from .factories import place_hold
from .factories import store_documents

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(people):
    """Five documents; the first and the fifth name the same person."""
    dossier = dossier_create(slug="subject-holds", title="Subject holds")
    documents = store_documents(dossier, 5, people["analyst"])
    subject = _subject_of(documents[0])
    assert _subject_of(documents[4]) == subject
    return dossier, documents, subject


def _subject_of(document) -> Subject:
    subjects = {
        m.subject
        for m in Mention.objects.filter(document=document, subject__isnull=False)
        if m.subject.status != "merged"
    }
    assert len(subjects) == 1, subjects
    return subjects.pop()


def _blocked(documents):
    return registry.blocks(documents, timezone.localdate())


def _subject_hold(actor, subject, reference="ROL-2026-3"):
    return place_hold(actor, reference, "Procedure about this person", subject=subject)


def test_a_subject_hold_blocks_every_document_that_mentions_the_subject(people, setup):
    dossier, documents, subject = setup
    hold = _subject_hold(people["analyst"], subject)
    assert hold.scope == HoldScope.SUBJECT
    blocked = _blocked(documents)
    assert set(blocked) == {documents[0].pk, documents[4].pk}
    block = blocked[documents[0].pk][0]
    assert block.blocker == "hold"
    assert block.reference == "ROL-2026-3"
    assert subject.reference in block.text
    # A document analysed after the hold was placed is covered too.
    later = document_store(
        dossier=dossier,
        data=f"Brief aan {NAMES[0]} uit Tiel over de toeslag.".encode(),
        filename="later.txt",
        actor=people["analyst"],
    ).document
    assert later.pk in _blocked([later])
    placed = AuditEvent.objects.get(event="hold.placed")
    assert placed.context["subject"] == subject.pk
    assert placed.context["scope"] == "subject"


def test_a_subject_hold_follows_a_merge(people, setup):
    _dossier, documents, subject = setup
    other = _subject_of(documents[1])
    hold = _subject_hold(people["analyst"], other)
    subject_merge(target=subject, others=[other], actor=people["analyst"])
    # The mentions moved to ``subject``; the hold on ``other`` still covers them.
    covered = subject_document_ids(subject_ids=[other.pk])[other.pk]
    assert {documents[0].pk, documents[1].pk, documents[4].pk} <= covered
    assert documents[1].pk in _blocked(documents)
    hold_lift(hold=hold, reason="Settled", actor=people["analyst"])
    assert _blocked(documents) == {}


def test_one_of_overlapping_subject_and_document_holds_lifted_still_blocks(
    people, setup
):
    _dossier, documents, subject = setup
    held = documents[0]
    subject_hold = _subject_hold(people["analyst"], subject)
    document_hold = hold_place(
        authority=HoldAuthority.OMBUDSMAN,
        reference="NO-2026-9",
        reason="Investigation",
        actor=people["analyst"],
        document=held,
    )
    assert [b.reference for b in _blocked([held])[held.pk]] == [
        "ROL-2026-3",
        "NO-2026-9",
    ]

    hold_lift(hold=subject_hold, reason="Settled", actor=people["analyst"])
    assert [b.reference for b in _blocked([held])[held.pk]] == ["NO-2026-9"]
    assert documents[4].pk not in _blocked(documents)

    hold_place(
        authority=HoldAuthority.COURT,
        reference="ROL-2026-4",
        reason="Appeal",
        actor=people["analyst"],
        subject=subject,
    )
    hold_lift(hold=document_hold, reason="Closed", actor=people["analyst"])
    assert [b.reference for b in _blocked([held])[held.pk]] == ["ROL-2026-4"]


def test_a_hold_has_exactly_one_scope(people, setup):
    dossier, documents, subject = setup
    with pytest.raises(ValidationError) as error:
        hold_place(
            authority=HoldAuthority.COURT,
            reference="X",
            reason="Both",
            actor=people["analyst"],
            document=documents[0],
            subject=subject,
        )
    assert "scope" in error.value.message_dict
    # The database refuses a subject-scope hold with a dossier or without a
    # subject, too.
    for targets in ({"subject": subject, "dossier": dossier}, {}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Hold.objects.create(
                authority=HoldAuthority.COURT,
                reference="X",
                reason="Subject scope with the wrong targets",
                scope=HoldScope.SUBJECT,
                placed_by=people["analyst"],
                **targets,
            )


def test_a_run_skips_a_subject_held_document_and_the_certificate_names_the_hold(
    people, steps, setup
):
    dossier, documents, subject = setup
    steps.approve_destroy(documents)
    _subject_hold(people["analyst"], subject, reference="ROL-2026-77")
    run = steps.approved_run(dossier)
    preview = steps.preview(run)
    held = {documents[0].reference, documents[4].reference}
    for reference in held:
        assert [b["reference"] for b in preview[reference]] == ["ROL-2026-77"]
    assert not preview[documents[1].reference]

    run = run_execute(run=run, actor=people["analyst"])
    statuses = dict(run.items.values_list("reference", "status"))
    assert Counter(statuses.values()) == {"destroyed": 3, "blocked": 2}
    assert {r for r, s in statuses.items() if s == ItemStatus.BLOCKED} == held
    run = steps.locations_confirm(run, "Gewist")
    text = " ".join(certificate_text(run).split())
    assert "ROL-2026-77" in text
    assert subject.reference in text
    for reference in held:
        assert reference in text
    for name in NAMES:
        assert name not in text


def test_the_holds_page_places_a_subject_hold_by_number(people, setup):
    _dossier, _documents, subject = setup
    client = verified_client(people["analyst"])
    page = client.get(reverse("disposition:holds") + f"?subject={subject.reference}")
    body = page.content.decode()
    assert page.status_code == 200
    assert f'value="{subject.reference}"' in body
    assert "2 documents" in body or "2 documenten" in body
    for name in NAMES:
        assert name not in body
    response = client.post(
        reverse("disposition:holds"),
        {
            "authority": HoldAuthority.WOO_REQUEST,
            "reference": "WOO-2026-5",
            "reason": "Woo-verzoek",
            "subject_reference": subject.reference.lower(),
            "starts_on": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 302
    hold = Hold.objects.get()
    assert hold.subject == subject and hold.scope == HoldScope.SUBJECT
    listing = client.get(reverse("disposition:holds")).content.decode()
    assert reverse("dossiers:subject", args=[subject.pk]) in listing


def test_the_holds_page_refuses_an_unknown_or_double_scope(people, setup):
    dossier, _documents, subject = setup
    client = verified_client(people["analyst"])
    base = {
        "authority": HoldAuthority.COURT,
        "reference": "ROL-1",
        "reason": "r",
        "starts_on": timezone.localdate().isoformat(),
    }
    unknown = client.post(
        reverse("disposition:holds"), {**base, "subject_reference": "S-999999"}
    )
    assert unknown.status_code == 400
    both = client.post(
        reverse("disposition:holds"),
        {**base, "subject_reference": subject.reference, "dossier": dossier.pk},
    )
    assert both.status_code == 400
    assert not Hold.objects.exists()


def test_a_reviewer_sees_subject_holds_by_number_only(people, setup):
    _dossier, _documents, subject = setup
    _subject_hold(people["analyst"], subject)
    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    body = verified_client(officer).get(reverse("disposition:holds")).content.decode()
    assert subject.reference in body
    # The privacy officer may not open subjects: no link to the subject page.
    assert reverse("dossiers:subject", args=[subject.pk]) not in body
    overview = (
        verified_client(officer).get(reverse("disposition:index")).content.decode()
    )
    assert f"ROL-2026-3 — Betrokkene {subject.reference}" in overview or (
        f"ROL-2026-3 — Data subject {subject.reference}" in overview
    )
    for name in NAMES:
        assert name not in body
        assert name not in overview


def test_the_subject_page_offers_a_hold_to_those_who_may_place_one(people, setup):
    _dossier, _documents, subject = setup
    url = reverse("dossiers:subject", args=[subject.pk])
    link = reverse("disposition:holds") + f"?subject={subject.reference}"
    assert link in verified_client(people["analyst"]).get(url).content.decode()
    assert link not in verified_client(people["reviewer"]).get(url).content.decode()
