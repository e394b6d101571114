# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Inventory writes: store documents encrypted, read them audited, shred them."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from herstel.audit.services import audit_event_record
from herstel.core.permissions import require
from herstel.extraction import valid_unicode
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_put
from herstel.vault.services import blob_read
from herstel.vault.services import blob_read_audited
from herstel.vault.services import blob_shred
from herstel.vault.services import value_open
from herstel.vault.services import value_seal

from .analysis import ANALYSIS_FAILED
from .analysis import Analysis
from .analysis import analyse
from .audit_events import DOCUMENT_ANALYSED
from .audit_events import DOCUMENT_DOWNLOADED
from .audit_events import DOCUMENT_SHREDDED
from .audit_events import DOCUMENT_STORED
from .audit_events import DOCUMENT_VIEWED
from .constants import DocumentStatus
from .constants import ViewPurpose
from .mentions import mention_add  # noqa: F401  (views and access copies use these)
from .mentions import mention_decide  # noqa: F401  (views and access copies use these)
from .mentions import mention_event_record  # noqa: F401  (views and access copies use these)
from .models import Document
from .models import Dossier
from .models import Mention
from .storing import MAX_FAILED_PARTS  # noqa: F401  (the purposes other modules use)
from .storing import PURPOSE_FILENAME
from .storing import PURPOSE_ORIGINAL
from .storing import PURPOSE_PARTS
from .storing import PURPOSE_TEXT
from .storing import analysed_context
from .storing import analysis_fields_set
from .storing import analysis_rows_write
from .storing import document_store_analysed
from .storing import new_reference
from .subject_index import key_digest as blind_digest  # noqa: F401  (the subject services other apps use)
from .subject_index import name_digests  # noqa: F401  (the subject services other apps use)
from .subject_index import subject_keys_forget
from .subject_index import subjects_index_document  # noqa: F401  (the subject services other apps use)
from .subject_index import subjects_index_dossier  # noqa: F401  (the subject services other apps use)
from .subject_index import subjects_rekey_dossier  # noqa: F401  (the subject services other apps use)
from .subject_write import subject_confirm  # noqa: F401
from .subject_write import subject_merge  # noqa: F401
from .subject_write import subject_split  # noqa: F401

if TYPE_CHECKING:
    from herstel.core.actor import Actor

logger = logging.getLogger(__name__)

STORAGE_FAILED = "storage_failed"


@dataclass(frozen=True, slots=True)
class StoreResult:
    document: Document
    created: bool


def dossier_create(*, slug: str, title: str, description: str = "") -> Dossier:
    """Create a dossier (validated); not audited: a dossier holds no personal data."""
    dossier = Dossier(slug=slug, title=title, description=description)
    dossier.full_clean()
    dossier.save()
    return dossier


def document_store(
    *,
    dossier: Dossier,
    data: bytes,
    filename: str,
    actor: Actor | None,
    analysis: Analysis | None = None,
    analyse_now: bool = True,
    sha256: str | None = None,
) -> StoreResult:
    """Store a document's original encrypted; then its text and mentions.

    Idempotent per dossier: the same content (by SHA-256) is stored once, and a
    document whose analysis did not finish (status ``stored``) is completed.
    ``analysis`` may come from a process pool; with ``analyse_now=False`` the
    caller queues :func:`document_analyse` (Celery) instead. A file whose text
    cannot be extracted is kept with its failure code, so nothing is lost. If
    the database write fails, the fresh data key is shredded again. A caller
    that hashed ``data`` already passes its SHA-256 hex digest as ``sha256``.

    A new file with its ``analysis`` at hand is stored in one transaction
    (:func:`.storing.document_store_analysed`); if that fails, it is stored
    and analysed step by step, so the failure is kept on the document.
    """
    digest = sha256 or hashlib.sha256(data).hexdigest()
    filename = valid_unicode(filename)[0]  # names from disk may hold surrogates
    existing = Document.objects.filter(dossier=dossier, sha256=digest).first()
    if existing is not None:
        if existing.status == DocumentStatus.STORED and analyse_now:
            # Left half-done by an earlier run: complete it, or mark it failed.
            _analyse_guarded(existing, data, filename, analysis, actor)
            existing.refresh_from_db()
        return StoreResult(document=existing, created=False)
    if analysis is not None and analyse_now:
        # The ingest path: everything in one transaction. On any error the
        # step-by-step way below stores the file and records the failure.
        try:
            document = document_store_analysed(
                dossier, data, filename, digest, analysis, actor
            )
        except Exception as exc:
            logger.warning(
                "document_store_analysed_failed", extra={"error": type(exc).__name__}
            )
        else:
            return StoreResult(document=document, created=True)

    original = blob_put(data=data, purpose=PURPOSE_ORIGINAL)
    try:
        with transaction.atomic():
            document = Document.objects.create(
                dossier=dossier,
                reference=new_reference(),
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
        _analyse_guarded(document, data, filename, analysis, actor)
        document.refresh_from_db()
    return StoreResult(document=document, created=True)


def _analyse_guarded(
    document: Document,
    data: bytes,
    filename: str,
    analysis: Analysis | None,
    actor: Actor | None,
) -> None:
    """Analyse and store; any error is recorded on the document, never raised.

    The original is already stored, so nothing is lost: the document is marked
    failed with the reason, and the batch goes on.
    """
    code = ANALYSIS_FAILED
    try:
        if analysis is None:
            analysis = analyse(data, filename)
        code = STORAGE_FAILED
        document_analysis_apply(document=document, analysis=analysis, actor=actor)
    except Exception as exc:
        logger.warning(
            "document_analysis_failed",
            extra={"document": document.pk, "error": type(exc).__name__},
        )
        document_mark_failed(document=document, code=code, actor=actor)


def document_mark_failed(*, document: Document, code: str, actor: Actor | None) -> None:
    """Record that analysing a stored document failed; the original stays.

    Only a document still ``stored`` changes; a later successful run may
    replace the failure (see :func:`document_analyse`).
    """
    with transaction.atomic():
        updated = Document.objects.filter(
            pk=document.pk, status=DocumentStatus.STORED
        ).update(status=DocumentStatus.FAILED, failure_code=code)
        if updated:
            audit_event_record(
                event=DOCUMENT_ANALYSED,
                actor=actor,
                target=document,
                context={"failure": code, "characters": 0, "mentions": {}},
            )


def _original_blob(document: Document) -> SealedBlob:
    return SealedBlob(key_id=document.original_key_id, blob_name=document.original_blob)


def _original_bytes(document: Document) -> bytes:
    return blob_read(blob=_original_blob(document), purpose=PURPOSE_ORIGINAL)


def document_analyse(*, document: Document, actor: Actor | None) -> Document:
    """Extract and scan a stored document from its encrypted original (workers)."""
    if document.status != DocumentStatus.STORED:
        return document
    try:
        data = _original_bytes(document)
        filename = document_filename(document=document)
    except Exception as exc:
        logger.warning(
            "document_original_unreadable",
            extra={"document": document.pk, "error": type(exc).__name__},
        )
        document_mark_failed(document=document, code=STORAGE_FAILED, actor=actor)
    else:
        _analyse_guarded(document, data, filename, None, actor)
    document.refresh_from_db()
    return document


def document_analysis_apply(
    *, document: Document, analysis: Analysis, actor: Actor | None
) -> None:
    """Store the extracted text (encrypted) and the mentions; once per document.

    The text is made valid Unicode first (one-for-one replacement, so the
    mentions' offsets stay right); parts of the file whose text is missing
    are stored encrypted with the document's key, as their names may be
    personal data.
    """
    text = None if analysis.text is None else valid_unicode(analysis.text)[0]
    text_blob = (
        blob_put(data=text.encode("utf-8"), purpose=PURPOSE_TEXT)
        if text is not None
        else None
    )
    try:
        with transaction.atomic():
            locked = Document.objects.select_for_update().get(pk=document.pk)
            if locked.status != DocumentStatus.STORED:
                raise _AlreadyAnalysedError
            analysis_fields_set(locked, analysis, text, text_blob)
            locked.save()
            analysis_rows_write(locked, analysis, text)
            audit_event_record(
                event=DOCUMENT_ANALYSED,
                actor=actor,
                target=locked,
                context=analysed_context(locked, analysis),
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


def _require_view(actor: Actor, document: Document) -> None:
    require(actor, "dossiers.read_document", document)


def document_failed_parts(*, document: Document) -> list[tuple[str, str]]:
    """``(part path, failure code)`` of the document's unread parts, decrypted.

    Callers have checked permission, as for :func:`document_filename`.
    """
    if document.is_shredded or not document.failed_parts_sealed:
        return []
    try:
        raw = value_open(
            key_id=document.original_key_id,
            sealed=bytes(document.failed_parts_sealed),
            purpose=PURPOSE_PARTS,
        )
        return [(str(path), str(code)) for path, code in json.loads(raw)]
    except (ValueError, TypeError):
        return []


def document_filename(
    *, document: Document, keys: Mapping[str, bytes] | None = None
) -> str:
    """The original file name, decrypted. Callers have checked permission.

    ``keys`` as for :func:`document_text_read`."""
    if document.is_shredded or document.filename_sealed is None:
        return ""
    return value_open(
        key_id=document.original_key_id,
        sealed=document.filename_sealed,
        purpose=PURPOSE_FILENAME,
        keys=keys,
    )


def document_text_read(
    *,
    document: Document,
    actor: Actor,
    purpose: ViewPurpose = ViewPurpose.INVENTORY,
    keys: Mapping[str, bytes] | None = None,
) -> str:
    """Decrypt a document's extracted text for an authorised user; audited.

    ``keys`` (from ``vault.services.keys_get``, for this request only) saves
    the key-store read when a page fetched the document's keys together."""
    _require_view(actor, document)
    if document.is_shredded or not document.text_key_id:
        return ""
    text = blob_read(
        blob=SealedBlob(key_id=document.text_key_id, blob_name=document.text_blob),
        purpose=PURPOSE_TEXT,
        keys=keys,
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
    *, document: Document, actor: Actor, purpose: ViewPurpose = ViewPurpose.INVENTORY
) -> bytes:
    """Decrypt a document's original file for an authorised user; audited."""
    _require_view(actor, document)
    if document.is_shredded:
        raise PermissionDenied
    return blob_read_audited(
        blob=_original_blob(document),
        purpose=PURPOSE_ORIGINAL,
        event=DOCUMENT_DOWNLOADED,
        actor=actor,
        target=document,
        reason=str(purpose.value),
        context={"dossier": document.dossier_id},
    )


def document_shred(*, document: Document, actor: Actor, reason: str) -> Document:
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
        index_rows = subject_keys_forget(document=document)
        document.status = DocumentStatus.SHREDDED
        document.filename_sealed = None
        document.failed_parts_sealed = None
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


def document_destroy(*, document: Document, actor: Actor, reason: str) -> Document:
    """Shred a document and delete what was derived from its text (mentions).

    Used by destruction runs. Mentions hold offsets only, but they say which
    categories of personal data a destroyed document held: they go too.
    Idempotent, like :func:`document_shred`.
    """
    with transaction.atomic():
        document = document_shred(document=document, actor=actor, reason=reason)
        Mention.objects.filter(document=document).delete()
    return document
