# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Four weeks after receipt, plus two on extension, also across month ends;
reminders once per due date, again after an extension."""

from __future__ import annotations

import datetime

from django.core import mail
from django.core.exceptions import ValidationError

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.woo import terms
from herstel.woo.services import woo_reminders_send
from herstel.woo.services import woo_request_extend

from .factories import woo_request

D = datetime.date


@pytest.mark.parametrize(
    ("received", "due", "extended"),
    [
        (D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 14)),
        (D(2028, 1, 31), D(2028, 2, 28), D(2028, 3, 13)),
        (D(2028, 2, 29), D(2028, 3, 28), D(2028, 4, 11)),
        (D(2026, 2, 28), D(2026, 3, 28), D(2026, 4, 11)),
        (D(2026, 4, 30), D(2026, 5, 28), D(2026, 6, 11)),
        (D(2026, 12, 17), D(2027, 1, 14), D(2027, 1, 28)),
        (D(2026, 12, 31), D(2027, 1, 28), D(2027, 2, 11)),
    ],
)
def test_four_weeks_and_two_on_month_ends(received, due, extended):
    assert terms.due_date(received) == due
    assert terms.extended_due_date(due) == extended
    assert (extended - received).days == 42


def test_view_term_and_appeal_window():
    assert terms.view_term_end(D(2026, 1, 31)) == D(2026, 2, 14)
    assert terms.appeal_end(D(2026, 1, 31)) == D(2026, 3, 14)


class _Clock:
    """``django.utils.timezone`` as the intake services see it, on one day."""

    def __init__(self, today: datetime.date) -> None:
        self.today = today

    def localdate(self) -> datetime.date:
        return self.today

    def now(self) -> datetime.datetime:
        from django.utils import timezone

        return timezone.now()


@pytest.mark.django_db
def test_extension_once_with_reason_and_reminders_sent(
    monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("herstel.woo.services.intake.timezone", _Clock(D(2026, 2, 20)))
    analyst = UserFactory(roles=[Role.ANALYST], email="analist@example.org")
    request = woo_request(analyst, received_on=D(2026, 1, 31))
    assert request.due_on == D(2026, 2, 28)

    # Due within a week: reminded once, a second run sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        assert woo_reminders_send(today=D(2026, 2, 21)) == 1
    assert len(mail.outbox) == 1
    assert request.reference in mail.outbox[0].body
    assert mail.outbox[0].to == ["analist@example.org"]
    assert woo_reminders_send(today=D(2026, 2, 22)) == 0

    with pytest.raises(ValidationError):
        woo_request_extend(request=request, reason=" ", actor=analyst)
    request = woo_request_extend(
        request=request, reason="Veel documenten", actor=analyst
    )
    assert request.due_on == D(2026, 3, 14)
    with pytest.raises(ValidationError):
        woo_request_extend(request=request, reason="Nog eens", actor=analyst)

    # The new due date is reminded again, a week before it.
    assert woo_reminders_send(today=D(2026, 3, 6)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert woo_reminders_send(today=D(2026, 3, 7)) == 1
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_reminder_not_for_a_request_due_later():
    analyst = UserFactory(roles=[Role.ANALYST], email="a@example.org")
    woo_request(analyst, received_on=D(2026, 1, 31))
    assert woo_reminders_send(today=D(2026, 2, 20)) == 0
