# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""One entry point for background work, so the task backend can change later."""

from typing import Any

from django.db import transaction


def enqueue(task: Any, *args: Any, **kwargs: Any) -> None:
    """Queue a Celery task once the current transaction commits.

    With ``CELERY_TASK_ALWAYS_EAGER`` (the default without a broker) it runs
    in-process at commit.
    """
    transaction.on_commit(lambda: task.delay(*args, **kwargs))
