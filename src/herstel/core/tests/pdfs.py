# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reading generated PDFs back in tests."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pdf_links(data: bytes) -> list[str]:
    """Every link target (URI action) on the pages of the PDF ``data``."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            if "/URI" in action:
                found.append(str(action["/URI"]))
    return found
