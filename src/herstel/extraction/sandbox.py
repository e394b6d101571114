# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Run extractions in worker subprocesses that can be killed at a deadline.

Why a subprocess: a parser stuck in a loop (pure Python or C) cannot be
interrupted from inside its own process. Signals (``SIGALRM``) only reach the
main thread, and threads cannot be killed. A child process can always be
killed, and it also confines crashes and memory use (``RLIMIT_AS``).

Why :mod:`subprocess` and not :mod:`multiprocessing`: processes of a
:class:`multiprocessing.Pool` and Celery's prefork pool are daemonic and may
not start ``multiprocessing`` children, but they may start ordinary
subprocesses. So this works in a web process, a thread pool, a Celery prefork
worker and a ``ProcessPoolExecutor`` worker alike.

Workers are reused: starting Python with the parsers costs about a third of a
second, an extraction on a warm worker a few milliseconds of overhead. Each
calling process keeps at most :data:`MAX_IDLE_WORKERS` idle workers (one per
concurrent thread while busy); a worker is replaced after
:data:`MAX_TASKS_PER_WORKER` files or after a timeout or crash, and exits by
itself when idle for :data:`worker.IDLE_SECONDS` or when its parent goes away.
A forked child (Celery, gunicorn) does not share its parent's workers.

If no worker can be started (no usable ``sys.executable``), extraction falls
back to the calling process with a logged warning; the time limit is then only
checked between pages, rows and parts.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import selectors
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .base import ErrorCode
from .base import ExtractionError
from .base import ExtractionResult
from .base import Job
from .worker import KILL_GRACE_SECONDS
from .worker import READY
from .worker import decode_text
from .worker import encode_frame

MAX_IDLE_WORKERS = 2
"""Idle workers kept per calling process."""

MAX_TASKS_PER_WORKER = 250
"""Files one worker extracts before it is replaced (bounds memory creep)."""

STARTUP_TIMEOUT = 60.0
"""Seconds a new worker may take to import the parsers."""

logger = logging.getLogger(__name__)

_SOURCE_ROOT = str(Path(__file__).resolve().parents[2])
_BOOT = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from herstel.extraction.worker import main; main()"
)


class _WorkerUnavailableError(Exception):
    """No worker could be started or reached."""


class _Worker:
    """One worker subprocess and its pipes."""

    def __init__(self, command: list[str] | None = None) -> None:
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments, no shell
            command or [sys.executable, "-I", "-c", _BOOT, _SOURCE_ROOT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            close_fds=True,
            # Its own process group, so a kill also ends Tesseract below it.
            start_new_session=True,
        )
        self.tasks = 0
        self.idle_since = time.monotonic()
        try:
            if self._read(len(READY), time.monotonic() + STARTUP_TIMEOUT) != READY:
                raise _WorkerUnavailableError("The extraction worker did not start.")
        except BaseException:
            self.kill()
            raise

    def usable(self) -> bool:
        from .worker import IDLE_SECONDS

        fresh = time.monotonic() - self.idle_since < IDLE_SECONDS - 5
        return fresh and self.process.poll() is None

    def request(
        self, header: dict[str, Any], data: bytes, deadline: float | None
    ) -> tuple[dict[str, Any], bytes]:
        """Send one request and return the answer's meta and body."""
        self.tasks += 1
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(encode_frame(header, data))
            stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise _WorkerUnavailableError("The extraction worker is gone.") from exc
        size = int.from_bytes(self._read(4, deadline), "big")
        meta = json.loads(self._read(size, deadline))
        size = int.from_bytes(self._read(8, deadline), "big")
        body = self._read(size, deadline)
        self.idle_since = time.monotonic()
        if not isinstance(meta, dict):
            raise _WorkerUnavailableError("The extraction worker answered nonsense.")
        return meta, body

    def _read(self, size: int, deadline: float | None) -> bytes:
        """Read exactly ``size`` bytes, raising ``TimeoutError`` at the deadline."""
        stdout = self.process.stdout
        assert stdout is not None
        fd = stdout.fileno()
        chunks: list[bytes] = []
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while size:
                wait = None if deadline is None else deadline - time.monotonic()
                if wait is not None and wait <= 0:
                    raise TimeoutError
                if not selector.select(wait):
                    continue
                chunk = os.read(fd, min(size, 1 << 20))
                if not chunk:
                    raise EOFError
                chunks.append(chunk)
                size -= len(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        """Let the worker exit by closing its input; kill it if it lingers."""
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            self.kill()
        finally:
            if self.process.stdout is not None:
                self.process.stdout.close()

    def kill(self) -> None:
        """Kill the worker and everything it started (Tesseract)."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, OSError):
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def abandon(self) -> None:
        """Close inherited pipes in a forked child without touching the worker."""
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    os.close(stream.fileno())
        # The worker is the parent's child, not ours: never wait for it here.
        self.process.returncode = 0


class _Pool:
    """Idle workers of this process, shared by its threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.idle: list[_Worker] = []
        self.fallback_warned = False

    def acquire(self) -> _Worker:
        with self.lock:
            while self.idle:
                worker = self.idle.pop()
                if worker.usable():
                    return worker
                worker.close()
        try:
            return _Worker()
        except (OSError, EOFError, TimeoutError, ValueError) as exc:
            raise _WorkerUnavailableError(
                f"Cannot start an extraction worker: {exc}"
            ) from exc

    def release(self, worker: _Worker) -> None:
        if worker.tasks < MAX_TASKS_PER_WORKER and worker.process.poll() is None:
            with self.lock:
                if len(self.idle) < MAX_IDLE_WORKERS:
                    self.idle.append(worker)
                    return
        worker.close()

    def close_all(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        for worker in idle:
            worker.close()

    def after_fork(self) -> None:
        for worker in self.idle:
            worker.abandon()
        self.__init__()  # type: ignore[misc]


_POOL = _Pool()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_POOL.after_fork)


def shutdown() -> None:
    """Stop the idle workers of this process (they also stop by themselves)."""
    _POOL.close_all()


def run_isolated(data: bytes, job: Job) -> ExtractionResult:
    """Extract in a worker subprocess, killing it after ``job.timeout`` seconds."""
    header, timeout = job.header(), job.timeout
    for attempt in range(2):
        try:
            worker = _POOL.acquire()
        except _WorkerUnavailableError as exc:
            return _fallback(data, job, exc)
        deadline = (
            None if timeout is None else time.monotonic() + timeout + KILL_GRACE_SECONDS
        )
        try:
            meta, body = worker.request(header, data, deadline)
        except _WorkerUnavailableError:
            worker.kill()
            if attempt == 0:
                continue  # an idle worker that just exited; try a fresh one
            raise ExtractionError(
                ErrorCode.CORRUPT, "The extraction worker could not be reached."
            ) from None
        except TimeoutError:
            worker.kill()
            raise ExtractionError(
                ErrorCode.TIMEOUT,
                f"The extraction took longer than {timeout} seconds and was stopped.",
            ) from None
        except EOFError:
            worker.kill()
            status = worker.process.returncode
            raise ExtractionError(
                ErrorCode.CORRUPT,
                f"The extraction process stopped unexpectedly (status {status}).",
            ) from None
        except BaseException:
            # KeyboardInterrupt, a Celery soft time limit, ...: the worker's
            # state is unknown, so it must not be reused.
            worker.kill()
            raise
        _POOL.release(worker)
        return _result(meta, body)
    raise AssertionError("unreachable")  # pragma: no cover


def _result(meta: dict[str, Any], body: bytes) -> ExtractionResult:
    if not meta.get("ok"):
        raise ExtractionError(str(meta.get("code")), str(meta.get("message")))
    return ExtractionResult.from_meta(meta, decode_text(body))


def _fallback(data: bytes, job: Job, reason: Exception) -> ExtractionResult:
    if not _POOL.fallback_warned:
        _POOL.fallback_warned = True
        logger.warning("Extracting in-process without a hard time limit: %s", reason)
    from .extractors import extract_in_process

    return extract_in_process(data, job)
