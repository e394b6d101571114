# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Scheduled network mail, for Celery beat (or the management commands)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings

from celery import shared_task

from .services import meeting_reminders_send
from .services import updates_digest_send


@shared_task(soft_time_limit=300, time_limit=360)
def meeting_reminders_task(hours: int = 48) -> int:
    """Remind members of sessions within ``hours``; each reminder goes once."""
    return meeting_reminders_send(
        base_url=settings.HERSTEL_PUBLIC_URL, ahead=timedelta(hours=hours)
    )


@shared_task(soft_time_limit=600, time_limit=660)
def updates_digest_task() -> int:
    """The weekly digest of progress updates."""
    return updates_digest_send(base_url=settings.HERSTEL_PUBLIC_URL)
