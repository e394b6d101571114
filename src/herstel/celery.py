# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Celery application; tasks run in-process unless CELERY_BROKER_URL is set."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "herstel.conf.dev")

app = Celery("herstel")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
