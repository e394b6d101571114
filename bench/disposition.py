# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Disposition benchmarks: a destruction run of 10,000 documents, redaction of
1,000 PDF pages, kill -9 trials. Called by bench/run.py after Django is set up;
returns rows for its table. Sizes come from HERSTEL_BENCH_RUN_DOCUMENTS and
HERSTEL_BENCH_REDACT_PAGES.

The destruction run is measured twice in the same process: grouped
(HERSTEL_DESTRUCTION_BATCH_SIZE, default 200) and one document per transaction
(``batch_size=1``, the path before group commit). The one-at-a-time run of
10,000 documents takes 10-30 minutes, so by default it runs on a sample of
HERSTEL_BENCH_RUN_DOCUMENTS_SINGLE = 1,000 documents (its rate is flat in the
run's size: one transaction per document); HERSTEL_BENCH_FULL=1 runs it on as
many documents as the grouped run (the bar's 10,000 against 10,000). Then
HERSTEL_BENCH_KILL_TRIALS (default 24) kill -9 trials
(herstel.disposition.tests.killtrials) in their own process; every one must be
exact.

Alone: ``make bench-destruction`` (add ``HERSTEL_BENCH_FULL=1`` for the full
comparison; ``nice -n 10`` on a shared machine).
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from collections.abc import Callable
from typing import Any

Row = tuple[str, str, str, str]
"""measure, Herstel, comparison, note: the columns of bench/run.py's table."""


def _row(name: str, count: int, seconds: float, unit: str, extra: str = "") -> Row:
    rate = count / seconds if seconds else float("inf")
    note = f"n = {count:,} in {seconds:.2f} s" + (f"; {extra}" if extra else "")
    return (name, f"{rate:,.1f} {unit}", "", note)


def _documents(count: int, label: str) -> tuple[Any, list[Any]]:
    """Stored documents as ingestion leaves them: two keys and blobs each,
    mentions, and an approved destroy disposition (set up directly, unmeasured)."""
    from django.contrib.auth.models import Group

    from herstel.accounts.models import User
    from herstel.disposition.tests.factories import approve_destroy_in_bulk
    from herstel.dossiers.constants import DocumentStatus
    from herstel.dossiers.models import Document
    from herstel.dossiers.models import Mention
    from herstel.dossiers.services import PURPOSE_ORIGINAL
    from herstel.dossiers.services import PURPOSE_TEXT
    from herstel.dossiers.services import dossier_create
    from herstel.vault.services import blobs_put

    proposer = User.objects.create(username=f"bench-proposer-{label}")
    proposer.groups.add(Group.objects.get_or_create(name="analyst")[0])
    approver = User.objects.create(username=f"bench-approver-{label}")
    approver.groups.add(Group.objects.get_or_create(name="reviewer")[0])
    dossier = dossier_create(slug=f"bench-run-{label}", title="Bench run")
    rows = []
    # Keys are created a thousand at a time (one key-store commit each), as
    # bulk ingestion would; one commit per key made set-up slower than the run.
    for start in range(0, count, 1000):
        texts = [
            f"Verslag {number}: mevrouw Bench Persoon {number} uit Tiel.".encode()
            for number in range(start, min(count, start + 1000))
        ]
        originals = blobs_put(items=texts, purpose=PURPOSE_ORIGINAL)
        extracted = blobs_put(items=texts, purpose=PURPOSE_TEXT)
        for number, text, original, extract in zip(
            range(start, count), texts, originals, extracted, strict=False
        ):
            sizes = {"size": len(text), "text_length": len(text)}
            keys = {
                "original_key_id": original.key_id,
                "text_key_id": extract.key_id,
                "original_blob": original.blob_name,
                "text_blob": extract.blob_name,
            }
            reference = f"DOC-{label}-{number:07d}"[:30]
            digest = hashlib.sha256(text).hexdigest()
            rows.append(
                Document(
                    dossier=dossier,
                    status=DocumentStatus.EXTRACTED,
                    reference=reference,
                    sha256=digest,
                    **sizes,
                    **keys,
                )
            )
    Document.objects.bulk_create(rows, batch_size=1000)
    documents = list(Document.objects.filter(dossier=dossier).order_by("pk"))
    Mention.objects.bulk_create(
        [
            Mention(document=d, category="person", start=12, end=30, status="confirmed")
            for d in documents
        ],
        batch_size=1000,
    )
    approve_destroy_in_bulk(documents, proposer, approver, reason="bench")
    return dossier, [proposer, approver]


def _timed(function: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = function()
    return result, time.perf_counter() - started


def destruction_rows(count: int, batch_size: int) -> list[Row]:
    from herstel.disposition.services import run_approve
    from herstel.disposition.services import run_execute
    from herstel.disposition.services import run_prepare
    from herstel.disposition.services import run_submit

    label = f"b{batch_size}"
    (dossier, (proposer, approver)), setup = _timed(lambda: _documents(count, label))
    import datetime

    run, prepared = _timed(
        lambda: run_prepare(
            dossier=dossier,
            planned_for=datetime.date.today(),
            legal_basis="AVG art. 17",
            actor=proposer,
        )
    )
    run_submit(run=run, actor=proposer)
    run_approve(run=run, actor=approver)
    run, executed = _timed(
        lambda: run_execute(run=run, actor=proposer, batch_size=batch_size)
    )
    destroyed = run.items.filter(status="destroyed").count()
    certificate_kib = len(bytes(run.certificate or b"")) // 1024
    path = "one at a time" if batch_size == 1 else f"groups of {batch_size}"
    return [
        _row(f"set up documents for a run ({label})", count, setup, "docs/s"),
        _row(f"destruction run: prepare ({label})", count, prepared, "docs/s"),
        _row(
            f"destruction run: execute + certificate, {path}",
            destroyed,
            executed,
            "docs/s",
            f"status {run.status}; certificate {certificate_kib} KiB",
        ),
    ]


def redaction_rows(pages: int) -> list[Row]:
    from herstel.disposition.redaction import RedactionBox
    from herstel.disposition.redaction import redact_to_pdf

    rng = random.Random(1)  # noqa: S311 - reproducible filler text
    words = [
        "het",
        "de",
        "een",
        "gesprek",
        "mevrouw",
        "woont",
        "aan",
        "gemeente",
        "toeslag",
        "dossier",
        "brief",
        "aanvraag",
        "besluit",
        "bezwaar",
        "termijn",
        "betaling",
    ]
    page_texts = [
        "\n".join(" ".join(rng.choice(words) for _ in range(12)) for _ in range(45))
        for _ in range(pages)
    ]
    text = "\f".join(page_texts)
    boxes = [
        RedactionBox(start, start + 14, rng.choice(["5.1.2e", "5.1.1d", "5.1.1e"]))
        for start in range(0, len(text) - 20, 350)
    ]
    pdf, seconds = _timed(lambda: redact_to_pdf(text=text, boxes=boxes, title="bench"))
    return [
        _row(
            "redact PDF pages (re-typeset, boxes burned in)",
            pages,
            seconds,
            "pages/s",
            f"{len(boxes):,} boxes; {len(pdf) // 1024:,} KiB",
        )
    ]


def kill_trial_rows(trials: int) -> list[Row]:
    """kill -9 at random moments of runs, grouped and one at a time, resumed:
    the trials of ``test_kill_resume.py`` in their own process and scratch
    database; counts the exact ones."""
    import json
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    if trials <= 0:
        return [("kill -9 trials", "skipped", "", "HERSTEL_BENCH_KILL_TRIALS=0")]
    root = Path(__file__).resolve().parent.parent
    # The trials use the test factories (factory_boy, a dev dependency): run
    # them with the project's environment, which make bench installs too.
    project = root / ".venv" / "bin" / "python"
    python = str(project) if project.exists() else sys.executable
    keep = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "HERSTEL_MASTER_KEY"}
    with tempfile.TemporaryDirectory(prefix="herstel-kill-") as scratch:
        started = time.perf_counter()
        result = subprocess.run(  # noqa: S603 (fixed arguments, this interpreter)
            [
                python,
                "-m",
                "herstel.disposition.tests.killtrials",
                "--dir",
                scratch,
                "--trials",
                str(trials),
                "--documents",
                "8",
            ],
            env={k: v for k, v in os.environ.items() if k in keep},
            cwd=root / "src",
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        seconds = time.perf_counter() - started
    if result.returncode != 0:
        return [("kill -9 trials", "FAILED", "", result.stderr[-300:])]
    report = json.loads(result.stdout)
    done = report["trials"]
    exact = sum(1 for trial in done if not trial["problems"])
    inside = sum(1 for trial in done if trial["killed"] != "done")
    return [
        (
            "kill -9 during a run, resumed: exact trials",
            f"{exact} / {len(done)}",
            "",
            f"{inside} kills landed inside the run; batch sizes 1, 4, 50; "
            f"seed {report['seed']}; {seconds:.0f} s"
            + ("" if exact == len(done) else "; NOT EXACT"),
        )
    ]


def disposition_rows() -> list[Row]:
    documents = int(os.environ.get("HERSTEL_BENCH_RUN_DOCUMENTS", "10000"))
    pages = int(os.environ.get("HERSTEL_BENCH_REDACT_PAGES", "1000"))
    full = os.environ.get("HERSTEL_BENCH_FULL", "") == "1"
    single = int(
        os.environ.get(
            "HERSTEL_BENCH_RUN_DOCUMENTS_SINGLE",
            str(documents if full else min(documents, 1000)),
        )
    )
    trials = int(os.environ.get("HERSTEL_BENCH_KILL_TRIALS", "24"))
    from django.conf import settings

    grouped = destruction_rows(documents, settings.HERSTEL_DESTRUCTION_BATCH_SIZE)
    one_at_a_time = destruction_rows(single, 1)
    speedup = _rate(grouped[-1]) / _rate(one_at_a_time[-1])
    sizes = f"{documents:,} grouped against {single:,} one at a time"
    if single != documents:
        sizes += " (sample; HERSTEL_BENCH_FULL=1 for the same size)"
    return (
        redaction_rows(pages)
        + one_at_a_time
        + grouped
        + [
            (
                "destruction speed-up, grouped / one at a time",
                f"{speedup:.1f}x",
                "bar >= 5x",
                sizes,
            )
        ]
        + kill_trial_rows(trials)
    )


def _rate(row: Row) -> float:
    return float(row[1].split()[0].replace(",", ""))


if __name__ == "__main__":
    import shutil
    import sys
    import tempfile
    from pathlib import Path

    scratch = Path(tempfile.mkdtemp(prefix="herstel-bench-disposition-"))
    try:
        os.environ["DJANGO_SETTINGS_MODULE"] = "herstel.conf.ci"
        os.environ["HERSTEL_VAR_DIR"] = str(scratch)
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'bench.sqlite3'}"
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        table = disposition_rows()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    print(f"load average {os.getloadavg()[0]:.1f} at the end; {os.cpu_count()} CPUs")
