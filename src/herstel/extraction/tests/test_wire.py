# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The job and the result cross to the worker subprocess and back as JSON: both
come back equal, every field included."""

import json

from herstel.extraction.base import ExtractionResult
from herstel.extraction.base import Job
from herstel.extraction.base import Limits


def test_a_job_survives_its_request_header():
    for timeout in (None, 2.5):
        job = Job("brief.pdf", 1024, timeout, Limits(max_depth=2, max_members=7))
        assert Job.from_header(json.loads(json.dumps(job.header()))) == job


def test_a_result_survives_the_answer_header():
    result = ExtractionResult(
        text="Geachte heer Jansen,",
        media_type="message/rfc822",
        parts=("bijlage.pdf", "bijlage.pdf/page-2"),
        skipped=(("bijlage.pdf/page-2", "ocr_unavailable"),),
        failures=(("bijlage.pdf/page-2", "ocr_unavailable", "No OCR."),),
        replaced_characters=3,
        notes=("The extension says .doc; the content is RTF.",),
        metadata=(("author", "J. Jansen"),),
    )
    meta = json.loads(json.dumps({"ok": True, **result.meta()}))
    assert "text" not in meta
    assert ExtractionResult.from_meta(meta, result.text) == result
