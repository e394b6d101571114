# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Requests and disposition together: blockers in a run preview, objection holds."""

from __future__ import annotations

import datetime
from unittest import mock

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.accounts.tests.factories import verified_client
from herstel.audit.models import AuditEvent
from herstel.disposition.blockers import registry
from herstel.disposition.constants import HoldAuthority
from herstel.disposition.constants import HoldScope
from herstel.disposition.models import Hold
from herstel.disposition.selectors import run_preview
from herstel.disposition.services import disposition_decide
from herstel.disposition.services import disposition_propose
from herstel.disposition.tests.factories import approved_run
from herstel.disposition.tests.factories import place_hold
from herstel.dossiers.models import Mention
from herstel.inquiries.constants import RequestStatus
from herstel.inquiries.models import Objection
from herstel.inquiries.selectors import BLOCKER_LABELS
from herstel.inquiries.selectors import subjects_on_hold
from herstel.inquiries.services import answer_approve
from herstel.inquiries.services import objection_register
from herstel.inquiries.services import objection_release
from herstel.inquiries.services import outcome_propose
from herstel.inquiries.services import requests_close_expired

from .conftest import NOTE
from .factories import matched
from .factories import verified_in_person

pytestmark = pytest.mark.django_db


def _matched(request, analyst, note):
    verified_in_person(request, analyst)
    johan = Mention.objects.get(document=note, start=NOTE.index("Johan")).subject
    matched(request, johan, analyst, "Zelfde naam en woonplaats")
    return johan


def _answered(request, analyst, reviewer, note):
    johan = _matched(request, analyst, note)
    outcome_propose(request=request, actor=analyst)
    answer_approve(request=request, actor=reviewer)
    request.refresh_from_db()
    return johan


def _run(dossier, documents, analyst, reviewer, planned_for):
    for document in documents:
        disposition = disposition_propose(
            document=document,
            action="destroy",
            reason="Alleen voor het onderzoek verwerkt",
            legal_basis="AVG art. 17",
            actor=analyst,
        )
        disposition_decide(disposition=disposition, approve=True, actor=reviewer)
    return approved_run(
        dossier, analyst, reviewer, legal_basis="AVG 17", planned_for=planned_for
    )


def _preview(run, actor):
    return {row.item.reference: row.blocks for row in run_preview(actor=actor, run=run)}


def test_the_request_blockers_are_registered_with_disposition():
    identifiers = registry.identifiers()
    for code in ("open_request", "objection_window", "campaign_destruction_date"):
        assert f"request_{code}" in identifiers
    assert "hold" in identifiers
    # The objection is a disposition hold now, not a second blocker.
    assert "request_objection" not in identifiers


def test_an_open_request_blocks_its_subjects_documents_in_a_run_preview(
    submitted, analyst, reviewer, inventory, campaign
):
    dossier, note, other = inventory
    _matched(submitted, analyst, note)
    after_campaign = campaign.destruction_from + datetime.timedelta(days=1)
    run = _run(dossier, [note, other], analyst, reviewer, after_campaign)

    preview = _preview(run, reviewer)
    assert preview[note.reference] == [
        {
            "blocker": "request_open_request",
            "message": "An access request about this person is open.",
            "params": {},
            "reference": submitted.reference,
            "text": str(BLOCKER_LABELS["open_request"]),
        }
    ]
    assert preview[other.reference] == []
    # Before the campaign's destruction date the campaign blocks as well.
    early = {
        row.item.reference: [b["blocker"] for b in row.blocks]
        for row in run_preview(actor=reviewer, run=run, on=timezone.localdate())
    }
    assert early[note.reference] == [
        "request_campaign_destruction_date",
        "request_open_request",
    ]

    # Answered: the objection window blocks until it has passed.
    outcome_propose(request=submitted, actor=analyst)
    answer_approve(request=submitted, actor=reviewer)
    submitted.refresh_from_db()
    assert [b["blocker"] for b in _preview(run, reviewer)[note.reference]] == [
        "request_objection_window"
    ]
    requests_close_expired(today=submitted.objection_until + datetime.timedelta(days=1))
    submitted.refresh_from_db()
    assert submitted.status == RequestStatus.CLOSED
    assert _preview(run, reviewer)[note.reference] == []


def test_an_objection_places_a_subject_hold_and_release_lifts_it(
    submitted, analyst, reviewer, inventory, campaign
):
    dossier, note, other = inventory
    johan = _answered(submitted, analyst, reviewer, note)
    objection = objection_register(
        request=submitted, actor=analyst, received_on=timezone.localdate()
    )
    hold = Hold.objects.get()
    assert (hold.authority, hold.scope, hold.subject, hold.reference) == (
        HoldAuthority.OBJECTION,
        HoldScope.SUBJECT,
        johan,
        submitted.reference,
    )
    assert list(objection.holds.all()) == [hold]
    assert subjects_on_hold() == {johan.pk}
    assert AuditEvent.objects.filter(event="hold.placed").count() == 1

    # Another hold on the same subject, for another reason.
    court = place_hold(analyst, "ROL-2026-8", "Procedure", subject=johan)
    after_campaign = campaign.destruction_from + datetime.timedelta(days=1)
    run = _run(dossier, [note, other], analyst, reviewer, after_campaign)
    blocks = _preview(run, reviewer)[note.reference]
    assert [(b["blocker"], b["reference"]) for b in blocks] == [
        ("hold", submitted.reference),
        ("hold", "ROL-2026-8"),
    ]

    with pytest.raises(ValidationError):
        objection_release(objection=objection, actor=analyst, reason=" ")
    objection_release(objection=objection, actor=analyst, reason="Bezwaar ongegrond")
    hold.refresh_from_db()
    assert hold.lifted_at is not None and hold.lift_reason == "Bezwaar ongegrond"
    court.refresh_from_db()
    assert court.lifted_at is None
    submitted.refresh_from_db()
    assert submitted.status == RequestStatus.CLOSED
    assert subjects_on_hold() == set()
    blocks = _preview(run, reviewer)[note.reference]
    assert [b["reference"] for b in blocks] == ["ROL-2026-8"]

    # Idempotent: releasing again changes and audits nothing.
    objection_release(objection=objection, actor=analyst, reason="Nog eens")
    assert AuditEvent.objects.filter(event="hold.lifted").count() == 1
    released = AuditEvent.objects.filter(event="request.objection_released")
    assert released.count() == 1
    assert released.get().context["holds"] == [hold.pk]


def test_the_objection_and_its_holds_are_one_transaction(
    submitted, analyst, reviewer, inventory
):
    _dossier, note, _other = inventory
    _answered(submitted, analyst, reviewer, note)
    with (
        mock.patch(
            "herstel.inquiries.services.closure.hold_place",
            side_effect=ValidationError("hold refused"),
        ),
        pytest.raises(ValidationError),
    ):
        objection_register(
            request=submitted, actor=analyst, received_on=timezone.localdate()
        )
    submitted.refresh_from_db()
    assert submitted.status == RequestStatus.OBJECTION_WINDOW
    assert not Objection.objects.exists()
    assert not Hold.objects.exists()


def test_the_request_page_releases_an_objection(
    submitted, analyst, reviewer, inventory
):
    _dossier, note, _other = inventory
    _answered(submitted, analyst, reviewer, note)
    client = verified_client(analyst)
    response = client.post(
        reverse("inquiries:objection", args=[submitted.reference]),
        {"received_on": timezone.localdate().isoformat(), "note": ""},
    )
    assert response.status_code == 302
    objection = Objection.objects.get()
    detail = client.get(reverse("inquiries:detail", args=[submitted.reference]))
    assert reverse("inquiries:objection_release", args=[submitted.reference]) in (
        detail.content.decode()
    )
    url = reverse("inquiries:objection_release", args=[submitted.reference])
    missing = client.post(url, {"objection": objection.pk, "reason": ""})
    assert missing.status_code == 400
    assert Hold.objects.active().count() == 1
    response = client.post(
        url, {"objection": objection.pk, "reason": "Bezwaar ingetrokken"}
    )
    assert response.status_code == 302
    assert not Hold.objects.active().exists()
    objection.refresh_from_db()
    assert objection.released_by == analyst
    # A reviewer may read the request but not release an objection.
    assert (
        verified_client(reviewer).post(url, {"objection": objection.pk}).status_code
        == 403
    )
