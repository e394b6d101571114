# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Celery tasks of disposition: primary keys in, one service call, idempotent."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from celery import shared_task

from herstel.accounts.models import User
from herstel.core.object_tasks import ObjectTask

from .models import DestructionRun
from .services import run_execute
from .services import run_execute_check


@shared_task(soft_time_limit=6 * 3600, time_limit=6 * 3600 + 300, acks_late=True)
def run_execute_task(run_pk: int, actor_pk: int) -> str:
    """Execute (or resume) a destruction run; safe to run again after a crash."""
    run = DestructionRun.objects.get(pk=run_pk)
    actor = User.objects.get(pk=actor_pk)
    return str(run_execute(run=run, actor=actor).status)


RUN_EXECUTE = ObjectTask(
    kind="disposition.run_execute",
    model=DestructionRun,
    keyword="run",
    check=run_execute_check,
    work=run_execute,
    url_name="disposition:run",
    count=lambda run: run.items.count(),
)
"""Execute (or resume) a run; the result is the run's page, with its
certificate once issued."""
RUN_EXECUTE.register(_("Execute the destruction run"), "disposition.read")

run_execute_start = RUN_EXECUTE.start
"""``run_execute_start(run=..., actor=...)``: check that the run may go now,
then execute it in the background; returns the task to follow."""
