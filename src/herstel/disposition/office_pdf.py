# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Office documents and HTML to PDF with LibreOffice headless, so their
redacted copy can keep the layout. Split from :mod:`.redaction_layout`."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

OFFICE_TIMEOUT = 120
"""Seconds LibreOffice may take for one conversion."""

OFFICE_MEDIA_TYPES = frozenset(
    {
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
        "application/rtf",
        "text/rtf",
        "text/html",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
    }
)
"""Originals LibreOffice converts to PDF before the layout-kept redaction."""

LAYOUT_MEDIA_TYPES = OFFICE_MEDIA_TYPES | {"application/pdf"}
"""Originals whose layout the redacted copy can keep."""

_SUFFIX = {
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "text/html": ".html",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
}


def office_to_pdf(data: bytes, media_type: str) -> bytes | None:
    """Convert an office document or HTML page to PDF with LibreOffice headless.

    ``None`` when LibreOffice is not installed or the conversion fails. Runs
    with a throwaway profile and no network; the file never leaves the machine.
    """
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    suffix = _SUFFIX.get(media_type)
    if binary is None or suffix is None:
        return None
    with tempfile.TemporaryDirectory(prefix="herstel-lo-") as work:
        source = Path(work) / f"original{suffix}"
        source.write_bytes(data)
        profile = Path(work) / "profile"
        try:
            done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [
                    binary,
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    work,
                    str(source),
                ],
                capture_output=True,
                timeout=OFFICE_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        target = Path(work) / "original.pdf"
        if done.returncode != 0 or not target.is_file():
            return None
        return target.read_bytes()
