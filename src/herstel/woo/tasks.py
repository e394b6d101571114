# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Daily work on Woo requests, for Celery beat (or the management command),
and the decision package made in the background (a task with a progress
page: hundreds of documents take minutes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from celery import shared_task

from herstel.core.models import TaskRun
from herstel.core.tasks import TaskKind, task_kinds, task_start

from .models import WooRequest
from .services import (
    woo_decision_approve,
    woo_decision_approve_check,
    woo_reminders_send,
)

if TYPE_CHECKING:
    from herstel.core.actor import Actor


@shared_task(soft_time_limit=120, time_limit=180)
def woo_reminders_task() -> int:
    """Mail the analysts about Woo requests due within a week; idempotent."""
    return woo_reminders_send()


def decision_task_run(*, owner: Actor, request_pk: int) -> str:
    """Approve the decision and make its package (the ``woo.decision`` task);
    run again once decided, it does nothing."""
    woo = WooRequest.objects.get(pk=request_pk)
    woo = woo_decision_approve(request=woo, actor=owner)
    return reverse("woo:detail", args=[woo.reference])


def decision_start(*, request: WooRequest, actor: Actor) -> TaskRun:
    """Check that ``actor`` may approve now, then approve and make the
    package in the background; returns the task to follow."""
    woo_decision_approve_check(request=request, actor=actor)
    return task_start(
        kind="woo.decision",
        owner=actor,
        reference=request.reference,
        arguments={"request_pk": request.pk},
        total=request.items.count(),
        back_url=reverse("woo:detail", args=[request.reference]),
    )


task_kinds.add(
    "woo.decision",
    TaskKind(
        _("Approve the decision and make the package"), decision_task_run, "woo.read"
    ),
)
