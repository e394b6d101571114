#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Herstel's benchmarks in one table: detection quality and speed beside
deduce, start-up and memory, ingestion of the demo data set, the encrypted
store, crypto-shredding and the audit trail.

Detection runs first, each system in its own process
(``bench/detection_quality.py --json``) so that its load time and peak memory
are its own; deduce (GPL) is only found in the benchmark environment under
``var/``. Everything else runs against a scratch SQLite database and key store
in a temporary directory (never ``var/``). Prints one table, asserts nothing.
Usage: ``make bench``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from folder_speed import folder_speed  # bench/, beside this script

ROOT = Path(__file__).resolve().parent.parent


def _setup(scratch: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "herstel.conf.ci"
    os.environ["HERSTEL_VAR_DIR"] = str(scratch)
    os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'bench.sqlite3'}"
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


Row = tuple[str, str, str, str]
"""measure, Herstel, comparison (deduce), note."""


def _row(name: str, count: int, seconds: float, unit: str, extra: str = "") -> Row:
    rate = count / seconds if seconds else float("inf")
    note = f"n = {count:,} in {seconds:.2f} s" + (f"; {extra}" if extra else "")
    return (name, f"{rate:,.1f} {unit}", "", note)


def _per_system(scratch: Path, script: str) -> dict[str, dict]:
    """Run one quality script for Herstel and for deduce, each in its own
    process, and return each one's JSON results by system."""
    path = ROOT / "bench" / script
    results = {}
    for system in ("herstel", "deduce"):
        out = scratch / f"{path.stem}-{system}.json"
        subprocess.run(  # noqa: S603 (fixed arguments, this interpreter)
            [sys.executable, str(path), "--system", system, "--json", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        results[system] = json.loads(out.read_text())
    return results


def _ratio_note(row: dict, deduce: dict, paired: dict) -> str:
    """Herstel's engine speed as a multiple of deduce's: timed in turn in one
    process where that ran (the drift of a shared machine's speed cancels),
    and timed one after the other."""
    apart = f"{row['mbps_cpu'] / deduce['mbps_cpu']:.1f}× timed apart"
    if not paired:
        return f"{apart} (CPU); "
    return (
        f"{paired['ratio']:.1f}× deduce in CPU time, timed in turn "
        f"({paired['rounds']} rounds, {paired['ratio_low']:.1f}–"
        f"{paired['ratio_high']:.1f}×; {paired['herstel_mbps_cpu']:.2f} / "
        f"{paired['deduce_mbps_cpu']:.2f} MB/s); {apart}; "
    )


def _detection(scratch: Path) -> list[Row]:
    """Person and place quality and speed of Herstel and deduce on ned.testa."""
    results = _per_system(scratch, "detection_quality.py")
    if "skipped" in results["herstel"]:
        return [
            (
                "detection quality (CoNLL-2002 ned.testa)",
                "skipped",
                "",
                results["herstel"]["skipped"],
            )
        ]
    systems = {row["name"]: row for run in results.values() for row in run["systems"]}
    deduce = systems.get("deduce")
    size = results["herstel"]["megabytes"]
    paired = results["deduce"].get("paired") or {}

    def prf(row: dict | None, key: str) -> str:
        if row is None:
            return "–"
        s = row[key]
        return f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}"

    rows: list[Row] = []
    for profile in ("balanced", "recall"):
        row = systems[f"herstel {profile}"]
        compare = deduce if profile == "balanced" else None
        rows += [
            (
                f"person strict P / R / F1, {profile} profile",
                prf(row, "per"),
                prf(compare, "per"),
                "bar: balanced P ≥ 0.85, R ≥ 0.85"
                if profile == "balanced"
                else "bar: overlap R ≥ 0.95",
            ),
            (
                f"person overlap recall, {profile} profile",
                f"{row['per']['overlap_recall']:.3f}",
                f"{compare['per']['overlap_recall']:.3f}" if compare else "–",
                "share of gold names touched by a prediction",
            ),
            (
                f"place strict P / R / F1, {profile} profile",
                prf(row, "loc"),
                prf(compare, "loc"),
                "",
            ),
            (
                f"organisation F1, {profile} profile",
                f"{row['org']['f1']:.3f}",
                f"{compare['org']['f1']:.3f}" if compare else "–",
                "",
            ),
            (
                f"detection MB/s, {profile} profile (wall / CPU)",
                f"{row['mbps']:.2f} / {row['mbps_cpu']:.2f}",
                f"{compare['mbps']:.2f} / {compare['mbps_cpu']:.2f}"
                if compare
                else "–",
                f"{size:.3f} MB, full detector set, one process, engine "
                f"{results['herstel'].get('engine', '?')}; "
                + (_ratio_note(row, compare, paired) if compare else "")
                + "bar ≥ 15× deduce",
            ),
        ]
    herstel = systems["herstel balanced"]
    rows += [
        (
            "start-up: import, lexicons, first scan (s)",
            f"{herstel['load']:.2f}",
            f"{deduce['load']:.2f}" if deduce else "–",
            "bar < 0.5 s",
        ),
        (
            "peak memory of the process (MB)",
            f"{herstel['peak']:.0f}",
            f"{deduce['peak']:.0f}" if deduce else "–",
            "max RSS; bar < 500 MB",
        ),
    ]
    if deduce is None:
        rows.append(("deduce", "", "skipped", results["deduce"].get("note", "")))
    return rows


def _gov_detection(scratch: Path) -> list[Row]:
    """Person names on the government development set and on English text,
    Herstel (both profiles) beside deduce, each in its own process."""
    results: dict[str, dict] = {}
    for run in _per_system(scratch, "gov_quality.py").values():
        results.update(run)
    if "skipped" in results:
        return [("government documents (gov_letters_nl_dev)", "skipped", "", "")]
    deduce = results.get("deduce")
    rows: list[Row] = []
    bars = {
        "balanced": "bar: P ≥ 0.85 with R ≥ 0.90",
        "recall": "bar: R ≥ 0.98 with P ≥ 0.20",
    }
    for profile in ("balanced", "recall"):
        row = results[f"herstel {profile}"]
        compare = deduce if profile == "balanced" else None
        rows.append(
            (
                f"government documents, person overlap P / R, {profile}",
                f"{row['precision']:.3f} / {row['recall']:.3f}",
                f"{compare['precision']:.3f} / {compare['recall']:.3f}"
                if compare
                else "–",
                f"{row['gold']} names in 26 documents; {bars[profile]}",
            )
        )
    for profile in ("balanced", "recall"):
        row = results[f"herstel {profile}"]
        rows.append(
            (
                f"English text, person findings per 10k chars, {profile}",
                f"{row['english']['per_10k']:.1f}",
                f"{deduce['english']['per_10k']:.1f}" if deduce else "–",
                f"{row['english']['chars']:,} chars, bench/data/english; bar ≤ 12",
            )
        )
    synthetic = results["herstel balanced"].get("synthetic")
    if synthetic:
        for profile in ("balanced", "recall"):
            row = results[f"herstel {profile}"]["synthetic"]
            rows.append(
                (
                    f"synthetic government letters, person overlap P / R, {profile}",
                    f"{row['precision']:.3f} / {row['recall']:.3f}",
                    "",
                    f"{row['gold']} names, demo generator (seeded)",
                )
            )
    return rows


def _subject_search_rows() -> list[Row]:
    """Name search on 1,000,000 mentions, SQLite and PostgreSQL (own processes)."""
    import json
    import subprocess

    from herstel.core.testing.postgres import find_bindir

    rows: list[Row] = []
    for database in ("sqlite", "postgres"):
        if database == "postgres" and find_bindir() is None:
            rows.append(("name search (PostgreSQL)", "skipped", "", "no initdb"))
            continue
        result = subprocess.run(  # noqa: S603
            [sys.executable, str(ROOT / "bench" / "subject_search.py"), "--json",
             "--database", database],
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip
        if result.returncode != 0:
            rows.append((f"name search ({database})", "failed", "", "see stderr"))
            sys.stderr.write(result.stderr[-2000:])
            continue
        rows.extend(
            tuple(json.loads(line))  # type: ignore[misc]
            for line in result.stdout.splitlines()
        )
    return rows


def detection_main() -> int:
    """Only the detection rows (``make bench-detection``): quality and speed
    beside deduce, the folder scan and the start-up; no database."""
    scratch = Path(tempfile.mkdtemp(prefix="herstel-bench-"))
    sys.path.insert(0, str(ROOT / "src"))
    try:
        rows = _detection(scratch) + _gov_detection(scratch) + folder_speed(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    _print(rows)
    return 0


def main() -> int:
    if sys.argv[1:] == ["--detection"]:
        return detection_main()
    scratch = Path(tempfile.mkdtemp(prefix="herstel-bench-"))
    try:
        _setup(scratch)
        from herstel.accounts.audit_events import LOGGED_IN
        from herstel.audit.selectors import audit_chain_verify
        from herstel.audit.services import audit_event_record
        from herstel.dossiers.models import Document
        from herstel.dossiers.services import document_shred
        from herstel.dossiers.services import document_text_read
        from herstel.vault.services import blob_put
        from herstel.vault.services import blob_read

        rows = _detection(scratch)
        rows += _gov_detection(scratch)
        rows += folder_speed(scratch)
        payload = os.urandom(1024 * 1024)
        started = time.perf_counter()
        refs = [blob_put(data=payload, purpose="bench") for _ in range(50)]
        rows.append(
            _row(
                "encrypt + store 1 MiB blobs",
                50,
                time.perf_counter() - started,
                "MiB/s",
            )
        )
        started = time.perf_counter()
        for ref in refs:
            blob_read(blob=ref, purpose="bench")
        rows.append(
            _row(
                "read + decrypt 1 MiB blobs", 50, time.perf_counter() - started, "MiB/s"
            )
        )

        sys.path.insert(0, str(ROOT / "bench"))
        from ingest_speed import ingest_rows

        rows.extend(ingest_rows())

        class _Reader:
            pk = 0

            def has_perm(self, *args: object) -> bool:
                return True

            def get_username(self) -> str:
                return "bench"

        reader = _Reader()
        # Reads and shredding on the first 1,000 documents keep the run short.
        docs = list(Document.objects.order_by("pk")[:1000])
        started = time.perf_counter()
        for document in docs:
            document_text_read(document=document, actor=reader)
        rows.append(
            _row(
                "read text (decrypt + audit)",
                len(docs),
                time.perf_counter() - started,
                "docs/s",
            )
        )

        started = time.perf_counter()
        for _ in range(2000):
            audit_event_record(event=LOGGED_IN, actor=None, context={"n": 1})
        rows.append(
            _row("audit append", 2000, time.perf_counter() - started, "entries/s")
        )

        started = time.perf_counter()
        report = audit_chain_verify()
        rows.append(
            _row(
                "audit chain verify",
                report.checked,
                time.perf_counter() - started,
                "entries/s",
                "intact" if report.ok else "BROKEN",
            )
        )

        started = time.perf_counter()
        for document in docs:
            document_shred(document=document, actor=None, reason="bench")
        rows.append(
            _row(
                "crypto-shred documents",
                len(docs),
                time.perf_counter() - started,
                "docs/s",
                "2 keys + 2 blobs each",
            )
        )

        keystore = scratch / "keys" / "keystore.sqlite3"
        rows.append(
            (
                "key store file after shredding",
                f"{keystore.stat().st_size / 1024:.0f} KiB",
                "",
                "",
            )
        )
        sys.path.insert(0, str(ROOT / "bench"))
        from disposition import disposition_rows

        rows.extend(disposition_rows())
        from bulk_review import bulk_review_rows

        rows.extend(bulk_review_rows())
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    rows.extend(_subject_search_rows())
    sys.path.insert(0, str(ROOT / "bench"))
    from load import load_rows  # the production profile, in its own processes

    rows.extend(load_rows())
    _print(rows)
    return 0


def _print(rows: list[Row]) -> None:
    header = ("measure", "Herstel", "deduce 3.0.6", "note")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(4)]
    line = "  ".join("{:<" + str(w) + "}" for w in widths)
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))
    print(
        f"\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs, SQLite, local filesystem."
    )


if __name__ == "__main__":
    sys.exit(main())
