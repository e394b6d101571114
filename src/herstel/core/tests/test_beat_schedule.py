# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Celery beat runs the scheduled commands: every entry names a real task."""

from django.conf import settings

from herstel.celery import app


def test_every_scheduled_task_exists():
    app.loader.import_default_modules()
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert {
        "herstel.inquiries.tasks.deadline_reminders_task",
        "herstel.inquiries.tasks.requests_close_task",
        "herstel.network.tasks.meeting_reminders_task",
        "herstel.network.tasks.updates_digest_task",
        "herstel.woo.tasks.woo_reminders_task",
    } == {entry["task"] for entry in schedule.values()}
    for entry in schedule.values():
        assert entry["task"] in app.tasks, entry["task"]
