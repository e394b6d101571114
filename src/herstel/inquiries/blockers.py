# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Why a document may not be destroyed yet, as far as access requests know.

A document is blocked when a person it mentions (a subject matched to a
request) has an open request, an objection window that is still open, an
objection (legal hold), or a campaign whose destruction date lies ahead.
:func:`document_blockers` answers per document id with reason codes and is
registered with the disposition app's blockers registry (``apps.py``) when that
app is installed.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from herstel.dossiers.models import Mention

from .selectors import BLOCKER_LABELS, subject_blockers


def document_blockers(
    documents: Sequence[Any], on: datetime.date
) -> dict[int, list[str]]:
    """Reason codes per document id (see ``selectors.BLOCKER_LABELS``)."""
    document_ids = [d.pk for d in documents]
    subjects_of: dict[int, set[int]] = defaultdict(set)
    for document_id, subject_id in Mention.objects.filter(
        document_id__in=document_ids, subject__isnull=False
    ).values_list("document_id", "subject_id"):
        subjects_of[document_id].add(subject_id)
    all_subjects = set().union(*subjects_of.values()) if subjects_of else set()
    reasons = subject_blockers(subject_ids=all_subjects, today=on)
    found: dict[int, list[str]] = {}
    for document_id, subjects in subjects_of.items():
        codes = sorted({code for s in subjects for code in reasons.get(s, [])})
        if codes:
            found[document_id] = codes
    return found


def register_with_disposition() -> bool:
    """Add the request blockers to disposition's registry, if that app exists."""
    try:
        from herstel.disposition.blockers import (
            Block,
            registry,
        )
    except ImportError:
        return False

    def make(code: str) -> Any:
        def blocker(documents: Sequence[Any], on: datetime.date) -> dict[int, list]:
            return {
                document_id: [Block(blocker=code, message=str(BLOCKER_LABELS[code]))]
                for document_id, codes in document_blockers(documents, on).items()
                if code in codes
            }

        return blocker

    for code in BLOCKER_LABELS:
        registry.register(f"request_{code}", make(code))
    return True
