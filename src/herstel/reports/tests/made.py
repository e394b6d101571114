# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Make the report to Parliament as PDF the way a person does: start the
task, follow it to its result, download."""

from __future__ import annotations

import io
from typing import Any

from django.urls import reverse

from pypdf import PdfReader

from herstel.core.models import TaskRun
from herstel.core.models import TaskStatus


def report_pdf_made(client: Any, capture: Any, period: dict | None = None) -> bytes:
    """The PDF's bytes; ``capture`` is pytest-django's
    ``django_capture_on_commit_callbacks`` (the task runs at commit)."""
    with capture(execute=True):
        response = client.post(reverse("reports:parliament_pdf"), period or {})
    task = TaskRun.objects.filter(kind="reports.parliament").latest("pk")
    assert response.status_code == 302
    assert response["Location"] == reverse("tasks:progress", args=[task.pk])
    task.refresh_from_db()
    assert task.status == TaskStatus.DONE, task.failure
    download = client.get(task.result_url)
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    return download.content


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
