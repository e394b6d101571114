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
import multiprocessing.util
import os
from collections import deque
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.utils import timezone

from herstel.core.tasks import enqueue
from herstel.extraction import stop_workers

from .analysis import Analysis
from .analysis import analyse
from .constants import DocumentStatus
from .constants import IngestionSource
from .models import Document
from .models import Dossier
from .models import IngestionRun
from .services import document_store

if TYPE_CHECKING:
    from herstel.core.actor import Actor

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
    """``(name, reason)`` of files that could not be read from disk or stored."""
    incomplete: list[tuple[str, int]] = field(default_factory=list)
    """``(name, parts without text)`` of stored files with unread parts."""


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


def _worker_start() -> None:
    """Stop the worker's extraction sandbox when the pool worker exits."""
    multiprocessing.util.Finalize(None, stop_workers, exitpriority=10)


class _Pool:
    """A process pool that is started again when a worker dies.

    A dead worker breaks the whole :class:`ProcessPoolExecutor`; the files it
    held are analysed again in this process (extraction itself still runs in
    its sandboxed subprocess), and the next files go to a fresh pool.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, initializer=_worker_start)

    def submit(self, data: bytes, name: str) -> Future[Analysis] | None:
        try:
            return self.executor.submit(_analyse_job, data, name)
        except BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
            try:
                return self.executor.submit(_analyse_job, data, name)
            except BrokenProcessPool:
                return None

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _collect(
    item: tuple[str, bytes, Future[Analysis] | None],
) -> tuple[str, bytes, Analysis | None]:
    """The analysis of a pooled file; ``None`` makes the store analyse it here."""
    name, data, future = item
    if future is None:
        return name, data, None
    try:
        return name, data, future.result()
    except Exception as exc:  # a dead worker, an unpicklable result, ...
        logger.warning("ingest_worker_failed", extra={"error": type(exc).__name__})
        return name, data, None


def ingest(
    *,
    dossier: Dossier,
    files: Iterable[IngestFile],
    actor: Actor | None,
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

    digests: dict[int, str] = {}  # id(data) -> SHA-256, hashed once per file

    def finish(name: str, data: bytes, analysis: Analysis | None) -> None:
        nonlocal done
        try:
            result = document_store(
                dossier=dossier,
                data=data,
                filename=name,
                actor=actor,
                analysis=analysis,
                analyse_now=not use_workers,
                sha256=digests.pop(id(data), None),
            )
        except Exception as exc:
            # Nothing was kept (the original could not be written): report the
            # file by name and go on with the batch.
            logger.warning("ingest_store_failed", extra={"error": type(exc).__name__})
            report.unreadable.append((name, f"not stored: {type(exc).__name__}"))
            done += 1
            if progress:
                progress(done)
            return
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
        if document.failed_part_count:
            report.incomplete.append((name, document.failed_part_count))
        run.mentions += document.mentions.count() if result.created else 0
        done += 1
        if progress:
            progress(done)

    def pending(name: str, data: bytes) -> bool:
        digest = hashlib.sha256(data).hexdigest()
        existing = Document.objects.filter(dossier=dossier, sha256=digest).first()
        if existing is None or existing.status == DocumentStatus.STORED:
            digests[id(data)] = digest
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
        window: deque[tuple[str, bytes, Future[Analysis] | None]] = deque()
        pool = _Pool(jobs)
        try:
            for name, data in readable():
                window.append((name, data, pool.submit(data, name)))
                while len(window) >= jobs * 4:
                    finish(*_collect(window.popleft()))
            while window:
                finish(*_collect(window.popleft()))
        finally:
            pool.shutdown()

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
