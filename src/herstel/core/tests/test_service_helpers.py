# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The small pieces services share: required text, four eyes, term extension."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from django.core.exceptions import ValidationError

import pytest

from herstel.core.decisions import SelfApprovalError
from herstel.core.decisions import second_person_check
from herstel.core.decisions import signed
from herstel.core.service_checks import text_required
from herstel.core.term_extension import ExtensionRefusals
from herstel.core.term_extension import extension_changes

D = datetime.date
REFUSALS = ExtensionRefusals(twice="twice", closed="closed", late="late")


def test_text_required_strips_and_refuses_blank_on_its_field():
    assert text_required("  a reason ", "reason", "Give it.") == "a reason"
    with pytest.raises(ValidationError) as refused:
        text_required(" \n ", "reason", "Give it.")
    assert refused.value.message_dict == {"reason": ["Give it."]}


def test_second_person_check_refuses_only_the_proposer():
    actor = SimpleNamespace(pk=7)
    second_person_check(8, actor, "no")
    second_person_check(None, actor, "no")
    with pytest.raises(SelfApprovalError, match="no"):
        second_person_check(7, actor, "no")


def test_signed_names_the_step_its_actor_and_now():
    actor = SimpleNamespace(pk=7)
    fields = signed("approved", actor)
    assert set(fields) == {"approved_by", "approved_at"}
    assert fields["approved_by"] is actor
    assert fields["approved_at"].tzinfo is not None


def _open(**overrides: object) -> SimpleNamespace:
    values = {"extended_on": None, "status": "open", "due_on": D(2026, 3, 1)}
    return SimpleNamespace(**{**values, **overrides})


def test_extension_changes_are_the_four_fields():
    changes = extension_changes(
        _open(),
        due_on=D(2026, 3, 15),
        today=D(2026, 3, 1),
        reason=" busy ",
        open_statuses={"open"},
        refusals=REFUSALS,
    )
    assert changes["due_on"] == D(2026, 3, 15)
    assert changes["extension_reason"] == "busy"
    assert changes["reminded_at"] is None
    assert changes["extended_on"] is not None


@pytest.mark.parametrize(
    ("obj", "today", "refusal"),
    [
        (_open(extended_on=D(2026, 2, 1)), D(2026, 2, 2), "twice"),
        (_open(status="answered"), D(2026, 2, 2), "closed"),
        (_open(), D(2026, 3, 2), "late"),
    ],
)
def test_extension_refused_once_closed_or_late(obj, today, refusal):
    with pytest.raises(ValidationError, match=refusal):
        extension_changes(
            obj,
            due_on=D(2026, 4, 1),
            today=today,
            reason="r",
            open_statuses={"open"},
            refusals=REFUSALS,
        )
