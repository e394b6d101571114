# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Daily work on access requests, for Celery beat (or the management commands)."""

from __future__ import annotations

from celery import shared_task

from .services import (
    deadline_reminders_send,
    requests_close_expired,
    requests_destroy_due,
)


@shared_task(soft_time_limit=120, time_limit=180)
def deadline_reminders_task() -> int:
    """Mail the team about requests due within a week; idempotent per due date."""
    return deadline_reminders_send()


@shared_task(soft_time_limit=600, time_limit=660)
def requests_close_task() -> tuple[int, int]:
    """Close requests past their objection window; destroy what the campaign allows."""
    return requests_close_expired(), requests_destroy_due()
