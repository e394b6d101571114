# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Plain text is extracted in process, without importing the other parsers."""

from __future__ import annotations

import json

from herstel.core.testing.processes import python_run
from herstel.extraction import extractors
from herstel.extraction import pdf

SCRIPT = """
import json, sys
from herstel.extraction import extract_text
text = extract_text(b"Mevrouw A. Jansen schreef.", "brief.txt").text
print(json.dumps({
    "text": text,
    "loaded": sorted(m for m in sys.modules if m.startswith("herstel.extraction.")),
    "sandbox": "herstel.extraction.sandbox" in sys.modules,
    "libraries": sorted(
        m for m in ("charset_normalizer", "zipfile", "shutil", "html.parser")
        if m in sys.modules
    ),
}))
"""


def test_plain_text_needs_no_worker_and_no_other_parser() -> None:
    """A .txt file is decoded in this process; PDF, Office and OCR code stays
    unloaded, and no worker subprocess is started."""
    result = python_run(SCRIPT)
    report = json.loads(result.stdout)
    assert report["text"] == "Mevrouw A. Jansen schreef."
    assert not report["sandbox"]
    for module in ("pdf", "ooxml", "odf", "ocr", "msg", "mail", "archive"):
        assert f"herstel.extraction.{module}" not in report["loaded"]
    # UTF-8 needs no charset guessing, and a text file is no zip or HTML.
    assert report["libraries"] == []


def test_page_separator_is_the_pdf_one() -> None:
    assert extractors.PAGE_SEPARATOR == pdf.PAGE_SEPARATOR
