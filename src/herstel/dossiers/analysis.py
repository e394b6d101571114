# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The CPU-bound half of ingestion: extract text, then detect personal data.

Pure Python on bytes in, values out — no database, no keys — so it runs in a
process pool or a Celery worker. The other half (encrypting and storing) is in
``services.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from herstel.detection.services import text_scan
from herstel.extraction import ExtractionError, extract_text

# Scanned PDFs need OCR at about 5 s per page; allow some 60 pages per file.
EXTRACTION_TIMEOUT = 300


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


def analyse(data: bytes, filename: str, *, profile: str = "recall") -> Analysis:
    """Extract and scan one file. Never raises for bad input: failures are codes.

    The inventory uses the recall profile: an analyst reviews every proposal,
    and a missed name is a leak in a published or archived document.
    """
    try:
        result = extract_text(data, filename, timeout=EXTRACTION_TIMEOUT)
    except ExtractionError as exc:
        return Analysis(text=None, media_type="", failure=exc.code, mentions=())
    matches = text_scan(text=result.text, profile=profile)
    return Analysis(
        text=result.text,
        media_type=result.media_type,
        failure="",
        mentions=tuple(
            FoundMention(
                category=str(match.category),
                start=match.start,
                end=match.end,
                score=round(match.score, 3),
                detector=match.explanation.detector,
                method=match.explanation.method,
            )
            for match in matches
        ),
    )
