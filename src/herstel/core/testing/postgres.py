# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A throwaway PostgreSQL cluster for the test suite.

``initdb`` in a temporary directory, a free port on 127.0.0.1, trust
authentication for the local test user only, removed afterwards. PostgreSQL
refuses to run as root, so under root the cluster runs as the ``postgres``
(or ``nobody``) user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .servers import free_port


def find_bindir() -> Path | None:
    """Directory holding initdb and pg_ctl, or None when PostgreSQL is absent."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _run_as() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("Running as root and no 'postgres' or 'nobody' user exists.")


def _command(user: str | None, *args: str) -> list[str]:
    if user is None:
        return list(args)
    return ["runuser", "-u", user, "--", *args]


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster; yield a DATABASE_URL for it; stop and delete it after."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found.")
    user = _run_as()
    root = Path(tempfile.mkdtemp(prefix="herstel-pg-"))
    data = root / "data"
    port = free_port()
    if user is not None:
        info = pwd.getpwnam(user)
        os.chown(root, info.pw_uid, info.pw_gid)
    root.chmod(0o700)
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        subprocess.run(  # noqa: S603
            _command(
                user,
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "herstel",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
            env=env,
        )
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -k {root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        subprocess.run(  # noqa: S603
            _command(
                user,
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(root / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ),
            check=True,
            capture_output=True,
            env=env,
        )
        _wait_ready(port)
        yield f"postgres://herstel@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(  # noqa: S603
            _command(
                user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"
            ),
            capture_output=True,
            check=False,
            env=env,
        )
        shutil.rmtree(root, ignore_errors=True)


def _wait_ready(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("The throwaway PostgreSQL cluster did not start.")
