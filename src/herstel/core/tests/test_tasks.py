# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The background task runner: progress, success, failure, who may follow."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.core.models import TaskRun
from herstel.core.models import TaskStatus
from herstel.core.progress import progress_report
from herstel.core.tasks import TaskKind
from herstel.core.tasks import task_execute
from herstel.core.tasks import task_kinds
from herstel.core.tasks import task_progress
from herstel.core.tasks import task_start
from herstel.core.tasks import task_visible
from herstel.core.testing.permissions import allowed_cases

SECRET = "Fictieve Yusuf Kaya uit Ede"
SEEN: list[tuple[int, int]] = []


def _ok(*, owner: Any, steps: int) -> str:
    for done in range(steps):
        progress_report(done=done, total=steps)
        SEEN.append(task_progress(TaskRun.objects.get(kind="tests.ok")))
    return "/result/"


def _refused(*, owner: Any) -> str:
    raise ValidationError("This run may not be executed before 2030-01-01.")


def _broken(*, owner: Any) -> str:
    raise RuntimeError(f"could not parse {SECRET}")


task_kinds.add("tests.ok", TaskKind("Test work", _ok, "inquiries.read_request"))
task_kinds.add("tests.refused", TaskKind("Test", _refused, "inquiries.read_request"))
task_kinds.add("tests.broken", TaskKind("Test", _broken, "inquiries.read_request"))


def _run(kind: str, capture: Any, **arguments: Any) -> TaskRun:
    owner = UserFactory(roles=[Role.ANALYST])
    with capture(execute=True):
        task = task_start(kind=kind, owner=owner, arguments=arguments, back_url="/b/")
    task.refresh_from_db()
    return task


@pytest.mark.django_db
def test_a_task_reports_progress_and_ends_done_with_its_result(
    django_capture_on_commit_callbacks,
):
    SEEN.clear()
    task = _run("tests.ok", django_capture_on_commit_callbacks, steps=4)
    assert task.status == TaskStatus.DONE
    assert task.result_url == "/result/"
    assert (task.done, task.total) == (4, 4)
    assert task.started_at and task.finished_at
    # While running, the progress page saw every step (live, from the cache).
    assert SEEN == [(0, 4), (1, 4), (2, 4), (3, 4)]


@pytest.mark.django_db
def test_a_refusal_is_recorded_with_its_reason(django_capture_on_commit_callbacks):
    task = _run("tests.refused", django_capture_on_commit_callbacks)
    assert task.status == TaskStatus.FAILED
    assert "2030-01-01" in task.failure
    assert task.result_url == "/b/"  # the way back


@pytest.mark.django_db
def test_an_unexpected_error_is_recorded_without_its_text(
    django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.DEBUG):
        task = _run("tests.broken", django_capture_on_commit_callbacks)
    assert task.status == TaskStatus.FAILED
    assert task.failure == ""
    assert SECRET not in caplog.text
    assert "RuntimeError" in caplog.text
    client = Client()
    login_verified(client, task.owner)
    page = client.get(reverse("tasks:progress", args=[task.pk])).content.decode()
    assert "An unexpected error stopped the task" in page or "onverwachte" in page
    assert SECRET not in page


@pytest.mark.django_db
def test_a_finished_task_is_not_run_again(django_capture_on_commit_callbacks):
    SEEN.clear()
    task = _run("tests.ok", django_capture_on_commit_callbacks, steps=2)
    again = task_execute(task_pk=task.pk)
    assert again.finished_at == task.finished_at
    assert len(SEEN) == 2


@pytest.mark.django_db
def test_an_unknown_kind_fails_at_start():
    with pytest.raises(KeyError):
        task_start(kind="tests.nothing", owner=UserFactory())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "allowed"),
    allowed_cases(Role, Role.ANALYST, Role.REVIEWER),
)
def test_only_the_owner_and_roles_that_see_the_result_follow_a_task(role, allowed):
    owner = UserFactory(roles=[Role.PRIVACY_OFFICER])
    task = TaskRun.objects.create(kind="tests.ok", owner=owner, reference="VN-1")
    other = UserFactory(roles=[role])
    assert task_visible(task, owner)
    assert task_visible(task, other) is allowed
    client = Client()
    login_verified(client, other)
    response = client.get(reverse("tasks:progress", args=[task.pk]))
    assert response.status_code == (200 if allowed else 403)


@pytest.mark.django_db
def test_the_progress_page_polls_while_running_and_stops_when_done():
    owner = UserFactory(roles=[Role.ANALYST])
    task = TaskRun.objects.create(
        kind="tests.ok", owner=owner, status=TaskStatus.RUNNING, done=3, total=12
    )
    client = Client()
    login_verified(client, owner)
    url = reverse("tasks:progress", args=[task.pk])
    page = client.get(url).content.decode()
    assert 'hx-trigger="every 1s"' in page
    assert '<progress id="task-progress-bar" max="12" value="3">' in page
    assert '<label for="task-progress-bar">' in page
    assert 'http-equiv="refresh"' in page  # inside <noscript>: works without JS
    fragment = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert fragment.lstrip().startswith('<div id="task-status"')
    assert "<h1>" not in fragment
    TaskRun.objects.filter(pk=task.pk).update(
        status=TaskStatus.DONE, done=12, result_url="/verzoeken/X/"
    )
    fragment = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in fragment
    assert "data-announce-final" in fragment
    assert 'href="/verzoeken/X/"' in fragment


@pytest.mark.django_db(transaction=True)
def test_without_a_broker_the_task_runs_in_a_thread_after_the_response(settings):
    """The embedded default: the request returns first, the thread does the
    work with its own database connection."""
    import threading

    settings.HERSTEL_TASKS_THREAD = True
    settings.CELERY_TASK_ALWAYS_EAGER = True
    owner = UserFactory(roles=[Role.ANALYST])
    before = set(threading.enumerate())
    task = task_start(kind="tests.ok", owner=owner, arguments={"steps": 3})
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=30)
    task.refresh_from_db()
    assert task.status == TaskStatus.DONE
    assert (task.done, task.total) == (3, 3)
