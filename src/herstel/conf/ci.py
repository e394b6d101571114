# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Settings for the test suite."""

import os
import tempfile

from .env import local_environment

local_environment(
    "ci-only-insecure-secret-key",
    "Y2ktb25seS1tYXN0ZXIta2V5LW5vdC1zZWNyZXQhISE=",
    ALLOWED_HOSTS="localhost,127.0.0.1,testserver",
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    CELERY_TASK_ALWAYS_EAGER="true",
    # Background tasks run at commit, not in a thread: tests stay deterministic.
    HERSTEL_TASKS_THREAD="false",
)

from .base import *  # noqa: E402 (after the environment defaults)

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# A file, not memory, so a Celery worker in another process can share the
# test database (see dossiers/tests/test_celery.py).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(
            tempfile.gettempdir(), f"herstel-test-{os.getpid()}.sqlite3"
        ),
    }
