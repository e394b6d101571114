# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Helpers shared by the disposition pages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from herstel.audit.services import audit_event_record
from herstel.core.views import form_errors_add as _errors  # noqa: F401
from herstel.core.views import require_page as _require  # noqa: F401
from herstel.dossiers.audit_events import DOSSIER_VIEWED
from herstel.dossiers.selectors import document_titles

PAGE_SIZE = 50


def titles_shown(user: Any, documents: Iterable[Any], **context: Any) -> None:
    """Give each of ``documents`` its ``title`` (its file name) for a role that
    may read titles, ``""`` otherwise (issue 16: references are no titles).
    A file name may name a person: showing them is recorded as a view of each
    dossier they come from."""
    documents = [document for document in documents if document is not None]
    titles = document_titles(actor=user, documents=documents)
    for document in documents:
        document.title = titles.get(document.pk, "")
    for dossier_id in sorted({d.dossier_id for d in documents if d.pk in titles}):
        audit_event_record(
            event=DOSSIER_VIEWED,
            actor=user,
            target=("dossiers.dossier", dossier_id),
            tags=("avg",),
            context={**context, "documents": len(titles)},
        )
