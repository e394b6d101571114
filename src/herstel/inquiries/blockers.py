# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Why a document may not be destroyed yet, as far as access requests know.

A document is blocked when a person it mentions (a subject matched to a
request) has an open request, an objection window that is still open, or a
campaign whose destruction date lies ahead. :func:`register_with_disposition`
adds these to the disposition app's blocker registry (from ``apps.ready()``).

An objection is not registered here: it places legal holds on the subjects in
the disposition app (``services.objection_register``), and disposition's own
``hold`` blocker reports those, with the request's reference.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from herstel.disposition.blockers import Block
from herstel.disposition.blockers import registry
from herstel.dossiers.selectors import document_subjects_with_merged

from .selectors import BLOCKER_CAMPAIGN_DATE
from .selectors import BLOCKER_LABELS
from .selectors import BLOCKER_OBJECTION_WINDOW
from .selectors import BLOCKER_OPEN_REQUEST
from .selectors import subject_blocker_references

REGISTERED = (BLOCKER_OPEN_REQUEST, BLOCKER_OBJECTION_WINDOW, BLOCKER_CAMPAIGN_DATE)
"""The codes registered with disposition, as ``request_<code>``."""


def document_blocker_references(
    documents: Sequence[Any], on: datetime.date
) -> dict[int, dict[str, set[str]]]:
    """Per document id, each blocker code with what causes it."""
    subjects_of = document_subjects_with_merged(document_ids=[d.pk for d in documents])
    all_subjects = set().union(*subjects_of.values()) if subjects_of else set()
    reasons = subject_blocker_references(subject_ids=all_subjects, today=on)
    found: dict[int, dict[str, set[str]]] = {}
    for document_id, subjects in subjects_of.items():
        merged: dict[str, set[str]] = {}
        for subject in subjects:
            for code, references in reasons.get(subject, {}).items():
                merged.setdefault(code, set()).update(references)
        if merged:
            found[document_id] = merged
    return found


def document_blockers(
    documents: Sequence[Any], on: datetime.date
) -> dict[int, list[str]]:
    """Reason codes per document id (see ``selectors.BLOCKER_LABELS``)."""
    return {
        document_id: sorted(codes)
        for document_id, codes in document_blocker_references(documents, on).items()
    }


def register_with_disposition() -> bool:
    """Add the request blockers to disposition's registry.

    Requests sit above disposition: they register into the registry that
    disposition defines, and disposition never imports requests.
    """

    def make(code: str) -> Any:
        def blocker(documents: Sequence[Any], on: datetime.date) -> dict[int, list]:
            found: dict[int, list] = {}
            for document_id, codes in document_blocker_references(
                documents, on
            ).items():
                if code in codes:
                    found[document_id] = [
                        Block(
                            blocker=f"request_{code}",
                            message=BLOCKER_LABELS[code],
                            reference=reference,
                        )
                        for reference in sorted(codes[code])
                    ]
            return found

        blocker.__name__ = f"request_{code}"
        return blocker

    for code in REGISTERED:
        if f"request_{code}" not in registry.identifiers():
            registry.register(f"request_{code}", make(code))
    return True
