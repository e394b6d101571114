# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Extension once, by one or two months, with the reason mailed (in the
requester's language); reminders a week before the due date, once."""

import datetime

from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

import pytest

from herstel.audit.models import AuditEvent
from herstel.inquiries.deadlines import add_months
from herstel.inquiries.services import request_extend

from .conftest import english_request

pytestmark = pytest.mark.django_db(transaction=True)

REASON = "Wij ontvingen in korte tijd veel verzoeken."


def test_extension_mail(submitted, analyst):
    mail.outbox.clear()
    before = submitted.due_on
    request = request_extend(request=submitted, actor=analyst, months=2, reason=REASON)
    assert request.due_on == add_months(before, 2)
    message = mail.outbox[-1]
    assert message.to == ["johan@example.nl"]
    assert submitted.reference in message.subject
    assert message.subject.startswith("Meer tijd nodig")
    assert REASON in message.body
    assert request.due_on.strftime("%Y") in message.body
    entry = AuditEvent.objects.get(event="request.deadline_extended")
    assert entry.context["months"] == 2
    assert REASON not in str(entry.context)
    with pytest.raises(ValidationError):
        request_extend(request=request, actor=analyst, months=1, reason=REASON)


def test_extension_mail_in_english(campaign, analyst):
    request = english_request(campaign)
    request_extend(request=request, actor=analyst, months=1, reason="Many requests.")
    assert mail.outbox[-1].subject.startswith("More time needed")
    assert "Many requests." in mail.outbox[-1].body


@pytest.mark.parametrize(("months", "reason"), [(3, REASON), (0, REASON), (1, " ")])
def test_extension_needs_valid_months_and_reason(submitted, analyst, months, reason):
    with pytest.raises(ValidationError):
        request_extend(request=submitted, actor=analyst, months=months, reason=reason)


def test_no_extension_after_the_deadline(submitted, analyst):
    submitted.due_on = timezone.localdate() - datetime.timedelta(days=1)
    submitted.save()
    with pytest.raises(ValidationError):
        request_extend(request=submitted, actor=analyst, months=1, reason=REASON)


def test_reminder_command(submitted, analyst):
    mail.outbox.clear()
    week_before = submitted.due_on - datetime.timedelta(days=8)
    call_command("send_deadline_reminders", today=week_before)
    assert mail.outbox == []
    call_command(
        "send_deadline_reminders", today=submitted.due_on - datetime.timedelta(days=7)
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [analyst.email]
    assert submitted.reference in message.body
    # Once per due date.
    call_command("send_deadline_reminders", today=submitted.due_on)
    assert len(mail.outbox) == 1
    # An extension resets the reminder.
    submitted.refresh_from_db()
    submitted.due_on = timezone.localdate() + datetime.timedelta(days=3)
    submitted.save()
    request_extend(request=submitted, actor=analyst, months=1, reason=REASON)
    submitted.refresh_from_db()
    call_command(
        "send_deadline_reminders", today=submitted.due_on - datetime.timedelta(days=2)
    )
    assert submitted.reference in mail.outbox[-1].body


def test_close_command(submitted):
    call_command("close_answered_requests")  # nothing answered: nothing closed
    submitted.refresh_from_db()
    assert submitted.closed_at is None
