#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The ingest benchmark row: demo documents with every 20th file hostile.

Part of ``make bench``; runs on its own too, against a scratch database and
key store (never ``var/``), optionally under cProfile::

    HERSTEL_BENCH_DOCUMENTS=2000 nice -n 10 .venv/bin/python bench/ingest_speed.py
    HERSTEL_BENCH_PROFILE=var/ingest.prof .venv/bin/python bench/ingest_speed.py

The generated documents are kept in ``var/bench-ingest/`` (one ZIP per count),
so a rerun skips generating them (10,000 take about 5 minutes); generating is
never part of the measured ingest. With a profile (of the ingest only), the
30 functions with the most cumulative and the 25 with the most own time are
printed (the extraction workers are separate processes).
"""

from __future__ import annotations

import functools
import io
import os
import resource
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from run import Row  # noqa: E402


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its ended children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (
        own.ru_utime + own.ru_stime,
        children.ru_utime + children.ru_stime,
    )


def _demo_documents(count: int) -> list[tuple[str, bytes]]:
    """``(file name, content)`` of ``count`` demo documents (seed 1), cached.

    The cache is a stored (uncompressed) ZIP whose member names are the
    position and the file name; a cache that cannot be read is rebuilt.
    """
    from herstel.demo.generator import generate_dossiers

    cache = ROOT / "var" / "bench-ingest" / f"demo-seed1-{count}.zip"
    try:
        with zipfile.ZipFile(cache) as archive:
            return [
                (member.split("/", 1)[1], archive.read(member))
                for member in sorted(archive.namelist())
            ]
    except (OSError, zipfile.BadZipFile, IndexError):
        pass
    documents = [
        (item.filename, item.data)
        for spec in generate_dossiers(seed=1, documents=count)
        for item in spec.documents
    ]
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
        for index, (name, data) in enumerate(documents):
            archive.writestr(f"{index:06d}/{name}", data)
    partial.replace(cache)
    return documents


def ingest_rows() -> list[Row]:
    """Generate, then ingest ``HERSTEL_BENCH_DOCUMENTS`` documents (Django set up)."""
    from run import _row

    from herstel.dossiers.constants import IngestionSource
    from herstel.dossiers.ingestion import IngestFile
    from herstel.dossiers.ingestion import ingest
    from herstel.dossiers.services import dossier_create

    rows: list[Row] = []
    count = int(os.environ.get("HERSTEL_BENCH_DOCUMENTS", "1000"))
    jobs = int(os.environ.get("HERSTEL_BENCH_JOBS", str(os.cpu_count() or 1)))
    started = time.perf_counter()
    documents = _demo_documents(count)
    generated = time.perf_counter() - started
    size_mb = sum(len(data) for _name, data in documents) / 1e6
    rows.append(
        _row(
            "generate (or read cached) demo documents",
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
    # With the real-world corpus built (bench/corpus.py build), every other
    # hostile slot takes one of its files instead: broken PDFs, odd Office
    # files, mailboxes.
    corpus_dir = ROOT / "var" / "corpus"
    corpus = sorted(
        p
        for p in (corpus_dir.rglob("*") if corpus_dir.is_dir() else ())
        if p.is_file() and p.name != "MANIFEST.tsv"
    )
    files = []
    real_world = 0
    for index, (name, data) in enumerate(documents):
        if index % 20 == 19:
            slot = index // 20
            if corpus and slot % 2:
                path = corpus[(slot // 2) % len(corpus)]
                data, name = path.read_bytes(), path.name
                real_world += 1
            else:
                data = hostile[slot % len(hostile)](data)
        files.append(IngestFile(name=name, read=functools.partial(bytes, data)))
    dossier = dossier_create(slug="bench", title="Bench")
    run_ingest = functools.partial(
        ingest,
        dossier=dossier,
        files=files,
        actor=None,
        source=IngestionSource.COMMAND,
        jobs=jobs,
    )
    profile_to = os.environ.get("HERSTEL_BENCH_PROFILE")
    before = _cpu()
    started = time.perf_counter()
    if profile_to:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        report = profiler.runcall(run_ingest)
    else:
        report = run_ingest()
    stored = time.perf_counter() - started
    main_cpu, worker_cpu = (
        after - first for after, first in zip(_cpu(), before, strict=True)
    )
    # On a machine shared with other work the wall time says little; the
    # CPU seconds give what two idle cores would need: the storing process
    # is serial, the rest spreads over both cores.
    idle = max(main_cpu, (main_cpu + worker_cpu) / 2)
    run = report.run
    rows.append(
        _row(
            f"ingest, {jobs} jobs (extract, scan, encrypt, audit)",
            run.files,
            stored,
            "docs/s",
            f"{run.failed} reported without text, {len(report.incomplete)} "
            f"with failed parts, {real_world} real-world corpus files; "
            f"10,000 would take {stored / run.files * 10_000 / 60:.1f} min",
        )
    )
    rows.append(
        (
            "ingest CPU seconds (storing process / pool workers)",
            f"{main_cpu:.0f} s / {worker_cpu:.0f} s",
            "",
            f"on 2 idle cores about {idle:.0f} s; 10,000 documents about "
            f"{idle / run.files * 10_000 / 60:.1f} min",
        )
    )
    rows.append(("mentions stored", f"{run.mentions:,}", "", ""))
    if profile_to:
        profiler.dump_stats(profile_to)
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(25)
    return rows


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="herstel-bench-ingest-"))
    try:
        from run import _setup

        _setup(scratch)
        rows = ingest_rows()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for row in rows:
        print("  ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
