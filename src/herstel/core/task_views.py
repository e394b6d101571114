# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The progress page of a background task (``tasks:progress``).

With JavaScript htmx asks for the status fragment every second and swaps
it; without, a ``<noscript>`` refresh and a reload link do the same. The page
never moves on by itself: when the task is done it says so (announced in the
live region, focus on the outcome) and links to the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_GET

from .models import TaskRun
from .models import TaskStatus
from .tasks import task_kinds
from .tasks import task_progress
from .tasks import task_visible
from .views import is_htmx

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

app_name = "tasks"


@login_required
@require_GET
def progress(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    task = get_object_or_404(TaskRun.objects.select_related("owner"), pk=pk)
    if not task_visible(task, request.user):
        raise PermissionDenied
    done, total = task_progress(task)
    kind = task_kinds.get(task.kind)
    context = {
        "task": task,
        "title": kind.verbose_name if kind else task.kind,
        "done": done,
        "total": total,
        "percent": round(100 * done / total) if total else None,
        "running": not task.finished,
        "failed": task.status == TaskStatus.FAILED,
    }
    template = "core/task_progress.html"
    if is_htmx(request):
        template += "#status"
    response = render(request, template, context)
    response["Cache-Control"] = "no-store"
    return response


urlpatterns = [path("<int:pk>/", progress, name="progress")]
