# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Tests that run code in a fresh Python process: a bare start (no Django
settings), what an import pulls in, a command-line entry point."""

from __future__ import annotations

import os
import subprocess
import sys


def environ_without(*prefixes: str) -> dict[str, str]:
    """This process's environment without the variables whose names start
    with one of ``prefixes`` (e.g. ``"DJANGO_"``)."""
    return {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}


def python_run(
    code: str, *, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with this interpreter in a new process (``python -c``)
    and return it finished, its output captured as text. A non-zero exit
    raises ``CalledProcessError`` (its ``stderr`` says why); ``env`` is the
    whole environment of the process (default: this one's)."""
    return subprocess.run(  # noqa: S603  (this interpreter, the test's own code)
        [sys.executable, "-c", code],
        capture_output=True,
        check=True,
        env=env,
        text=True,
        timeout=timeout,
    )
