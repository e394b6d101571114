# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""gunicorn settings for the production profile.

``gunicorn -c python:herstel.conf.gunicorn herstel.wsgi:application``. The
access log is off: Herstel logs each request itself (``herstel.access``) by
URL name, status and duration, never the path, whose tokens and references
must stay out of logs.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# Headers from the TLS proxy are judged by Django (HERSTEL_BEHIND_PROXY,
# HERSTEL_TRUSTED_PROXIES), not by gunicorn.
forwarded_allow_ips = "127.0.0.1"
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR") or None
