# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""How far a long service is: services report, the task runner listens.

A service that loops over many items calls :func:`progress_report` now and
then; outside a background task nothing listens and the call costs nothing.
Services never import the task runner (STYLE.md section 6).
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["progress_bound", "progress_report"]

Reporter = Callable[[int, int], None]

_reporter: ContextVar[Reporter | None] = ContextVar("herstel_progress", default=None)


def progress_report(*, done: int, total: int) -> None:
    """Tell the running task (if any) that ``done`` of ``total`` steps are done."""
    reporter = _reporter.get()
    if reporter is not None:
        reporter(max(0, done), max(0, total))


@contextmanager
def progress_bound(reporter: Reporter) -> Iterator[None]:
    """Send every :func:`progress_report` inside the block to ``reporter``."""
    token = _reporter.set(reporter)
    try:
        yield
    finally:
        _reporter.reset(token)
