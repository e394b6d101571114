# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Load test: staff sessions and citizens against the production profile.

Starts the production profile on 127.0.0.1 (throwaway PostgreSQL cluster and
redis-server, gunicorn, two Celery workers, beat), loads the demo data set,
then runs Locust headless: HERSTEL_BENCH_LOAD_STAFF staff sessions (default
50, think time HERSTEL_BENCH_LOAD_THINK = 1-5 s, password + TOTP login each)
and HERSTEL_BENCH_LOAD_CITIZENS citizens sending the public form (default 5,
5-15 s apart). The sessions start 2 a second and log in; that is not
measured. Once every staff session is logged in, HERSTEL_BENCH_LOAD_SECONDS
(default 90; 0 skips the load test) are measured. Returns rows for bench/run.py's table: req/s and p50/p95/p99 per
page and errors as the clients saw them, the time inside the web process per
URL name over the same window (from the access log), and the load average.
Only loopback addresses are used; the run stops by itself.

Alone, in one command (about 3 minutes): ``make bench-load``.
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
    seconds = _int("HERSTEL_BENCH_LOAD_SECONDS", 90)
    if seconds <= 0:
        return [("load test", "skipped", "", "HERSTEL_BENCH_LOAD_SECONDS=0")]
    from herstel.tests.deployment.profile import missing_binaries
    from herstel.tests.deployment.profile import production_profile

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
    documents = _int("HERSTEL_BENCH_LOAD_DOCUMENTS", 60)
    think = os.environ.get("HERSTEL_BENCH_LOAD_THINK", "1-5")
    spawn_rate = 2
    ramp = (staff + citizens) / spawn_rate
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
        mark = scratch / "measuring"
        command = [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(ROOT / "bench" / "locustfile.py"),
            "--headless",
            "--users",
            str(staff + citizens),
            "--spawn-rate",
            str(spawn_rate),
            # The locustfile resets the statistics once every session has
            # logged in (the login storm hashes a password per session) and
            # stops HERSTEL_LOAD_SECONDS later; this is only a safety stop.
            "--run-time",
            f"{ramp + seconds + 900:.0f}s",
            "--stop-timeout",
            "5",
            "--host",
            profile.web_urls[0],
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ]
        env = {
            **os.environ,
            "HERSTEL_LOAD_PLAN": str(plan),
            "HERSTEL_LOAD_STAFF": str(staff),
            "HERSTEL_LOAD_CITIZENS": str(citizens),
            "HERSTEL_LOAD_THINK": think,
            "HERSTEL_LOAD_SECONDS": str(seconds),
            "HERSTEL_LOAD_MARK": str(mark),
            "PYTHONPATH": str(ROOT / "src"),
        }
        errors = scratch / "locust.err"
        with (
            errors.open("w") as error_file,
            subprocess.Popen(  # noqa: S603
                command, env=env, stdout=subprocess.DEVNULL, stderr=error_file
            ) as locust_process,
        ):
            # The server-side window starts with the clients' (all logged in).
            while not mark.exists() and locust_process.poll() is None:
                time.sleep(0.5)
            offset = len(profile.log("web1"))
            load_before = os.getloadavg()
            try:
                locust_process.wait(timeout=ramp + seconds + 1200)
            except subprocess.TimeoutExpired:
                locust_process.kill()
            load_after = os.getloadavg()
        stderr = errors.read_text(errors="replace")
        profile_log = profile.log("web1")[offset:]
        stats = prefix.with_name("locust_stats.csv")
        if not stats.exists():
            return [("load test", "failed", "", stderr[-500:])]
        rows = _rows(
            stats, staff, citizens, seconds, think, web_workers, web_threads, setup
        )
        rows.extend(_failure_rows(prefix.with_name("locust_failures.csv")))
        rows.extend(_server_rows(profile_log))
        rows.append(
            (
                "load: load average (1 min) at start / end of the window",
                f"{load_before[0]:.1f} / {load_after[0]:.1f}",
                "",
                f"{os.cpu_count()} CPUs; other work on the machine counts",
            )
        )
        alive = profile.alive()
        if len(alive) != len(profile.processes):
            rows.append(("load test: processes", "DIED", "", str(alive)))
    return rows


def _rows(
    stats: Path,
    staff: int,
    citizens: int,
    seconds: int,
    think: str,
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
            f"{staff} staff (think {think} s) + {citizens} citizens, "
            f"{seconds} s measured once all were logged in; "
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


def _failure_rows(failures: Path) -> list[Row]:
    """What the errors were (Locust's failure list), so a miss can be read."""
    if not failures.exists():
        return []
    with failures.open(encoding="utf-8") as handle:
        return [
            (
                f"load error: {record['Name']}",
                record["Occurrences"],
                "",
                record["Error"][:120],
            )
            for record in csv.DictReader(handle)
        ]


def _server_rows(log: str) -> list[Row]:
    """Time inside the web processes per URL name (herstel.access lines) over
    the measured window, to tell processing from waiting in the queue: the
    client's time minus this."""
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
                f"p95 {p95:.0f} ms; n = {len(values)}",
            )
        )
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    table = load_rows()
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for row in table:
        print(
            "  ".join(
                cell.ljust(width) for cell, width in zip(row, widths, strict=True)
            )
        )
