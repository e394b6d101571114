# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Writing a document's analysis: its fields, mentions, subjects and audit.

Part of the dossiers services (:mod:`.services` re-exports what others use).
:func:`document_store_analysed` is the bulk-ingest path: a new file whose
analysis a pool worker already made is stored in one transaction, with its
two data keys created in one key-store commit and its two audit entries in
one chain update, instead of "store, then analyse" in two (each with its own
key-store writes, audit entries and commits).
"""

from __future__ import annotations

import json
import secrets
from typing import TYPE_CHECKING
from typing import Any

from django.db import transaction

from herstel.audit.services import audit_events_record_many
from herstel.extraction import valid_unicode
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_shred
from herstel.vault.services import blobs_put_keyed
from herstel.vault.services import value_seal

from .analysis import Analysis
from .audit_events import DOCUMENT_ANALYSED
from .audit_events import DOCUMENT_STORED
from .bulk import rows_insert
from .constants import DocumentStatus
from .constants import MentionOrigin
from .constants import MentionStatus
from .models import Document
from .models import Dossier
from .models import Mention
from .subject_index import subjects_index_document

if TYPE_CHECKING:
    from herstel.core.actor import Actor

PURPOSE_ORIGINAL = "document-original"
PURPOSE_TEXT = "document-text"
PURPOSE_FILENAME = "document-filename"
PURPOSE_PARTS = "document-failed-parts"

MAX_FAILED_PARTS = 1000
"""Most unread parts kept per document (their count is always kept)."""

MENTION_FIELDS = (
    "document",
    "category",
    "start",
    "end",
    "score",
    "detector",
    "method",
    "origin",
    "status",
)


def new_reference() -> str:
    return "DOC-" + secrets.token_hex(5).upper()


def analysis_fields_set(
    document: Document,
    analysis: Analysis,
    text: str | None,
    text_blob: SealedBlob | None,
    keys: dict[str, bytes] | None = None,
) -> None:
    """Set the analysis's fields on ``document`` (not saved); ``keys`` holds
    the document's fresh data key when the caller has it."""
    document.media_type = analysis.media_type[:100]
    document.failure_code = analysis.failure
    document.failed_part_count = len(analysis.failed_parts)
    document.failed_parts_sealed = (
        value_seal(
            key_id=document.original_key_id,
            value=json.dumps(analysis.failed_parts[:MAX_FAILED_PARTS]),
            purpose=PURPOSE_PARTS,
            keys=keys,
        )
        if analysis.failed_parts and document.original_key_id
        else None
    )
    if text_blob is not None and text is not None:
        document.status = DocumentStatus.EXTRACTED
        document.text_key_id = text_blob.key_id
        document.text_blob = text_blob.blob_name
        document.text_length = len(text)
    else:
        document.status = DocumentStatus.FAILED


def analysis_rows_write(
    document: Document, analysis: Analysis, text: str | None
) -> None:
    """The mentions of a saved document, grouped into subjects; spellings the
    dossier rejected before are pre-rejected (bulk review)."""
    rows_insert(
        Mention,
        MENTION_FIELDS,
        [
            (
                document.pk,
                str(found.category),
                found.start,
                found.end,
                float(found.score),
                str(found.detector),
                str(found.method),
                str(MentionOrigin.ENGINE),
                str(MentionStatus.PROPOSED),
            )
            for found in analysis.mentions
            if 0 <= found.start < found.end
        ],
    )
    if text is not None and analysis.mentions:
        subjects_index_document(document=document, text=text)
        from .review import surfaces_prereject

        surfaces_prereject(document=document, text=text)


def analysed_context(document: Document, analysis: Analysis) -> dict[str, Any]:
    """The ``document.analysed`` audit context: counts, never content."""
    per_category: dict[str, int] = {}
    for found in analysis.mentions:
        per_category[found.category] = per_category.get(found.category, 0) + 1
    return {
        "media_type": analysis.media_type,
        "failure": analysis.failure,
        "characters": document.text_length,
        "mentions": per_category,
        "failed_parts": len(analysis.failed_parts),
        "replaced_characters": analysis.replaced_characters,
    }


def document_store_analysed(
    dossier: Dossier,
    data: bytes,
    filename: str,
    sha256: str,
    analysis: Analysis,
    actor: Actor | None,
    /,
) -> Document:
    """Store a new document with its analysis in one transaction.

    Raises when anything fails, after shredding the fresh keys again (nothing
    is kept): the caller then stores the file the step-by-step way, which
    records the failure on the document.
    """
    text = None if analysis.text is None else valid_unicode(analysis.text)[0]
    items = [(data, PURPOSE_ORIGINAL)]
    if text is not None:
        items.append((text.encode("utf-8"), PURPOSE_TEXT))
    blobs, keys = blobs_put_keyed(items=items)
    original, text_blob = blobs[0], (blobs[1] if text is not None else None)
    try:
        with transaction.atomic():
            document = Document(
                dossier=dossier,
                reference=new_reference(),
                size=len(data),
                sha256=sha256,
                filename_sealed=value_seal(
                    key_id=original.key_id,
                    value=filename,
                    purpose=PURPOSE_FILENAME,
                    keys=keys,
                ),
                original_key_id=original.key_id,
                original_blob=original.blob_name,
            )
            analysis_fields_set(document, analysis, text, text_blob, keys)
            document.save(force_insert=True)
            analysis_rows_write(document, analysis, text)
            audit_events_record_many(
                [
                    (
                        DOCUMENT_STORED,
                        actor,
                        document,
                        {"dossier": dossier.pk, "size": len(data)},
                        "",
                    ),
                    (
                        DOCUMENT_ANALYSED,
                        actor,
                        document,
                        analysed_context(document, analysis),
                        "",
                    ),
                ]
            )
    except BaseException:
        for blob in blobs:
            blob_shred(blob=blob)
        raise
    return document
