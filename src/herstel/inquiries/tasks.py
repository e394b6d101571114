# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Daily work on access requests, for Celery beat (or the management commands),
and the answer built in the background (a task with a progress page)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from celery import shared_task

from herstel.core.object_tasks import ObjectTask

from .models import AccessRequest
from .models import Answer
from .services import answer_approve
from .services import answer_approve_check
from .services import deadline_reminders_send
from .services import requests_close_expired
from .services import requests_destroy_due

if TYPE_CHECKING:
    from herstel.core.actor import Actor


@shared_task(soft_time_limit=120, time_limit=180)
def deadline_reminders_task() -> int:
    """Mail the team about requests due within a week; idempotent per due date."""
    return deadline_reminders_send()


@shared_task(soft_time_limit=600, time_limit=660)
def requests_close_task() -> tuple[int, int]:
    """Close requests past their objection window; destroy what the campaign allows."""
    return requests_close_expired(), requests_destroy_due()


def _answer_once(*, request: AccessRequest, actor: Actor) -> None:
    # Run again after it succeeded (a redelivered message), it does nothing.
    if not Answer.objects.filter(request=request).exists():
        answer_approve(request=request, actor=actor)


ANSWER = ObjectTask(
    kind="inquiries.answer",
    model=AccessRequest,
    keyword="request",
    check=answer_approve_check,
    work=_answer_once,
    url_name="inquiries:detail",
    anchor="#answer",
)
"""Approve and send the answer of a request; the result is the answer on
the request's page."""
ANSWER.register(_("Approve and send the answer"), "inquiries.read_request")

answer_start = ANSWER.start
"""``answer_start(request=..., actor=...)``: check that ``actor`` may approve
now, then build and send the answer in the background."""
