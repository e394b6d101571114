# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Celery: in-process (eager) by default, a Redis broker to scale out."""

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
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 300
CELERY_TASK_TIME_LIMIT = 360
