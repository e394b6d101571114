# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""LibreOffice headless: the one runner Herstel uses to convert office files.

Extraction converts legacy .doc, .xls and .ppt files to OOXML with it
(:mod:`.legacy`); the disposition converts office documents and HTML to PDF so
their redacted copy keeps the layout. Every conversion runs with a private
profile (one per process, created once: creating one costs seconds), its own
temporary folder as working directory and ``HOME``, no standard input, and a
time limit. Conversions in one process are serialised, because two LibreOffice
instances must not share a profile.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

__all__ = ["CONVERSION_TIMEOUT", "libreoffice", "libreoffice_convert"]

_CANDIDATES = ("soffice", "libreoffice")
CONVERSION_TIMEOUT = 120.0
"""Most seconds one conversion may take."""
_LOCK = threading.Lock()


def libreoffice() -> str | None:
    """The path of LibreOffice's ``soffice``, or ``None`` when not installed."""
    override = os.environ.get("HERSTEL_SOFFICE")
    if override:
        return override if Path(override).exists() else None
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _profile() -> Path:
    """A LibreOffice profile for this process, reused across its conversions."""
    folder = Path(tempfile.gettempdir()) / f"herstel-lo-{os.getuid()}-{os.getpid()}"
    if not folder.exists():
        folder.mkdir(mode=0o700)
        atexit.register(shutil.rmtree, folder, True)
    return folder


def libreoffice_convert(
    data: bytes,
    *,
    source_ext: str,
    target_ext: str,
    timeout: float = CONVERSION_TIMEOUT,
    program: str | None = None,
) -> bytes | None:
    """Convert ``data`` (a ``.source_ext`` file) to ``target_ext`` (e.g. ``pdf``,
    ``docx``) with LibreOffice headless.

    ``None`` when LibreOffice is not installed or produced no file (it cannot
    read the input). Raises :class:`subprocess.TimeoutExpired` after
    ``timeout`` seconds and :class:`OSError` when the program cannot start.
    """
    program = program or libreoffice()
    if program is None:
        return None
    with _LOCK, tempfile.TemporaryDirectory(prefix="herstel-lo-") as folder:
        work = Path(folder)
        source = work / f"input.{source_ext}"
        source.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation={_profile().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_ext,
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        subprocess.run(  # noqa: S603 - fixed program and arguments, no shell
            command,
            cwd=work,
            env={**os.environ, "HOME": str(work)},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=max(timeout, 1.0),
            check=False,
        )
        result = work / "out" / f"input.{target_ext}"
        return result.read_bytes() if result.is_file() else None
