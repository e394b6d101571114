# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Work on a list of items in forked worker processes, results in input order.

``herstel scan`` of a folder uses this on several cores. The caller loads
everything the work needs (the detection engine, its lexicons) and then calls
:func:`fan_out`: the workers are forked from that warm process (copy-on-write,
nothing to import or load again), so a worker costs a few milliseconds.

- Work goes out in batches of item numbers (contiguous ranges), sized by the
  bytes still to do divided among the workers, large first and smaller
  towards the end (guided scheduling), so the workers finish together; each
  worker holds at most two batches, so it never waits for the next one.
- Each result comes back as one ``marshal`` frame, written as the worker
  finishes the item: no round trip per item, and if a worker dies the item it
  was working on is known. That item is reported through ``died`` (the others
  of its batches go to the other workers and a new worker takes its place).
- Results are yielded strictly in item order.
- A ``KeyboardInterrupt`` in the parent (Ctrl-C), an error, or closing the
  generator kills the workers and waits for them; on Ctrl-C, which the
  terminal sends to every process of the group, a worker ends at once
  (default action) unless its parent ignores SIGINT.

Linux and other systems with ``os.fork`` only; :func:`available` says so.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import select
import signal
import sys
from collections import deque
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from typing import Any

BATCH_FILES = 64
"""Most items in one batch (keeps the progress and the buffered results small)."""

AHEAD = 1024
"""Items given out at most this far beyond the next one to yield: a slow
file holds up the output (it is written in order), and the results the other
workers finish meanwhile wait in memory; this bounds them."""

ITEM_COST = 2048
"""What one item costs beside its bytes, in bytes (reading, sniffing, a frame)."""

_HEADER = 4


def available() -> bool:
    """Whether workers can be forked here."""
    return hasattr(os, "fork") and hasattr(select, "poll")


def cpus() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _frame(value: Any) -> bytes:
    data = marshal.dumps(value)
    return len(data).to_bytes(_HEADER, "little") + data


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exact(fd: int, size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = os.read(fd, size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class _Worker:
    """One forked worker as its parent sees it."""

    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid, self.tasks, self.results = pid, tasks, results
        self.pending: deque[int] = deque()  # items sent and not yet answered
        self.batches: deque[int] = deque()  # items left in each batch sent
        self.buffer = bytearray()
        self.status: int | None = None

    def send(self, items: list[int]) -> None:
        ranges: list[tuple[int, int]] = []
        for item in items:
            if ranges and ranges[-1][1] == item:
                ranges[-1] = (ranges[-1][0], item + 1)
            else:
                ranges.append((item, item + 1))
        self.pending.extend(items)
        self.batches.append(len(items))
        with contextlib.suppress(OSError):  # if it died, its results pipe says so
            _write_all(self.tasks, _frame(ranges))

    def frames(self, data: bytes) -> Iterator[Any]:
        self.buffer += data
        while len(self.buffer) >= _HEADER:
            size = int.from_bytes(self.buffer[:_HEADER], "little")
            if len(self.buffer) < _HEADER + size:
                return
            payload = bytes(self.buffer[_HEADER : _HEADER + size])
            del self.buffer[: _HEADER + size]
            yield marshal.loads(payload)  # noqa: S302 (our own worker's frame)

    def close(self) -> None:
        for fd in (self.tasks, self.results):
            with contextlib.suppress(OSError):
                os.close(fd)

    def reap(self, kill: bool = False) -> int:
        if self.status is None:
            if kill:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, signal.SIGKILL)
            _, status = os.waitpid(self.pid, 0)
            self.status = os.waitstatus_to_exitcode(status)
        return self.status


def why(status: int) -> str:
    """How a worker ended, for a person: ``signal 9 (SIGKILL)``, ``status 1``."""
    if status < 0:
        try:
            name = signal.Signals(-status).name
        except ValueError:
            return f"signal {-status}"
        return f"signal {-status} ({name})"
    return f"status {status}"


def fan_out(
    count: int,
    sizes: Sequence[int],
    workers: int,
    work: Callable[[int], Any],
    died: Callable[[int, str], Any],
    at_exit: Callable[[], None] = lambda: None,
) -> Iterator[Any]:
    """``work(i)`` for ``i`` in ``range(count)`` in ``workers`` forked
    processes, yielded in order of ``i``. ``work`` runs in a worker and
    returns a value ``marshal`` can write; ``sizes[i]`` is the bytes of item
    ``i`` (for the batches). When a worker dies while on item ``i``,
    ``died(i, reason)`` is yielded in its place (run in this process).
    ``at_exit`` runs in a worker before it exits normally."""
    queue = deque(range(count))
    left = sum(sizes) + ITEM_COST * count
    pool: dict[int, _Worker] = {}  # by the fd of its results
    poller = select.poll()
    done: dict[int, Any] = {}
    following = 0
    finished = False

    def batch() -> list[int]:
        nonlocal left
        target = left / (4 * workers)
        items: list[int] = []
        cost = 0
        while queue and len(items) < BATCH_FILES:
            item_cost = sizes[queue[0]] + ITEM_COST
            if items and cost + item_cost > target:
                break
            items.append(queue.popleft())
            cost += item_cost
        left -= cost
        return items

    def start() -> None:
        """Fork a worker; when the system refuses (no processes or files
        left), the scan goes on with the workers it has, or in this process."""
        sys.stdout.flush()
        sys.stderr.flush()
        opened: list[int] = []
        try:
            opened.extend(os.pipe())
            opened.extend(os.pipe())
            pid = os.fork()
        except OSError:
            for fd in opened:
                os.close(fd)
            return
        tasks_read, tasks_write, results_read, results_write = opened
        if pid == 0:  # the worker
            inherited = [fd for w in pool.values() for fd in (w.tasks, w.results)]
            _worker(
                tasks_read,
                results_write,
                [tasks_write, results_read, *inherited],
                work,
                at_exit,
            )
        os.close(tasks_read)
        os.close(results_write)
        pool[results_read] = _Worker(pid, tasks_write, results_read)
        poller.register(results_read, select.POLLIN)

    def feed(hungry: Iterable[_Worker]) -> None:
        """Two batches each, so a worker never waits between them."""
        for _ in range(2):
            for worker in hungry:
                if len(worker.batches) < 2 and queue and queue[0] < following + AHEAD:
                    worker.send(batch())

    try:
        for _ in range(min(workers, count)):
            start()
        feed(pool.values())
        while following < count:
            if not pool:  # no worker could be started: the rest runs here
                while queue:
                    item = queue.popleft()
                    done[item] = work(item)
            for fd, _event in poller.poll() if pool else ():
                worker = pool[fd]
                data = os.read(fd, 65536)  # a pipe holds 64 KB
                if data:
                    for item, value in worker.frames(data):
                        if item != worker.pending.popleft():  # pragma: no cover
                            raise RuntimeError("scan worker out of step")
                        done[item] = value
                        worker.batches[0] -= 1
                        if not worker.batches[0]:
                            worker.batches.popleft()
                    continue
                # End of file: the worker is gone.
                poller.unregister(fd)
                del pool[fd]
                worker.close()
                reason = why(worker.reap())
                if worker.pending:
                    lost = worker.pending.popleft()
                    done[lost] = died(lost, reason)
                    left += sum(sizes[i] + ITEM_COST for i in worker.pending)
                    queue.extendleft(reversed(worker.pending))
                if queue:
                    start()
            while following in done:
                yield done.pop(following)
                following += 1
            feed(pool.values())
        finished = True
    finally:
        # Normally every worker is idle now and exits at the end of its
        # tasks; after an interrupt or an error it is killed.
        for worker in pool.values():
            os.close(worker.tasks)
        for worker in pool.values():
            worker.reap(kill=not finished)
            os.close(worker.results)


def _worker(
    tasks: int,
    results: int,
    others: list[int],
    work: Callable[[int], Any],
    at_exit: Callable[[], None],
) -> None:
    """The life of a forked worker: batches in, one frame per item out."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        # Ctrl-C reaches the whole process group: the worker just ends and
        # its parent reports. (A parent that ignores SIGINT, e.g. started in
        # the background, keeps its workers ignoring it too.)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    status = 0
    try:
        for fd in others:
            os.close(fd)
        while True:
            header = _read_exact(tasks, _HEADER)
            if header is None:
                break
            payload = _read_exact(tasks, int.from_bytes(header, "little"))
            if payload is None:
                break
            for first, stop in marshal.loads(payload):  # noqa: S302 (from our parent)
                for item in range(first, stop):
                    _write_all(results, _frame((item, work(item))))
        at_exit()
    except BaseException as exc:  # never a traceback: it could show data
        if not isinstance(exc, BrokenPipeError):
            os.write(2, f"herstel scan: worker error: {type(exc).__name__}\n".encode())
        status = 70
    finally:
        os._exit(status)
