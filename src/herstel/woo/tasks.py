# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Daily work on Woo requests, for Celery beat (or the management command)."""

from __future__ import annotations

from celery import shared_task

from .services import woo_reminders_send


@shared_task(soft_time_limit=120, time_limit=180)
def woo_reminders_task() -> int:
    """Mail the analysts about Woo requests due within a week; idempotent."""
    return woo_reminders_send()
