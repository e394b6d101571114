# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Load test: staff sessions and citizens against the production profile.

Starts the production profile on 127.0.0.1 (throwaway PostgreSQL cluster and
redis-server, gunicorn, two Celery workers, beat), loads the demo data set,
then runs Locust headless: HERSTEL_BENCH_LOAD_STAFF staff sessions (default
50, think time 1-3 s, password + TOTP login each) and HERSTEL_BENCH_LOAD_CITIZENS
citizens sending the public form (default 5, 5-15 s apart) for
HERSTEL_BENCH_LOAD_SECONDS (default 300; 0 skips the load test). Returns rows
for bench/run.py's table: req/s and p50/p95/p99 per page, and errors.
Only loopback addresses are used; the run stops by itself.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

Row = tuple[str, str, str, str]
ROOT = Path(__file__).resolve().parent.parent
STAFF_TARGET_P95_MS = 300


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, str(default)))


def load_rows() -> list[Row]:
    seconds = _int("HERSTEL_BENCH_LOAD_SECONDS", 300)
    if seconds <= 0:
        return [("load test", "skipped", "", "HERSTEL_BENCH_LOAD_SECONDS=0")]
    from herstel.tests.deployment.profile import missing_binaries, production_profile

    reason = missing_binaries()
    if reason:
        return [("load test", "skipped", "", reason)]
    try:
        import locust  # noqa: F401
    except ImportError:
        return [("load test", "skipped", "", "locust not installed (make bench)")]
    staff = _int("HERSTEL_BENCH_LOAD_STAFF", 50)
    citizens = _int("HERSTEL_BENCH_LOAD_CITIZENS", 5)
    web_workers = _int("HERSTEL_BENCH_LOAD_WEB_WORKERS", 2)
    web_threads = _int("HERSTEL_BENCH_LOAD_WEB_THREADS", 4)
    documents = _int("HERSTEL_BENCH_LOAD_DOCUMENTS", 200)
    with production_profile(
        web=1, web_workers=web_workers, web_threads=web_threads, workers=2
    ) as profile:
        started = time.perf_counter()
        seeded = profile.driver("seed", staff=staff)
        profile.manage(
            "make_demo",
            "--seed",
            "1",
            "--documents",
            str(documents),
            "--jobs",
            "1",
            timeout=1200,
            extra_env={"HERSTEL_DEMO": "true"},
        )
        # The workers analyse the demo documents; measure once they are done.
        deadline = time.monotonic() + 900
        while (
            time.monotonic() < deadline
            and profile.sql(
                "SELECT count(*) FROM dossiers_document WHERE status = 'stored'"
            )[0][0]
        ):
            time.sleep(5)
        targets = profile.driver("bench_targets")
        setup = time.perf_counter() - started
        scratch = Path(tempfile.mkdtemp(prefix="herstel-load-"))
        plan = scratch / "plan.json"
        plan.write_text(json.dumps({**targets, "analysts": seeded["analysts"]}))
        prefix = scratch / "locust"
        result = subprocess.run(  # noqa: S603
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(ROOT / "bench" / "locustfile.py"),
                "--headless",
                "--users",
                str(staff + citizens),
                "--spawn-rate",
                "2",
                # Measure the steady state: the login storm of the ramp-up
                # (PBKDF2 password hashing for every session) is not counted.
                "--reset-stats",
                "--run-time",
                f"{seconds}s",
                "--stop-timeout",
                "5",
                "--host",
                profile.web_urls[0],
                "--csv",
                str(prefix),
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            env={
                **os.environ,
                "HERSTEL_LOAD_PLAN": str(plan),
                "HERSTEL_LOAD_STAFF": str(staff),
                "HERSTEL_LOAD_CITIZENS": str(citizens),
                "PYTHONPATH": str(ROOT / "src"),
            },
            capture_output=True,
            text=True,
            timeout=seconds + 300,
            check=False,
        )
        stats = prefix.with_name("locust_stats.csv")
        if not stats.exists():
            return [("load test", "failed", "", result.stderr[-500:])]
        rows = _rows(stats, staff, citizens, seconds, web_workers, web_threads, setup)
        rows.extend(_server_rows(profile.log("web1")))
        alive = profile.alive()
        if len(alive) != len(profile.processes):
            rows.append(("load test: processes", "DIED", "", str(alive)))
    return rows


def _rows(
    stats: Path,
    staff: int,
    citizens: int,
    seconds: int,
    web_workers: int,
    web_threads: int,
    setup: float,
) -> list[Row]:
    with stats.open(encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    rows: list[Row] = [
        (
            "load test: set-up",
            f"{setup:.0f} s",
            "",
            f"{staff} staff (think 1-3 s) + {citizens} citizens, {seconds} s; "
            f"gunicorn {web_workers} workers x {web_threads} threads, "
            "2 Celery workers, beat, PostgreSQL, Redis on 127.0.0.1",
        )
    ]
    worst = 0.0
    for record in records:
        name = record["Name"]
        count = int(record["Request Count"])
        failures = int(record["Failure Count"])
        p50, p95, p99 = (record["50%"], record["95%"], record["99%"])
        if name != "Aggregated" and not name.startswith(("public form", "login")):
            worst = max(worst, float(p95 or 0))
        rows.append(
            (
                f"load: {name}" if name != "Aggregated" else "load: all requests",
                f"{float(record['Requests/s']):.1f} req/s",
                "",
                f"p50 {p50} / p95 {p95} / p99 {p99} ms; n = {count:,}; "
                f"errors {failures}",
            )
        )
    rows.append(
        (
            "load: worst staff-page p95",
            f"{worst:.0f} ms",
            f"target < {STAFF_TARGET_P95_MS} ms",
            "met" if worst < STAFF_TARGET_P95_MS else "MISSED",
        )
    )
    return rows


def _server_rows(log: str) -> list[Row]:
    """Time inside the web processes per page (herstel.access lines), to tell
    processing from waiting in the queue: the client's time minus this."""
    import re

    times: dict[str, list[float]] = {}
    for match in re.finditer(r"herstel\.access request \S+ (\S+) \d+ (\d+)ms", log):
        times.setdefault(match.group(1), []).append(float(match.group(2)))
    rows: list[Row] = []
    for name, values in sorted(times.items()):
        values.sort()
        p50 = values[len(values) // 2]
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        rows.append(
            (
                f"server time: {name}",
                f"p50 {p50:.0f} ms",
                "",
                f"p95 {p95:.0f} ms; n = {len(values)} (whole run, ramp-up included)",
            )
        )
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    for row in load_rows():
        print(" | ".join(row))
