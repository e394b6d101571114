# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Settings for the test suite."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "ci-only-insecure-secret-key")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
os.environ.setdefault("HERSTEL_SECURE", "false")
os.environ.setdefault("HERSTEL_STATIC_MANIFEST", "false")
os.environ.setdefault(
    "HERSTEL_MASTER_KEY", "Y2ktb25seS1tYXN0ZXIta2V5LW5vdC1zZWNyZXQhISE="
)
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "true")
# Background tasks run at commit, not in a thread: tests stay deterministic.
os.environ.setdefault("HERSTEL_TASKS_THREAD", "false")
os.environ.setdefault("LOG_LEVEL", "WARNING")

from .base import *

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# A file, not memory, so a Celery worker in another process can share the
# test database (see dossiers/tests/test_celery.py).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(
            tempfile.gettempdir(), f"herstel-test-{os.getpid()}.sqlite3"
        ),
    }
