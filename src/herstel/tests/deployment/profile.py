# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The production profile as separate processes on loopback, for tests and bench.

A throwaway PostgreSQL cluster, a throwaway redis-server, ``herstel migrate``,
gunicorn web processes, Celery workers and Celery beat, all with
``DJANGO_SETTINGS_MODULE=herstel.conf.production`` and only the environment
variables of docs/deployment.md. The clients play the TLS proxy: they connect
over plain HTTP to 127.0.0.1 and send ``X-Forwarded-Proto: https``. Only
loopback addresses are used.
"""

from __future__ import annotations

import base64
import http.cookiejar
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from herstel.core.testing.postgres import find_bindir
from herstel.core.testing.postgres import throwaway_cluster
from herstel.core.testing.servers import celery_command
from herstel.core.testing.servers import free_port
from herstel.core.testing.servers import redis_server

ROOT = Path(__file__).resolve().parents[4]


def missing_binaries() -> str | None:
    """Why the profile cannot start here, or None."""
    if find_bindir() is None:
        return "PostgreSQL server binaries not found (apt-get install postgresql)"
    if shutil.which("redis-server") is None:
        return "redis-server not found (apt-get install redis-server)"
    return None


def _wait_port(port: int, seconds: float, process: subprocess.Popen[Any]) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@contextmanager
def throwaway_redis(directory: Path) -> Iterator[str]:
    port = free_port()
    server = redis_server(directory, port)
    try:
        _wait_port(port, 10, server)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(10)


@dataclass
class Profile:
    root: Path
    env: dict[str, str]
    web_urls: list[str]
    processes: dict[str, subprocess.Popen[Any]] = field(default_factory=dict)

    def mails(self) -> str:
        """Every mail the processes wrote (file-based mail backend), in order."""
        folder = self.root / "mail"
        if not folder.exists():
            return ""
        files = sorted(folder.iterdir(), key=lambda path: path.stat().st_mtime_ns)
        return "\n".join(path.read_text(errors="replace") for path in files)

    def log(self, name: str) -> str:
        return (self.root / f"{name}.log").read_text(errors="replace")

    def logs(self) -> str:
        return "\n".join(
            f"--- {name}\n{self.log(name)[-4000:]}" for name in self.processes
        )

    def alive(self) -> list[str]:
        return [name for name, p in self.processes.items() if p.poll() is None]

    def sql(self, query: str, *params: Any) -> list[tuple[Any, ...]]:
        """Rows of a read-only query on the profile's database (for polling)."""
        import psycopg

        with psycopg.connect(self.env["DATABASE_URL"], autocommit=True) as conn:
            return list(conn.execute(query, params).fetchall())

    def manage(
        self, *args: str, timeout: float = 300, extra_env: dict[str, str] | None = None
    ) -> str:
        """Run a ``herstel`` management command in its own process."""
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "herstel.cli", *args],
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"herstel {args[0]} failed:\n{result.stderr[-4000:]}")
        return result.stdout

    def driver(self, step: str, **arguments: Any) -> Any:
        """Run a step of herstel.tests.deployment.profile_driver in its own process."""
        result = subprocess.run(  # noqa: S603
            [
                sys.executable,
                "-m",
                "herstel.tests.deployment.profile_driver",
                step,
                json.dumps(arguments),
            ],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"driver {step} failed:\n{result.stderr[-4000:]}")
        return json.loads(result.stdout.strip().splitlines()[-1])


def profile_env(
    *, root: Path, database_url: str, broker_url: str, public_url: str
) -> dict[str, str]:
    """The environment of every process: production settings, nothing else."""
    master = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    keep = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "VIRTUAL_ENV"}
    }
    return {
        **keep,
        "PYTHONPATH": str(ROOT / "src"),
        "PYTHONUNBUFFERED": "1",
        "DJANGO_SETTINGS_MODULE": "herstel.conf.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "HERSTEL_MASTER_KEY": master,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CSRF_TRUSTED_ORIGINS": "https://127.0.0.1,https://localhost",
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "60",
        "CELERY_BROKER_URL": broker_url,
        "HERSTEL_CACHE_URL": broker_url.rsplit("/", 1)[0] + "/1",
        "HERSTEL_VAR_DIR": str(root / "var"),
        "HERSTEL_BEHIND_PROXY": "true",
        "HERSTEL_TRUSTED_PROXIES": "127.0.0.1",
        "HERSTEL_PUBLIC_URL": public_url,
        "HERSTEL_STATIC_MANIFEST": "false",
        "HERSTEL_INTAKE_MIN_SECONDS": "0",
        "HERSTEL_INTAKE_RATE_LIMIT": "100000",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(root / "mail"),
        "LOG_LEVEL": "INFO",
    }


@contextmanager
def production_profile(
    *,
    web: int = 2,
    web_workers: int = 1,
    web_threads: int = 1,
    workers: int = 2,
    beat: bool = True,
) -> Iterator[Profile]:
    """Start everything; yield a :class:`Profile`; stop and remove everything."""
    reason = missing_binaries()
    if reason:
        raise RuntimeError(reason)
    root = Path(tempfile.mkdtemp(prefix="herstel-profile-"))
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, root, True)
        database_url = stack.enter_context(throwaway_cluster())
        broker_url = stack.enter_context(throwaway_redis(root))
        ports = [free_port() for _ in range(web)]
        env = profile_env(
            root=root,
            database_url=database_url,
            broker_url=broker_url,
            public_url=f"https://127.0.0.1:{ports[0]}",
        )
        profile = Profile(
            root=root, env=env, web_urls=[f"http://127.0.0.1:{p}" for p in ports]
        )
        profile.manage("migrate", "--noinput")

        def start(name: str, command: list[str]) -> None:
            log = (root / f"{name}.log").open("wb")
            stack.callback(log.close)
            process = subprocess.Popen(  # noqa: S603
                command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=root
            )
            profile.processes[name] = process

            def stop() -> None:
                if process.poll() is None:
                    process.terminate()
                    try:
                        process.wait(20)
                    except subprocess.TimeoutExpired:
                        process.kill()
                        process.wait(5)

            stack.callback(stop)

        for number, port in enumerate(ports, 1):
            start(
                f"web{number}",
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-c",
                    "python:herstel.conf.gunicorn",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    str(web_workers),
                    "--threads",
                    str(web_threads),
                    "herstel.wsgi:application",
                ],
            )
        for number in range(1, workers + 1):
            start(
                f"worker{number}",
                celery_command(
                    "worker",
                    "--concurrency",
                    "1",
                    "--hostname",
                    f"worker{number}@127.0.0.1",
                    "--without-gossip",
                    "--without-mingle",
                    "--loglevel",
                    "INFO",
                ),
            )
        if beat:
            start(
                "beat",
                celery_command(
                    "beat",
                    "--schedule",
                    str(root / "beat-schedule"),
                    "--loglevel",
                    "INFO",
                ),
            )
        for number, port in enumerate(ports, 1):
            _wait_port(port, 60, profile.processes[f"web{number}"])
        yield profile


_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]"}


def _allow_secure_cookies_on_loopback() -> None:
    """Send Secure cookies over the plain loopback hop behind the 'proxy'.

    requests copies cookies into fresh jars with the default policy, so the
    policy class itself learns that loopback counts as the TLS side here.
    Other hosts keep the standard rule.
    """
    policy = http.cookiejar.DefaultCookiePolicy
    if getattr(policy, "_herstel_loopback", False):
        return
    original = policy.return_ok_secure

    def return_ok_secure(self: Any, cookie: Any, request: Any) -> bool:
        host = request.host.rsplit(":", 1)[0] if request.host else ""
        return host in _LOOPBACK_HOSTS or original(self, cookie, request)

    policy.return_ok_secure = return_ok_secure  # type: ignore[method-assign]
    policy._herstel_loopback = True  # type: ignore[attr-defined]


def http_session() -> Any:
    """A requests session that acts as a browser behind the TLS proxy."""
    import requests

    _allow_secure_cookies_on_loopback()
    session = requests.Session()
    session.headers["X-Forwarded-Proto"] = "https"
    return session


def prepare_post(session: Any, base_url: str, data: dict[str, Any]) -> dict[str, Any]:
    """Headers and form data for a POST: the CSRF token and a matching Origin."""
    token = session.cookies.get("csrftoken", "")
    origin = "https://" + base_url.split("://", 1)[1]
    return {
        "data": {**data, "csrfmiddlewaretoken": token},
        "headers": {"Origin": origin, "Referer": origin + "/"},
    }


def totp_code(key_hex: str) -> str:
    from django_otp.oath import totp

    return str(totp(bytes.fromhex(key_hex), step=30, t0=0, digits=6)).zfill(6)


def staff_login(
    session: Any, base_url: str, username: str, password: str, key_hex: str
) -> None:
    """Password, then the TOTP code, through the real pages."""
    session.get(f"{base_url}/accounts/login/", timeout=30)
    # The code is read when its form is sent, as a person would.
    steps = (
        (
            "login",
            lambda: {"username": username, "password": password},
            "password login",
        ),
        ("verify", lambda: {"token": totp_code(key_hex)}, "second factor"),
    )
    for page, data, step in steps:
        response = session.post(
            f"{base_url}/accounts/{page}/",
            allow_redirects=False,
            timeout=30,
            **prepare_post(session, base_url, data()),
        )
        if response.status_code != 302:
            raise RuntimeError(f"{step} refused: {response.status_code}")


def form_fields(html: str) -> dict[str, str]:
    """Hidden inputs of a page (the public form's time stamp)."""
    fields = {}
    for match in re.finditer(r"<input[^>]*>", html):
        tag = match.group(0)
        if 'type="hidden"' not in tag:
            continue
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name:
            fields[name.group(1)] = value.group(1) if value else ""
    return fields
