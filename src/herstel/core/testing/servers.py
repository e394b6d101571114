# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Throwaway servers for tests: a free local port and a redis-server that
keeps nothing on disk (the Celery tests and the production-profile test)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def redis_server(directory: Path, port: int) -> subprocess.Popen[bytes]:
    """Start redis-server on 127.0.0.1:``port``, working in ``directory``,
    without persistence and with its output discarded. The caller waits for
    it to answer and terminates it."""
    return subprocess.Popen(  # noqa: S603 (fixed arguments)
        [
            shutil.which("redis-server") or "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def celery_command(*arguments: str) -> list[str]:
    """The command line of Herstel's Celery app in this interpreter, with
    ``arguments`` (``"worker", ...`` or ``"beat", ...``)."""
    return [sys.executable, "-m", "celery", "-A", "herstel", *arguments]
