# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Inventory writes: store documents encrypted, read them audited, shred them."""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.detection.base import Category
from herstel.vault.services import (
    SealedBlob,
    blob_put,
    blob_read,
    blob_shred,
    value_open,
    value_seal,
)

from .analysis import Analysis, analyse
from .audit_events import (
    DOCUMENT_ANALYSED,
    DOCUMENT_DOWNLOADED,
    DOCUMENT_SHREDDED,
    DOCUMENT_STORED,
    DOCUMENT_VIEWED,
    MENTION_ADDED,
    MENTION_DECIDED,
)
from .constants import DocumentStatus, MentionOrigin, MentionStatus, ViewPurpose
from .models import Document, Dossier, Mention
from .subjects import (  # noqa: F401  (the subject services other apps use)
    key_digest as blind_digest,
    name_digests,
    subject_confirm,
    subject_merge,
    subject_split,
    subjects_index_dossier,
    subjects_rekey_dossier,
)

logger = logging.getLogger(__name__)

PURPOSE_ORIGINAL = "document-original"
PURPOSE_TEXT = "document-text"
PURPOSE_FILENAME = "document-filename"


@dataclass(frozen=True, slots=True)
class StoreResult:
    document: Document
    created: bool


def dossier_create(*, slug: str, title: str, description: str = "") -> Dossier:
    dossier = Dossier(slug=slug, title=title, description=description)
    dossier.full_clean()
    dossier.save()
    return dossier


def _new_reference() -> str:
    return "DOC-" + secrets.token_hex(5).upper()


def document_store(
    *,
    dossier: Dossier,
    data: bytes,
    filename: str,
    actor: Any,
    analysis: Analysis | None = None,
    analyse_now: bool = True,
) -> StoreResult:
    """Store a document's original encrypted; then its text and mentions.

    Idempotent per dossier: the same content (by SHA-256) is stored once, and a
    document whose analysis did not finish (status ``stored``) is completed.
    ``analysis`` may come from a process pool; with ``analyse_now=False`` the
    caller queues :func:`document_analyse` (Celery) instead. A file whose text
    cannot be extracted is kept with its failure code, so nothing is lost. If
    the database write fails, the fresh data key is shredded again.
    """
    digest = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(dossier=dossier, sha256=digest).first()
    if existing is not None:
        if existing.status == DocumentStatus.STORED and analyse_now:
            document_analysis_apply(
                document=existing,
                analysis=analysis or analyse(data, filename),
                actor=actor,
            )
            existing.refresh_from_db()
        return StoreResult(document=existing, created=False)

    original = blob_put(data=data, purpose=PURPOSE_ORIGINAL)
    try:
        with transaction.atomic():
            document = Document.objects.create(
                dossier=dossier,
                reference=_new_reference(),
                status=DocumentStatus.STORED,
                size=len(data),
                sha256=digest,
                filename_sealed=value_seal(
                    key_id=original.key_id, value=filename, purpose=PURPOSE_FILENAME
                ),
                original_key_id=original.key_id,
                original_blob=original.blob_name,
            )
            audit_event_record(
                event=DOCUMENT_STORED,
                actor=actor,
                target=document,
                context={"dossier": dossier.pk, "size": len(data)},
            )
    except BaseException:
        blob_shred(blob=original)
        raise
    if analyse_now:
        document_analysis_apply(
            document=document, analysis=analysis or analyse(data, filename), actor=actor
        )
        document.refresh_from_db()
    return StoreResult(document=document, created=True)


def _original_bytes(document: Document) -> bytes:
    return blob_read(
        blob=SealedBlob(
            key_id=document.original_key_id, blob_name=document.original_blob
        ),
        purpose=PURPOSE_ORIGINAL,
    )


def document_analyse(*, document: Document, actor: Any) -> Document:
    """Extract and scan a stored document from its encrypted original (workers)."""
    if document.status != DocumentStatus.STORED:
        return document
    data = _original_bytes(document)
    document_analysis_apply(
        document=document,
        analysis=analyse(data, document_filename(document=document)),
        actor=actor,
    )
    document.refresh_from_db()
    return document


def document_analysis_apply(
    *, document: Document, analysis: Analysis, actor: Any
) -> None:
    """Store the extracted text (encrypted) and the mentions; once per document."""
    text_blob = (
        blob_put(data=analysis.text.encode(), purpose=PURPOSE_TEXT)
        if analysis.text is not None
        else None
    )
    try:
        with transaction.atomic():
            locked = Document.objects.select_for_update().get(pk=document.pk)
            if locked.status != DocumentStatus.STORED:
                raise _AlreadyAnalysedError
            locked.media_type = analysis.media_type
            locked.failure_code = analysis.failure
            if text_blob is not None and analysis.text is not None:
                locked.status = DocumentStatus.EXTRACTED
                locked.text_key_id = text_blob.key_id
                locked.text_blob = text_blob.blob_name
                locked.text_length = len(analysis.text)
            else:
                locked.status = DocumentStatus.FAILED
            locked.save()
            Mention.objects.bulk_create(
                [
                    Mention(
                        document=locked,
                        category=found.category,
                        start=found.start,
                        end=found.end,
                        score=found.score,
                        detector=found.detector,
                        method=found.method,
                    )
                    for found in analysis.mentions
                ],
                ignore_conflicts=True,
            )
            if analysis.text is not None and analysis.mentions:
                from .subjects import subjects_index_document

                subjects_index_document(document=locked, text=analysis.text)
                # Spellings the dossier rejected before (issue 13 bulk review).
                from .review import surfaces_prereject

                surfaces_prereject(document=locked, text=analysis.text)
            per_category: dict[str, int] = {}
            for found in analysis.mentions:
                per_category[found.category] = per_category.get(found.category, 0) + 1
            audit_event_record(
                event=DOCUMENT_ANALYSED,
                actor=actor,
                target=locked,
                context={
                    "media_type": analysis.media_type,
                    "failure": analysis.failure,
                    "characters": locked.text_length,
                    "mentions": per_category,
                },
            )
    except _AlreadyAnalysedError:
        if text_blob is not None:
            blob_shred(blob=text_blob)
    except BaseException:
        if text_blob is not None:
            blob_shred(blob=text_blob)
        raise


class _AlreadyAnalysedError(Exception):
    """Another worker analysed the document first."""


def _require_view(actor: Any, document: Document) -> None:
    if not actor.has_perm("dossiers.read_document", document):
        raise PermissionDenied


def document_filename(*, document: Document) -> str:
    """The original file name, decrypted. Callers have checked permission."""
    if document.is_shredded or document.filename_sealed is None:
        return ""
    return value_open(
        key_id=document.original_key_id,
        sealed=document.filename_sealed,
        purpose=PURPOSE_FILENAME,
    )


def document_text_read(
    *, document: Document, actor: Any, purpose: ViewPurpose = ViewPurpose.INVENTORY
) -> str:
    """Decrypt a document's extracted text for an authorised user; audited."""
    _require_view(actor, document)
    if document.is_shredded or not document.text_key_id:
        return ""
    text = blob_read(
        blob=SealedBlob(key_id=document.text_key_id, blob_name=document.text_blob),
        purpose=PURPOSE_TEXT,
    ).decode()
    audit_event_record(
        event=DOCUMENT_VIEWED,
        actor=actor,
        target=document,
        reason=str(purpose.value),
        context={"dossier": document.dossier_id, "characters": len(text)},
    )
    return text


def document_original_read(
    *, document: Document, actor: Any, purpose: ViewPurpose = ViewPurpose.INVENTORY
) -> bytes:
    """Decrypt a document's original file for an authorised user; audited."""
    _require_view(actor, document)
    if document.is_shredded:
        raise PermissionDenied
    data = _original_bytes(document)
    audit_event_record(
        event=DOCUMENT_DOWNLOADED,
        actor=actor,
        target=document,
        reason=str(purpose.value),
        context={"dossier": document.dossier_id, "size": len(data)},
    )
    return data


def document_shred(*, document: Document, actor: Any, reason: str) -> Document:
    """Crypto-shred a document: destroy both data keys and delete the blobs.

    The row stays as a tombstone (reference, fingerprint, time) for the
    certificate of destruction; the encrypted file name goes. Idempotent.
    """
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document.pk)
        if document.is_shredded:
            return document
        key_ids = [k for k in (document.original_key_id, document.text_key_id) if k]
        for key_id, blob_name in (
            (document.original_key_id, document.original_blob),
            (document.text_key_id, document.text_blob),
        ):
            if key_id:
                blob_shred(blob=SealedBlob(key_id=key_id, blob_name=blob_name))
        # The blind index would still say which names the document held.
        from .subjects import subject_keys_forget

        index_rows = subject_keys_forget(document=document)
        document.status = DocumentStatus.SHREDDED
        document.filename_sealed = None
        document.text_blob = document.original_blob = ""
        document.text_length = 0
        document.shredded_at = timezone.now()
        document.save()
        audit_event_record(
            event=DOCUMENT_SHREDDED,
            actor=actor,
            target=document,
            reason=reason,
            context={
                "key_ids": key_ids,
                "sha256": document.sha256,
                "index_rows": index_rows,
            },
        )
    logger.info("document_shredded", extra={"document": document.pk})
    return document


def _decision_save(mention: Mention, status: MentionStatus, actor: Any) -> None:
    mention.status = status
    mention.decided_by = actor
    mention.decided_at = timezone.now()
    mention.save(update_fields=["status", "decided_by", "decided_at"])


def mention_decide(*, mention: Mention, status: MentionStatus, actor: Any) -> Mention:
    """Confirm or reject a proposed mention (or change an earlier decision)."""
    if not actor.has_perm("dossiers.review_mention", mention.document):
        raise PermissionDenied
    with transaction.atomic():
        mention = Mention.objects.select_for_update().get(pk=mention.pk)
        before = mention.status
        if before == status:
            return mention
        _decision_save(mention, status, actor)
        audit_event_record(
            event=MENTION_DECIDED,
            actor=actor,
            target=mention,
            context={
                "document": mention.document_id,
                "category": mention.category,
                "before": before,
                "after": str(status),
            },
        )
    return mention


def mention_add(
    *, document: Document, start: int, end: int, category: str, actor: Any
) -> Mention:
    """Record personal data the engine missed; confirmed at once (a person found it)."""
    if not actor.has_perm("dossiers.review_mention", document):
        raise PermissionDenied
    if document.is_shredded or not (0 <= start < end <= document.text_length):
        raise ValidationError(_("The selection is not part of this document's text."))
    if category not in Category.values:
        raise ValidationError(_("Choose a category."))
    with transaction.atomic():
        mention, created = Mention.objects.get_or_create(
            document=document,
            start=start,
            end=end,
            category=category,
            defaults={
                "origin": MentionOrigin.ANALYST,
                "status": MentionStatus.CONFIRMED,
                "detector": "analyst",
                "method": "manual",
                "decided_by": actor,
                "decided_at": timezone.now(),
            },
        )
        if not created and mention.status != MentionStatus.CONFIRMED:
            _decision_save(mention, MentionStatus.CONFIRMED, actor)
        audit_event_record(
            event=MENTION_ADDED,
            actor=actor,
            target=mention,
            context={
                "document": document.pk,
                "category": category,
                "length": end - start,
            },
        )
    return mention


def document_destroy(*, document: Document, actor: Any, reason: str) -> Document:
    """Shred a document and delete what was derived from its text (mentions).

    Used by destruction runs. Mentions hold offsets only, but they say which
    categories of personal data a destroyed document held: they go too.
    Idempotent, like :func:`document_shred`.
    """
    with transaction.atomic():
        document = document_shred(document=document, actor=actor, reason=reason)
        Mention.objects.filter(document=document).delete()
    return document
