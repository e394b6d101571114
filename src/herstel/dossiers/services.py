# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Inventory writes: store documents encrypted, read them audited, shred them."""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from herstel.audit.services import audit_event_record
from herstel.extraction import ExtractionError, extract_text
from herstel.vault.services import (
    SealedBlob,
    blob_put,
    blob_read,
    blob_shred,
    value_open,
    value_seal,
)

from .audit_events import (
    DOCUMENT_DOWNLOADED,
    DOCUMENT_SHREDDED,
    DOCUMENT_STORED,
    DOCUMENT_VIEWED,
)
from .constants import DocumentStatus, ViewPurpose
from .models import Document, Dossier

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
    *, dossier: Dossier, data: bytes, filename: str, actor: Any
) -> StoreResult:
    """Store a document encrypted, with its extracted text, in one transaction.

    Idempotent per dossier: the same content (by SHA-256) is stored once. A file
    whose text cannot be extracted is kept with its failure code, so nothing is
    lost. If the database write fails, the fresh data keys are shredded.
    """
    digest = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(dossier=dossier, sha256=digest).first()
    if existing is not None:
        return StoreResult(document=existing, created=False)

    text: str | None = None
    media_type = ""
    failure = ""
    try:
        result = extract_text(data, filename)
        text, media_type = result.text, result.media_type
    except ExtractionError as exc:
        failure = exc.code

    blobs: list[SealedBlob] = []
    try:
        original = blob_put(data=data, purpose=PURPOSE_ORIGINAL)
        blobs.append(original)
        text_blob = None
        if text is not None:
            text_blob = blob_put(data=text.encode(), purpose=PURPOSE_TEXT)
            blobs.append(text_blob)
        with transaction.atomic():
            document = Document.objects.create(
                dossier=dossier,
                reference=_new_reference(),
                status=DocumentStatus.EXTRACTED
                if text is not None
                else DocumentStatus.FAILED,
                media_type=media_type,
                size=len(data),
                sha256=digest,
                filename_sealed=value_seal(
                    key_id=original.key_id, value=filename, purpose=PURPOSE_FILENAME
                ),
                original_key_id=original.key_id,
                original_blob=original.blob_name,
                text_key_id=text_blob.key_id if text_blob else "",
                text_blob=text_blob.blob_name if text_blob else "",
                text_length=len(text) if text is not None else 0,
                failure_code=failure,
            )
            audit_event_record(
                event=DOCUMENT_STORED,
                actor=actor,
                target=document,
                context={
                    "dossier": dossier.pk,
                    "size": len(data),
                    "media_type": media_type,
                    "failure": failure,
                },
            )
    except BaseException:
        for blob in blobs:
            blob_shred(blob=blob)
        raise
    return StoreResult(document=document, created=True)


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
    data = blob_read(
        blob=SealedBlob(
            key_id=document.original_key_id, blob_name=document.original_blob
        ),
        purpose=PURPOSE_ORIGINAL,
    )
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
            context={"key_ids": key_ids, "sha256": document.sha256},
        )
    logger.info("document_shredded", extra={"document": document.pk})
    return document
