# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Daily work on access requests, for Celery beat (or the management commands),
and the answer built in the background (a task with a progress page)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from celery import shared_task

from herstel.core.models import TaskRun
from herstel.core.tasks import TaskKind, task_kinds, task_start

from .models import AccessRequest, Answer
from .services import (
    answer_approve,
    answer_approve_check,
    deadline_reminders_send,
    requests_close_expired,
    requests_destroy_due,
)

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


def answer_task_run(*, owner: Actor, request_pk: int) -> str:
    """Approve and send the answer of a request (the ``inquiries.answer`` task).

    Run again after it succeeded (a redelivered message), it does nothing.
    """
    access_request = AccessRequest.objects.get(pk=request_pk)
    if not Answer.objects.filter(request=access_request).exists():
        answer_approve(request=access_request, actor=owner)
    return reverse("inquiries:detail", args=[access_request.reference]) + "#answer"


def answer_start(*, request: AccessRequest, actor: Actor) -> TaskRun:
    """Check that ``actor`` may approve now, then build and send the answer
    in the background; returns the task to follow."""
    answer_approve_check(request=request, actor=actor)
    return task_start(
        kind="inquiries.answer",
        owner=actor,
        reference=request.reference,
        arguments={"request_pk": request.pk},
        back_url=reverse("inquiries:detail", args=[request.reference]),
    )


task_kinds.add(
    "inquiries.answer",
    TaskKind(
        _("Approve and send the answer"), answer_task_run, "inquiries.read_request"
    ),
)
