# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Office documents and HTML to PDF with LibreOffice headless, so their
redacted copy can keep the layout. Split from :mod:`.redaction_layout`; the
LibreOffice runner is extraction's, shared with the legacy-format reader."""

from __future__ import annotations

import subprocess

from herstel.extraction.office_convert import libreoffice_convert

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

    ``None`` when LibreOffice is not installed or the conversion fails. The
    runner is extraction's (:func:`herstel.extraction.office_convert.
    libreoffice_convert`): a private profile, no network, a time limit; the
    file never leaves the machine.
    """
    suffix = _SUFFIX.get(media_type)
    if suffix is None:
        return None
    try:
        return libreoffice_convert(
            data,
            source_ext=suffix.lstrip("."),
            target_ext="pdf",
            timeout=OFFICE_TIMEOUT,
        )
    except (OSError, subprocess.SubprocessError):
        return None
