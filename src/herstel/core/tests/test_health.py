# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Health and readiness: anonymous, before the HTTPS redirect and host check,
no session, no audit entry, no personal data; not ready when a check fails."""

import socket

from django.test import Client

import pytest

from herstel.audit.models import AuditEvent
from herstel.core import health

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_like(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["herstel.example.nl"]


def test_live_answers_a_plain_http_probe_on_any_host(production_like):
    response = Client().get("/health/live", HTTP_HOST="10.1.2.3:8000")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies


def test_ready_checks_database_keystore_and_storage(production_like):
    before = AuditEvent.objects.count()
    response = Client().get("/health/ready/", HTTP_HOST="10.1.2.3")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "keystore": "ok", "storage": "ok"},
    }
    assert AuditEvent.objects.count() == before
    assert not response.cookies


def test_not_ready_when_a_check_fails(monkeypatch, caplog):
    def broken() -> None:
        raise OSError("/secret/path/to/blobs of Johan van der Berg")

    monkeypatch.setitem(health.READINESS_CHECKS._items, "storage", broken)
    response = Client().get("/health/ready")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "failed"
    assert "Johan" not in response.content.decode()
    assert "Johan" not in caplog.text and "/secret" not in caplog.text
    assert "storage" in caplog.text


def test_broker_is_checked_when_configured(settings):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{port}/0"
    settings.CELERY_TASK_ALWAYS_EAGER = False
    from herstel.celery import app

    previous = app.conf.broker_url
    app.conf.broker_url = settings.CELERY_BROKER_URL
    try:
        response = Client().get("/health/ready")
    finally:
        app.conf.broker_url = previous
    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "failed"


def test_only_get_and_head():
    assert Client().post("/health/live").status_code == 405
