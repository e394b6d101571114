#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Foundation benchmarks: encrypted store, crypto-shredding, audit trail.

Runs against a scratch SQLite database and key store in a temporary directory
(never var/), prints one table, and asserts nothing. Usage: ``make bench``.
"""

from __future__ import annotations

import functools
import io
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

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


def _row(name: str, count: int, seconds: float, unit: str, extra: str = "") -> tuple:
    rate = count / seconds if seconds else float("inf")
    return (name, f"{count:,}", f"{seconds:.2f}", f"{rate:,.1f} {unit}", extra)


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="herstel-bench-"))
    try:
        _setup(scratch)
        from herstel.accounts.audit_events import LOGGED_IN
        from herstel.audit.selectors import audit_chain_verify
        from herstel.audit.services import audit_event_record
        from herstel.demo.generator import generate_dossiers
        from herstel.dossiers.constants import IngestionSource
        from herstel.dossiers.ingestion import IngestFile, ingest
        from herstel.dossiers.models import Document
        from herstel.dossiers.services import (
            document_shred,
            document_text_read,
            dossier_create,
        )
        from herstel.vault.services import blob_put, blob_read

        rows = []
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

        count = int(os.environ.get("HERSTEL_BENCH_DOCUMENTS", "1000"))
        jobs = int(os.environ.get("HERSTEL_BENCH_JOBS", str(os.cpu_count() or 1)))
        started = time.perf_counter()
        dossiers = generate_dossiers(seed=1, documents=count)
        generated = time.perf_counter() - started
        documents = [d for spec in dossiers for d in spec.documents]
        size_mb = sum(len(d.data) for d in documents) / 1e6
        rows.append(
            _row(
                "generate demo documents",
                len(documents),
                generated,
                "docs/s",
                f"{size_mb:.1f} MB",
            )
        )
        # Every 20th file is corrupt or hostile: truncated, random, a zip bomb.
        bomb = io.BytesIO()
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("zeros.txt", b"0" * 50_000_000)
        hostile = [
            lambda data: data[: len(data) // 3],
            lambda data: os.urandom(4096),
            lambda data: bomb.getvalue(),
        ]
        files = []
        for index, item in enumerate(documents):
            data = item.data
            if index % 20 == 19:
                data = hostile[(index // 20) % len(hostile)](data)
            files.append(
                IngestFile(name=item.filename, read=functools.partial(bytes, data))
            )
        dossier = dossier_create(slug="bench", title="Bench")
        started = time.perf_counter()
        report = ingest(
            dossier=dossier,
            files=files,
            actor=None,
            source=IngestionSource.COMMAND,
            jobs=jobs,
        )
        stored = time.perf_counter() - started
        run = report.run
        rows.append(
            _row(
                f"ingest, {jobs} jobs (extract, scan, encrypt, audit)",
                run.files,
                stored,
                "docs/s",
                f"{run.failed} reported without text; 10,000 in {stored / run.files * 10_000 / 60:.1f} min",
            )
        )
        rows.append(("mentions stored", f"{run.mentions:,}", "", "", ""))

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
                "",
                "",
                f"{keystore.stat().st_size / 1024:.0f} KiB",
                "",
            )
        )
        sys.path.insert(0, str(ROOT / "bench"))
        from disposition import disposition_rows

        rows.extend(disposition_rows())
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    header = ("benchmark", "n", "seconds", "rate", "note")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    line = "  ".join("{:<" + str(w) + "}" for w in widths)
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))
    print(
        f"\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs, SQLite, local filesystem."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
