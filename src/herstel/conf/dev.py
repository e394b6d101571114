# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Local development and the demo (`make run`). Never use in production."""

import os

os.environ.setdefault(
    "SECRET_KEY", "dev-only-insecure-secret-key-do-not-use-in-production"
)
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1")
os.environ.setdefault("HERSTEL_SECURE", "false")
os.environ.setdefault("HERSTEL_STATIC_MANIFEST", "false")
# A fixed, public development master key: the demo data set is synthetic.
os.environ.setdefault(
    "HERSTEL_MASTER_KEY", "ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE="
)
# Mail is printed and kept for the development mailbox at /dev/mail/.
os.environ.setdefault("EMAIL_BACKEND", "herstel.core.devmail.DevMailboxBackend")
os.environ.setdefault("HERSTEL_DEMO", "true")
os.environ.setdefault("LOG_LEVEL", "WARNING")

from .base import *
