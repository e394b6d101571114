# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Liveness and readiness for load balancers and container orchestrators.

``/health/live`` answers while the process serves requests; ``/health/ready``
also checks the database, the key store, blob storage and (when configured)
the Celery broker. Both are anonymous and answered before host validation,
the HTTPS redirect, sessions and the audit trail, so a probe over plain HTTP
on an internal address works, leaves no session and no audit entry, and the
answer names only the checks and their state: never personal data, never an
error text (that goes to the log, without data).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.db import connections
from django.http import HttpRequest
from django.http import HttpResponse

from herstel.core.registry import Registry

logger = logging.getLogger("herstel.health")

LIVE_PATH = "/health/live"
READY_PATH = "/health/ready"


def _database() -> None:
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _broker() -> None:
    from herstel.celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


class _Checks(Registry[Callable[[], None]]):
    kind = "Readiness check"


READINESS_CHECKS = _Checks()
"""Checks the apps above the ground floor add in their ``ready()``: the vault
adds its key store and blob storage, so core names no domain app."""


def readiness_check_register(name: str, check: Callable[[], None]) -> None:
    """Add a readiness check: a function that raises when ``name`` is down."""
    READINESS_CHECKS.add(name, check)


def readiness_checks() -> dict[str, Callable[[], None]]:
    """The database, every registered check, and the broker when configured."""
    checks: dict[str, Callable[[], None]] = {"database": _database}
    checks.update(READINESS_CHECKS.items())
    if settings.CELERY_BROKER_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
        checks["broker"] = _broker
    return checks


def readiness() -> tuple[bool, dict[str, str]]:
    """Run every check; ``(all passed, {check: "ok" | "failed"})``."""
    results: dict[str, str] = {}
    for name, check in readiness_checks().items():
        started = time.monotonic()
        try:
            check()
        except Exception as exc:  # any failure means not ready
            results[name] = "failed"
            # The exception's type only: its text may hold a host or a path.
            logger.warning(
                "readiness check failed: %s (%s, %.0f ms)",
                name,
                type(exc).__name__,
                (time.monotonic() - started) * 1000,
            )
        else:
            results[name] = "ok"
    return all(value == "ok" for value in results.values()), results


def _json(status: int, body: dict[str, object]) -> HttpResponse:
    response = HttpResponse(
        json.dumps(body), status=status, content_type="application/json"
    )
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


class HealthMiddleware:
    """Answer the two probe paths first, before everything else in MIDDLEWARE."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info.rstrip("/")
        if path not in (LIVE_PATH, READY_PATH):
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return _json(405, {"status": "method not allowed"})
        if path == LIVE_PATH:
            return _json(200, {"status": "ok"})
        ready, checks = readiness()
        return _json(
            200 if ready else 503,
            {"status": "ok" if ready else "unavailable", "checks": checks},
        )
