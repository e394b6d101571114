# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The CPU-bound half of ingestion: extract text, then detect personal data.

Pure Python on bytes in, values out — no database, no keys — so it runs in a
process pool or a Celery worker. The other half (encrypting and storing) is in
``services.py``.

:func:`analyse` never raises: whatever goes wrong while extracting or scanning
one file becomes a failure code on that file's :class:`Analysis`, so one file
can never stop a batch.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from herstel.detection.services import text_scan
from herstel.extraction import ExtractionError
from herstel.extraction import extract_text
from herstel.extraction import valid_unicode

# Scanned PDFs need OCR at about 5 s per page; allow some 60 pages per file.
EXTRACTION_TIMEOUT = 300

ANALYSIS_FAILED = "analysis_failed"
"""Failure code of an unexpected error while extracting (a bug, not the file)."""

DETECTION_FAILED = "detection_failed"
"""Failure code when the text was read but scanning it failed."""

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FoundMention:
    category: str
    start: int
    end: int
    score: float
    detector: str
    method: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """Extracted text (None when extraction failed) and the mentions found in it."""

    text: str | None
    media_type: str
    failure: str
    mentions: tuple[FoundMention, ...]
    failed_parts: tuple[tuple[str, str], ...] = ()
    """``(part path, error code)`` of pages, attachments and members left unread."""

    replaced_characters: int = 0
    """Invalid code points replaced by U+FFFD in the text."""


def analyse(data: bytes, filename: str, *, profile: str = "recall") -> Analysis:
    """Extract and scan one file. Never raises for bad input: failures are codes.

    The inventory uses the recall profile: an analyst reviews every proposal,
    and a missed name is a leak in a published or archived document.
    """
    try:
        result = extract_text(data, filename, timeout=EXTRACTION_TIMEOUT)
    except ExtractionError as exc:
        return Analysis(text=None, media_type="", failure=exc.code, mentions=())
    except Exception as exc:  # a bug must cost one file, never the batch
        logger.warning("extraction_error", extra={"error": type(exc).__name__})
        return Analysis(text=None, media_type="", failure=ANALYSIS_FAILED, mentions=())
    text, replaced = valid_unicode(result.text)
    replaced += result.replaced_characters
    failed_parts = tuple(result.skipped)
    try:
        matches = text_scan(text=text, profile=profile)
        mentions = tuple(
            FoundMention(
                category=str(match.category),
                start=match.start,
                end=match.end,
                score=round(match.score, 3),
                detector=match.explanation.detector,
                method=match.explanation.method,
            )
            for match in matches
        )
    except Exception as exc:
        logger.warning("detection_error", extra={"error": type(exc).__name__})
        return Analysis(
            text=text,
            media_type=result.media_type,
            failure=DETECTION_FAILED,
            mentions=(),
            failed_parts=failed_parts,
            replaced_characters=replaced,
        )
    return Analysis(
        text=text,
        media_type=result.media_type,
        failure="",
        mentions=mentions,
        failed_parts=failed_parts,
        replaced_characters=replaced,
    )
