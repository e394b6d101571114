# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Assertions shared by the tests of long work started from a page."""

from __future__ import annotations

from django.http import HttpResponse
from django.urls import reverse

from herstel.core.models import TaskRun
from herstel.core.models import TaskStatus


def finished_task(response: HttpResponse, *, steps: int) -> TaskRun:
    """The one task the request started: ``response`` sends the user to its
    progress page, and it ran to the end in ``steps`` of ``steps`` steps."""
    task = TaskRun.objects.get()
    assert response["Location"] == reverse("tasks:progress", args=[task.pk])
    assert task.status == TaskStatus.DONE, task.failure
    assert (task.done, task.total) == (steps, steps)
    return task
