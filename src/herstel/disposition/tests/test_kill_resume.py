# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""kill -9 during destruction runs, grouped and one at a time, then resume.

The trials run in their own process (``killtrials.py``) on this test's
database, key store and blobs; each forks the run, SIGKILLs it at a random
moment, resumes it and checks that each document was destroyed exactly once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.db import connection

import pytest

ROOT = Path(__file__).resolve().parents[4]
TRIALS = int(os.environ.get("HERSTEL_KILL_TRIALS", "24"))

pytestmark = pytest.mark.django_db(transaction=True)


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        if db["NAME"].startswith(("file:", ":memory:")):
            pytest.skip(
                "the test database is in memory; another process cannot share it"
            )
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def test_every_kill_9_during_a_run_resumes_to_each_document_destroyed_once(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "herstel.conf.ci",
        "DATABASE_URL": _database_url(),
        "HERSTEL_KEYSTORE_DIR": settings.HERSTEL_KEYSTORE_DIR,
        "HERSTEL_BLOB_ROOT": settings.STORAGES["blobs"]["OPTIONS"]["location"],
    }
    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-m",
            "herstel.disposition.tests.killtrials",
            "--dir",
            str(tmp_path),
            "--trials",
            str(TRIALS),
            "--documents",
            "8",
        ],
        env=env,
        cwd=ROOT / "src",
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    trials = report["trials"]
    failed = [t for t in trials if t["problems"]]
    assert not failed, json.dumps({"seed": report["seed"], "failed": failed})
    assert len(trials) == TRIALS >= 20
    landed = Counter(t["killed"] for t in trials)
    print(  # noqa: T201 - shown with -s: where the kills landed, for the record
        json.dumps(
            {
                "seed": report["seed"],
                "trials": len(trials),
                "seconds": report["seconds"],
                "landed": landed,
                "batch_sizes": Counter(t["batch_size"] for t in trials),
            }
        )
    )
    # The kills must land while documents are being destroyed, not only after.
    assert sum(n for where, n in landed.items() if where != "done") >= TRIALS // 2, (
        landed
    )
