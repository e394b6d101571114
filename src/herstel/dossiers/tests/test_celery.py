# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""With CELERY_BROKER_URL set, a real Celery worker (via a real redis-server)
extracts and scans the documents that ingestion stored."""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from django.db import connection

import pytest

from herstel.celery import app
from herstel.core.testing.servers import celery_command
from herstel.core.testing.servers import free_port
from herstel.core.testing.servers import redis_server
from herstel.dossiers.constants import DocumentStatus
from herstel.dossiers.constants import IngestionSource
from herstel.dossiers.ingestion import IngestFile
from herstel.dossiers.ingestion import ingest
from herstel.dossiers.models import Document
from herstel.dossiers.models import Mention

from .factories import DossierFactory

REDIS = shutil.which("redis-server")
ROOT = Path(__file__).resolve().parents[4]

pytestmark = [
    pytest.mark.skipif(
        REDIS is None,
        reason="redis-server not installed (apt-get install redis-server)",
    ),
    pytest.mark.django_db(transaction=True),
    # One worker runs the tests that start servers, so they never compete
    # for ports or for the two cores at the same moment.
    pytest.mark.xdist_group("servers"),
]


def _start_redis(
    directory: Path, port: int | None = None
) -> tuple[subprocess.Popen[bytes], int] | None:
    """A redis-server on ``port`` (default: a free one), or None when it did not
    come up."""
    port = port or free_port()
    server = redis_server(directory, port)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and server.poll() is None:
        try:
            # Ask *our* server: when another process (a browser test's live
            # server) took the port first, a bare connect succeeds there while
            # this redis-server has exited on its failed bind.
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                answer = conn.recv(16)
            if answer.startswith(b"+PONG") and server.poll() is None:
                return server, port
            break
        except OSError:
            time.sleep(0.1)
    server.terminate()
    server.wait(10)
    return None


@pytest.fixture
def redis_url(tmp_path):
    # Another process may take the free port between the check and the
    # server's bind (the deployment test starts servers too): try again.
    for _attempt in range(3):
        started = _start_redis(tmp_path)
        if started is not None:
            break
    else:
        pytest.fail("redis-server did not start on a free port in three attempts")
    _BROKER.update(server=started[0], port=started[1], directory=tmp_path)
    yield f"redis://127.0.0.1:{started[1]}/0"
    _BROKER["server"].terminate()
    _BROKER["server"].wait(10)


_BROKER: dict[str, Any] = {}


def _broker_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _ensure_broker() -> None:
    """Start the broker again on its port when it is gone.

    On a busy 2-core run the redis-server was seen answering PING in the
    fixture and refusing connections when the test began (its exit status was
    not ours to see). The worker reconnects to the same address on its own.
    """
    port = _BROKER["port"]
    if _broker_answers(port):
        return
    exit_status = _BROKER["server"].poll()
    started = _start_redis(_BROKER["directory"], port)
    assert started is not None, (
        f"the broker stopped ({exit_status}) and did not restart"
    )
    _BROKER["server"] = started[0]


@pytest.fixture
def worker(redis_url, settings, tmp_path):
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith(
        ("file:", ":memory:")
    ):
        pytest.skip("the test database is in memory; a worker process cannot share it")
    settings.CELERY_BROKER_URL = redis_url
    previous = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}
    app.conf.update(broker_url=redis_url, task_always_eager=False)
    _fresh_connections()
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        database_url = f"sqlite:///{db['NAME']}"
    else:
        database_url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "herstel.conf.ci",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": redis_url,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "HERSTEL_KEYSTORE_DIR": settings.HERSTEL_KEYSTORE_DIR,
        "HERSTEL_BLOB_ROOT": settings.STORAGES["blobs"]["OPTIONS"]["location"],
    }
    process = subprocess.Popen(  # noqa: S603 (fixed arguments)
        celery_command(
            "worker",
            "--pool",
            "solo",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel",
            "WARNING",
        ),
        env=env,
        cwd=ROOT / "src",
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    yield process
    process.terminate()
    process.communicate(timeout=20)
    app.conf.update(**previous)
    _fresh_connections()


def _fresh_connections() -> None:
    """No producer pool of Herstel's app left from an earlier test: in the
    whole suite the worker test's tasks went to a pool made for the broker
    of before (amqp://…:5672, Celery's default). The app's own pools only:
    closing kombu's shared pools broke later tests ("Acquire on closed pool")."""
    app._pool = None
    app.amqp._producer_pool = None


def test_worker_extracts_and_scans_stored_documents(worker):
    _ensure_broker()
    dossier = DossierFactory()
    texts = [
        "De heer Johan van der Berg uit Zwolle mailde j.berg@example.nl.\n",
        "Mevrouw Fatima el Amrani woont in Gouda.\n",
    ]
    report = ingest(
        dossier=dossier,
        files=[IngestFile(name=f"{n}.txt", read=t.encode) for n, t in enumerate(texts)],
        actor=None,
        source=IngestionSource.COMMAND,
    )
    assert report.run.stored == 2
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if not Document.objects.filter(
            dossier=dossier, status=DocumentStatus.STORED
        ).exists():
            break
        assert worker.poll() is None, "the worker stopped"
        time.sleep(0.5)
    statuses = set(dossier.documents.values_list("status", flat=True))
    assert statuses == {DocumentStatus.EXTRACTED}
    assert (
        Mention.objects.filter(document__dossier=dossier, category="person").count()
        >= 2
    )
