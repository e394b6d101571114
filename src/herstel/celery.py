# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Celery application; tasks run in-process unless CELERY_BROKER_URL is set."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "herstel.conf.dev")

app = Celery("herstel")
# The default app in every thread too (a development server's request threads,
# background-task threads): a task sent from a thread where no app is current
# would otherwise go to Celery's fallback app and its default broker.
app.set_default()
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
