# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Several holds can cover one object; it is destroyable only when none is active."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.audit.models import AuditEvent
from herstel.disposition.blockers import Block
from herstel.disposition.blockers import BlockerRegistry
from herstel.disposition.blockers import registry
from herstel.disposition.constants import HoldAuthority
from herstel.disposition.services import hold_lift
from herstel.disposition.services import hold_place

from .factories import place_hold
from .factories import reviewer

pytestmark = pytest.mark.django_db


def _blocked(documents, on=None):
    return registry.blocks(documents, on or timezone.localdate())


def test_one_of_two_overlapping_holds_lifted_still_blocks(two_documents):
    actor, dossier, (doc, other) = two_documents
    ombudsman = place_hold(
        actor,
        "NO-2026-1",
        "Investigation",
        authority=HoldAuthority.OMBUDSMAN,
        dossier=dossier,
    )
    court = place_hold(actor, "ROL-12", "Litigation", document=doc)
    blocked = _blocked([doc, other])
    assert [b.reference for b in blocked[doc.pk]] == ["NO-2026-1", "ROL-12"]
    assert [b.reference for b in blocked[other.pk]] == ["NO-2026-1"]

    hold_lift(hold=ombudsman, reason="Investigation closed", actor=actor)
    blocked = _blocked([doc, other])
    assert [b.reference for b in blocked[doc.pk]] == ["ROL-12"]
    assert other.pk not in blocked

    hold_lift(hold=court, reason="Judgment final", actor=actor)
    assert _blocked([doc, other]) == {}
    events = AuditEvent.objects.filter(event__startswith="hold.")
    assert sorted(events.values_list("event", flat=True)) == [
        "hold.lifted",
        "hold.lifted",
        "hold.placed",
        "hold.placed",
    ]
    assert set(events.values_list("reason", flat=True)) >= {
        "Investigation closed",
        "Judgment final",
    }


def test_a_hold_counts_only_between_its_dates(two_documents):
    actor, _dossier, (doc, _other) = two_documents
    today = timezone.localdate()
    hold_place(
        authority=HoldAuthority.WOO_REQUEST,
        reference="WOO-1",
        reason="Pending request",
        actor=actor,
        document=doc,
        starts_on=today + datetime.timedelta(days=5),
        ends_on=today + datetime.timedelta(days=10),
    )
    assert _blocked([doc]) == {}
    assert doc.pk in _blocked([doc], today + datetime.timedelta(days=7))
    assert _blocked([doc], today + datetime.timedelta(days=11)) == {}


def test_a_hold_needs_one_scope_and_a_reason(two_documents):
    actor, dossier, (doc, _other) = two_documents
    with pytest.raises(ValidationError) as error:
        hold_place(
            authority="x",
            reference="",
            reason="",
            actor=actor,
            dossier=dossier,
            document=doc,
        )
    assert set(error.value.error_dict) == {"authority", "reference", "reason", "scope"}
    hold = place_hold(actor, "B-1", authority=HoldAuthority.OBJECTION, document=doc)
    with pytest.raises(ValidationError):
        hold_lift(hold=hold, reason=" ", actor=actor)


def test_only_analysts_and_privacy_officers_place_holds(two_documents):
    _actor, dossier, _documents = two_documents
    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    place_hold(officer, "1", dossier=dossier)
    with pytest.raises(PermissionDenied):
        place_hold(reviewer(), "2", dossier=dossier)


def test_other_contexts_register_blockers():
    """A registered blocker's reasons are merged in; duplicates are refused."""
    fresh = BlockerRegistry()

    @fresh("open_request")
    def open_requests(documents, on):
        return {documents[0].pk: [Block("open_request", "Open request", "AV-1")]}

    class Doc:
        pk = 7
        dossier_id = 1

    assert fresh.blocks([Doc()], timezone.localdate()) == {
        7: [Block("open_request", "Open request", "AV-1")]
    }
    with pytest.raises(ValueError):
        fresh.register("open_request", lambda documents, on: {})


def test_a_recorded_reason_reads_in_the_language_of_the_reader():
    """Blocked reasons are stored by their source text and codes (issue 16:
    a run recorded in Dutch showed Dutch reasons to English readers)."""
    from django.utils import translation

    from herstel.disposition.blockers import block_text

    with translation.override("nl"):
        stored = Block(
            "hold",
            gettext_lazy("Legal hold: %(authority)s"),
            "NO-1",
            params=(("authority", HoldAuthority.OMBUDSMAN),),
        ).as_json()
    assert stored["message"] == "Legal hold: %(authority)s"
    with translation.override("en"):
        english = block_text(stored)
        assert english == f"Legal hold: {HoldAuthority.OMBUDSMAN.label}"
    with translation.override("nl"):
        dutch = block_text(stored)
    assert dutch != english and "ombudsman" in dutch.lower()
    # A reason recorded before codes were stored is shown as recorded.
    assert block_text({"message": "Oude reden", "reference": "X"}) == "Oude reden"


def test_an_objection_hold_reads_in_the_language_of_the_reader():
    from django.utils import translation

    from herstel.disposition.models import Hold

    hold = Hold(
        authority=HoldAuthority.OBJECTION, reference="AV-2026-0001", reason="Bezwaar"
    )
    with translation.override("en"):
        assert hold.reason_text == (
            "Objection to destruction, access request AV-2026-0001"
        )
    with translation.override("nl"):
        assert "AV-2026-0001" in hold.reason_text
        assert "Objection" not in hold.reason_text
    typed = Hold(authority=HoldAuthority.COURT, reference="R-1", reason="Zaak 12")
    assert typed.reason_text == "Zaak 12"
