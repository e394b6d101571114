# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Background work: one entry point to queue it, one runner that records it.

:func:`enqueue` queues a Celery task at commit. :func:`task_start` does the
same for long work a person waits for (an answer, a destruction run): it
writes a :class:`~herstel.core.models.TaskRun` that the progress page
(``tasks:progress``) shows, and runs the work through :func:`task_execute`.

Where the work runs: with a broker, in a Celery worker; without one (the
embedded default, ``CELERY_TASK_ALWAYS_EAGER``) in a thread of the web
process after the response, with its own database connection, so the page
can show progress (``HERSTEL_TASKS_THREAD``); the test settings turn the
thread off and the task runs at commit, deterministically.

Live progress (``progress_report`` from a service) goes to the cache, since a
service may report from inside a transaction that nobody else can see yet;
outside a transaction it is also written to the record. With more than one
process, ``HERSTEL_CACHE_URL`` must name a shared cache (as the public forms'
limits already need).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import connection
from django.db import connections
from django.db import transaction
from django.utils import timezone
from django.utils import translation
from django.utils.functional import Promise

import structlog
from celery import shared_task

from .models import TaskRun
from .models import TaskStatus
from .progress import progress_bound
from .registry import Registry

if TYPE_CHECKING:
    from herstel.core.actor import Actor
    from herstel.core.actor import Viewer

__all__ = [
    "TaskKind",
    "enqueue",
    "task_execute",
    "task_kinds",
    "task_progress",
    "task_start",
    "task_visible",
]

logger = structlog.get_logger("herstel.tasks")

CACHE_PREFIX = "herstel:task:"
CACHE_SECONDS = 24 * 3600


def enqueue(task: Any, *args: Any, **kwargs: Any) -> None:
    """Queue a Celery task once the current transaction commits.

    With ``CELERY_TASK_ALWAYS_EAGER`` (the default without a broker) it runs
    in-process at commit.
    """
    transaction.on_commit(lambda: task.delay(*args, **kwargs))


@dataclass(frozen=True, slots=True)
class TaskKind:
    """A kind of long work: what it is called and how to run it."""

    verbose_name: str | Promise
    """What the work does, for the progress page ("Answer the request")."""
    run: Callable[..., str | tuple[str, str]]
    """``run(owner=user, **arguments)``: does the work (one service call) and
    returns the URL of its result, or that URL and a one-line summary in
    words (counts, no personal data) for the progress page. A
    ``ValidationError`` is a refusal whose text is shown; it must not quote
    personal data."""
    view_permission: str
    """Besides the person who started it, who may follow it: the rule that
    lets a role see the result."""


class TaskKindRegistry(Registry[TaskKind]):
    kind = "Task kind"


task_kinds = TaskKindRegistry()


def task_start(
    *,
    kind: str,
    owner: Actor,
    reference: str = "",
    arguments: dict[str, Any] | None = None,
    total: int = 0,
    back_url: str = "",
) -> TaskRun:
    """Record a task of ``kind`` for ``owner`` and run it once this
    transaction commits. ``arguments`` are primary keys and codes only;
    ``back_url`` is the page the work was started from (the link after a
    failure, and after success when the kind returns no result URL)."""
    task_kinds[kind]  # an unknown kind fails here, not in the worker
    task = TaskRun.objects.create(
        kind=kind,
        reference=reference,
        arguments={**(arguments or {}), "_language": translation.get_language()},
        owner=owner,
        total=total,
        result_url=back_url,
    )
    transaction.on_commit(lambda: _dispatch(task.pk))
    return task


def _dispatch(task_pk: int) -> None:
    if settings.CELERY_TASK_ALWAYS_EAGER and settings.HERSTEL_TASKS_THREAD:
        threading.Thread(
            target=_thread_main, args=(task_pk,), name=f"herstel-task-{task_pk}"
        ).start()
    else:
        task_execute_task.delay(task_pk)


def _thread_main(task_pk: int) -> None:
    try:
        task_execute(task_pk=task_pk)
    finally:
        connections.close_all()


@shared_task(soft_time_limit=6 * 3600, time_limit=6 * 3600 + 300, acks_late=True)
def task_execute_task(task_pk: int) -> str:
    """Celery entry point of :func:`task_execute`."""
    return str(task_execute(task_pk=task_pk).status)


def task_execute(*, task_pk: int) -> TaskRun:
    """Run a recorded task and record how it ended; never raises.

    A finished task is not run again (a redelivered message does nothing);
    the kinds' services are idempotent besides, so a task interrupted while
    running can be run again.
    """
    with transaction.atomic():
        task = TaskRun.objects.select_for_update().get(pk=task_pk)
        if task.finished:
            return task
        task.status = TaskStatus.RUNNING
        task.started_at = timezone.now()
        task.save(update_fields=["status", "started_at"])
    arguments = dict(task.arguments)
    language = arguments.pop("_language", None) or settings.LANGUAGE_CODE
    kind = task_kinds[task.kind]

    def report(done: int, total: int) -> None:
        cache.set(f"{CACHE_PREFIX}{task.pk}", (done, total), CACHE_SECONDS)
        if not connection.in_atomic_block:
            TaskRun.objects.filter(pk=task.pk).update(done=done, total=total)

    failure = ""
    result_url = summary = ""
    status = TaskStatus.DONE
    with translation.override(language), progress_bound(report):
        try:
            result = kind.run(owner=task.owner, **arguments)
            result_url, summary = result if isinstance(result, tuple) else (result, "")
        except ValidationError as error:
            status = TaskStatus.FAILED
            failure = " ".join(str(message) for message in error.messages)
        except PermissionDenied:
            status = TaskStatus.FAILED
            failure = str(translation.gettext("You may not do this."))
        except Exception as error:
            # The exception's text may quote personal data: only its type
            # goes to the log, and the page shows a generic reason.
            status = TaskStatus.FAILED
            logger.error(
                "task_failed", task=task.pk, kind=task.kind, error=type(error).__name__
            )
    done, total = cache.get(f"{CACHE_PREFIX}{task.pk}", (task.done, task.total))
    if status == TaskStatus.DONE:
        done = total = max(total, done, 1)
    TaskRun.objects.filter(pk=task.pk).update(
        status=status,
        failure=failure[:500],
        result_url=result_url or task.result_url,
        summary=str(summary)[:500],
        done=done,
        total=total,
        finished_at=timezone.now(),
    )
    cache.delete(f"{CACHE_PREFIX}{task.pk}")
    task.refresh_from_db()
    return task


def task_progress(task: TaskRun) -> tuple[int, int]:
    """``(done, total)`` of ``task``, live while it runs."""
    if not task.finished:
        live = cache.get(f"{CACHE_PREFIX}{task.pk}")
        if live is not None:
            return live
    return task.done, task.total


def task_visible(task: TaskRun, user: Viewer) -> bool:
    """Whether ``user`` may follow ``task``: who started it, or a role that
    may see its result."""
    if not user.is_authenticated:
        return False
    if task.owner_id == user.pk:
        return True
    kind = task_kinds.get(task.kind)
    return kind is not None and user.has_perm(kind.view_permission)
