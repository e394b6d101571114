# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Celery: in-process (eager) by default, a Redis broker to scale out."""

from celery.schedules import crontab

from ..env import config

CELERY_BROKER_URL = config(
    "CELERY_BROKER_URL",
    None,
    help_text=(
        "Broker for background workers, e.g. redis://localhost:6379/0. "
        "Without it, tasks run in-process."
    ),
    group="Background tasks",
)
CELERY_TASK_ALWAYS_EAGER = config(
    "CELERY_TASK_ALWAYS_EAGER",
    CELERY_BROKER_URL is None,
    cast=bool,
    help_text="Run tasks in the calling process (default when no broker is set).",
    group="Background tasks",
)
HERSTEL_TASKS_THREAD = config(
    "HERSTEL_TASKS_THREAD",
    CELERY_TASK_ALWAYS_EAGER,
    cast=bool,
    help_text=(
        "Without a broker, run long work a person waits for (an answer, a "
        "destruction run) in a thread after the response, so its page shows "
        "progress. Off: it runs before the response."
    ),
    group="Background tasks",
)
# One cache for every web process: the public forms' limits and other
# counters must be shared, or each gunicorn worker would count on its own.
_CACHE_URL = config(
    "HERSTEL_CACHE_URL",
    None,
    help_text=(
        "Shared cache for all web processes, e.g. redis://localhost:6379/1 "
        "(needed with more than one web process: the public forms' limits "
        "count there). Without it each process keeps its own cache in memory."
    ),
    group="General",
)
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _CACHE_URL,
        }
        if _CACHE_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 300
CELERY_TASK_TIME_LIMIT = 360

# Celery beat (`celery -A herstel beat`): the scheduled management commands.
# Each task is idempotent, so a missed or doubled run does no harm; run exactly
# one beat process per installation.
CELERY_TIMEZONE = "Europe/Amsterdam"
CELERY_BEAT_SCHEDULE = {
    # send_deadline_reminders, daily.
    "inquiries-deadline-reminders": {
        "task": "herstel.inquiries.tasks.deadline_reminders_task",
        "schedule": crontab(hour=7, minute=0),
    },
    # close_answered_requests, daily.
    "inquiries-close-answered-requests": {
        "task": "herstel.inquiries.tasks.requests_close_task",
        "schedule": crontab(hour=2, minute=30),
    },
    # send_woo_reminders, daily.
    "woo-deadline-reminders": {
        "task": "herstel.woo.tasks.woo_reminders_task",
        "schedule": crontab(hour=7, minute=10),
    },
    # network_send_reminders, hourly.
    "network-session-reminders": {
        "task": "herstel.network.tasks.meeting_reminders_task",
        "schedule": crontab(minute=5),
    },
    # network_send_digest, weekly.
    "network-weekly-digest": {
        "task": "herstel.network.tasks.updates_digest_task",
        "schedule": crontab(day_of_week="mon", hour=8, minute=0),
    },
}
