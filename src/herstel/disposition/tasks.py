# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Celery tasks of disposition: primary keys in, one service call, idempotent."""

from __future__ import annotations

from typing import Any

from celery import shared_task

from herstel.accounts.models import User
from herstel.core.tasks import enqueue

from .models import DestructionRun
from .services import run_execute, run_execute_check


@shared_task(soft_time_limit=6 * 3600, time_limit=6 * 3600 + 300, acks_late=True)
def run_execute_task(run_pk: int, actor_pk: int) -> str:
    """Execute (or resume) a destruction run; safe to run again after a crash."""
    run = DestructionRun.objects.get(pk=run_pk)
    actor = User.objects.get(pk=actor_pk)
    return str(run_execute(run=run, actor=actor).status)


def run_execute_start(*, run: DestructionRun, actor: Any) -> None:
    """Check that the run may go now, then execute it in the background."""
    run_execute_check(run=run, actor=actor)
    enqueue(run_execute_task, run.pk, actor.pk)
