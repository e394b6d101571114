# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bulk ingestion: many files into one dossier, in parallel, resumable.

Extraction and detection (CPU-bound, pure) run in a process pool of ``jobs``
workers; encryption and database writes stay in this process, one document at
a time, each in its own transaction. With ``CELERY_BROKER_URL`` set, originals
are stored here and Celery workers analyse them (``dossiers.tasks``).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import timezone

from herstel.core.tasks import enqueue

from .analysis import Analysis, analyse
from .constants import DocumentStatus, IngestionSource
from .models import Document, Dossier, IngestionRun
from .services import document_store

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IngestFile:
    """One file to ingest: a display name (kept encrypted) and a way to read it."""

    name: str
    read: Callable[[], bytes]


@dataclass
class IngestReport:
    run: IngestionRun
    unreadable: list[tuple[str, str]] = field(default_factory=list)


def files_in(paths: Iterable[Path]) -> Iterator[IngestFile]:
    """Every regular file under the given files and folders, in a stable order."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield IngestFile(
                    name=str(child.relative_to(path)), read=child.read_bytes
                )
        elif path.is_file():
            yield IngestFile(name=path.name, read=path.read_bytes)


def _analyse_job(data: bytes, name: str) -> Analysis:
    return analyse(data, name)


def ingest(
    *,
    dossier: Dossier,
    files: Iterable[IngestFile],
    actor: Any,
    source: IngestionSource,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest ``files`` into ``dossier``; return the run with its counts.

    A file already in the dossier (same content) is skipped, or completed when
    its analysis had not finished. A file that cannot be read is reported and
    the rest go on.
    """
    run = IngestionRun.objects.create(dossier=dossier, source=source, started_by=actor)
    report = IngestReport(run=run)
    use_workers = bool(getattr(settings, "CELERY_BROKER_URL", None))
    done = 0

    def finish(name: str, data: bytes, analysis: Analysis | None) -> None:
        nonlocal done
        result = document_store(
            dossier=dossier,
            data=data,
            filename=name,
            actor=actor,
            analysis=analysis,
            analyse_now=not use_workers,
        )
        document = result.document
        if not result.created:
            run.duplicates += 1
        else:
            run.stored += 1
            if use_workers:
                from .tasks import document_analyse_task

                enqueue(document_analyse_task, document.pk, actor.pk if actor else None)
        if document.status == DocumentStatus.FAILED:
            run.failed += 1
        run.mentions += document.mentions.count() if result.created else 0
        done += 1
        if progress:
            progress(done)

    def pending(name: str, data: bytes) -> bool:
        digest = hashlib.sha256(data).hexdigest()
        existing = Document.objects.filter(dossier=dossier, sha256=digest).first()
        if existing is not None and existing.status != DocumentStatus.STORED:
            nonlocal done
            run.duplicates += 1
            done += 1
            if progress:
                progress(done)
            return False
        return True

    def readable() -> Iterator[tuple[str, bytes]]:
        for item in files:
            run.files += 1
            try:
                data = item.read()
            except OSError as exc:
                report.unreadable.append(
                    (item.name, exc.strerror or type(exc).__name__)
                )
                continue
            if pending(item.name, data):
                yield item.name, data

    if jobs <= 1 or use_workers:
        for name, data in readable():
            finish(name, data, None if use_workers else analyse(data, name))
    else:
        # Workers only compute (no database, no keys): see analysis.py.
        window: deque[tuple[str, bytes, Future[Analysis]]] = deque()
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for name, data in readable():
                window.append((name, data, pool.submit(_analyse_job, data, name)))
                while len(window) >= jobs * 4:
                    name_, data_, future = window.popleft()
                    finish(name_, data_, future.result())
            while window:
                name_, data_, future = window.popleft()
                finish(name_, data_, future.result())

    run.failed += len(report.unreadable)
    run.finished_at = timezone.now()
    run.save()
    logger.info(
        "ingestion_finished",
        extra={
            "run": run.pk,
            "files": run.files,
            "stored": run.stored,
            "pid": os.getpid(),
        },
    )
    return report
