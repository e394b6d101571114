# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Celery tasks of disposition: primary keys in, one service call, idempotent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from celery import shared_task

from herstel.accounts.models import User
from herstel.core.models import TaskRun
from herstel.core.tasks import TaskKind, task_kinds, task_start

from .models import DestructionRun
from .services import run_execute, run_execute_check

if TYPE_CHECKING:
    from herstel.core.actor import Actor


@shared_task(soft_time_limit=6 * 3600, time_limit=6 * 3600 + 300, acks_late=True)
def run_execute_task(run_pk: int, actor_pk: int) -> str:
    """Execute (or resume) a destruction run; safe to run again after a crash."""
    run = DestructionRun.objects.get(pk=run_pk)
    actor = User.objects.get(pk=actor_pk)
    return str(run_execute(run=run, actor=actor).status)


def run_execute_start(*, run: DestructionRun, actor: Actor) -> TaskRun:
    """Check that the run may go now, then execute it in the background;
    returns the task to follow (``tasks:progress``)."""
    run_execute_check(run=run, actor=actor)
    return task_start(
        kind="disposition.run_execute",
        owner=actor,
        reference=run.reference,
        arguments={"run_pk": run.pk},
        total=run.items.count(),
        back_url=reverse("disposition:run", args=[run.reference]),
    )


def run_task_run(*, owner: Actor, run_pk: int) -> str:
    """Execute (or resume) a run for the ``disposition.run_execute`` task;
    the result is the run's page, with its certificate once issued."""
    run = DestructionRun.objects.get(pk=run_pk)
    run = run_execute(run=run, actor=owner)
    return reverse("disposition:run", args=[run.reference])


task_kinds.add(
    "disposition.run_execute",
    TaskKind(_("Execute the destruction run"), run_task_run, "disposition.read"),
)
