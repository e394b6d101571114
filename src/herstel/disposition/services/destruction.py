# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Group commit for destruction runs: many documents per durable write.

One document at a time costs a journal fsync and a key-store commit per key
plus a database commit per document. Here a group of documents shares them,
in an order that keeps every document destroyed exactly once whatever moment
the process dies:

1. the group's key ids go to the shred journal in one write and one fsync,
   then leave the key store in one transaction (the PostgreSQL key store does
   both in one transaction);
2. the ciphertext blobs are deleted (every version the storage lets us);
3. one database transaction tombstones the documents, removes mentions, blind
   index rows and redacted copies, writes the audit entries (``vault.key_shredded``
   per key, ``document.shredded`` per document) and marks the run items
   destroyed.

A crash before 3 commits leaves the items pending and their keys journaled:
the resumed run repeats 1 and 2 (both idempotent) and then 3, which writes
the audit entries for exactly the documents the database has not yet recorded
as shredded. A crash after 3 leaves nothing to do for the group.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from herstel.audit.services import AuditRecord
from herstel.audit.services import audit_events_record_many
from herstel.dossiers.audit_events import DOCUMENT_SHREDDED
from herstel.dossiers.constants import DocumentStatus
from herstel.dossiers.models import Document
from herstel.dossiers.models import Mention
from herstel.dossiers.models import NameKey
from herstel.vault.audit_events import KEY_SHREDDED
from herstel.vault.services import blobs_delete_all_versions
from herstel.vault.services import keystore_get

from ..constants import ItemStatus
from ..constants import RedactionStatus
from ..models import Redaction
from ..models import RunItem

if TYPE_CHECKING:
    from herstel.core.actor import Actor

logger = logging.getLogger(__name__)


def items_destroy_group(items: Sequence[RunItem], actor: Actor, reason: str) -> int:
    """Destroy the documents of ``items`` with one durable write of each kind.

    Returns how many items this call marked destroyed (items another process
    finished meanwhile are left alone).
    """
    if not items:
        return 0
    documents = [item.document for item in items]
    live = [d for d in documents if d.shredded_at is None]
    redactions = {
        r.document_id: r
        for r in Redaction.objects.filter(document__in=live).exclude(pdf_key_id="")
    }
    keys: list[str] = []
    blobs: list[tuple[int, str]] = []
    for document in live:
        for key_id, blob_name in (
            (document.original_key_id, document.original_blob),
            (document.text_key_id, document.text_blob),
        ):
            if key_id:
                keys.append(key_id)
                blobs.append((document.pk, blob_name))
        redaction = redactions.get(document.pk)
        if redaction is not None:
            keys.append(redaction.pdf_key_id)
            blobs.append((document.pk, redaction.pdf_blob))

    keystore_get().shred_many(keys)  # 1: durable before anything is deleted
    remnants: dict[int, list[str]] = {}
    left = blobs_delete_all_versions([name for _pk, name in blobs])  # 2
    for document_id, blob_name in blobs:
        if left.get(blob_name):
            remnants.setdefault(document_id, []).extend(left[blob_name])

    with transaction.atomic():  # 3
        pending = list(
            RunItem.objects.select_for_update()
            .filter(pk__in=[item.pk for item in items], status=ItemStatus.PENDING)
            .values_list("pk", "document_id")
        )
        if not pending:
            return 0
        document_ids = [document_id for _pk, document_id in pending]
        to_tombstone = set(
            Document.objects.select_for_update()
            .filter(pk__in=document_ids, shredded_at__isnull=True)
            .values_list("pk", flat=True)
        )
        index_rows = dict(
            NameKey.objects.filter(mention__document__in=to_tombstone)
            .values_list("mention__document")
            .annotate(n=Count("pk"))
        )
        NameKey.objects.filter(mention__document__in=document_ids).delete()
        Mention.objects.filter(document__in=document_ids).delete()
        now = timezone.now()
        Document.objects.filter(pk__in=to_tombstone).update(
            status=DocumentStatus.SHREDDED,
            filename_sealed=None,
            text_blob="",
            original_blob="",
            text_length=0,
            shredded_at=now,
        )
        Redaction.objects.filter(
            document__in=to_tombstone, pk__in=[r.pk for r in redactions.values()]
        ).update(pdf_key_id="", pdf_blob="", status=RedactionStatus.DRAFT)
        records: list[AuditRecord] = []
        for document in documents:
            if document.pk not in to_tombstone:
                continue
            key_ids = [k for k in (document.original_key_id, document.text_key_id) if k]
            records.extend(
                (KEY_SHREDDED, None, ("vault.key", key_id), {}, "")
                for key_id in key_ids
            )
            records.append(
                (
                    DOCUMENT_SHREDDED,
                    actor,
                    document,
                    {
                        "key_ids": key_ids,
                        "sha256": document.sha256,
                        "index_rows": index_rows.get(document.pk, 0),
                    },
                    reason,
                )
            )
            redaction = redactions.get(document.pk)
            if redaction is not None:
                records.append(
                    (KEY_SHREDDED, None, ("vault.key", redaction.pdf_key_id), {}, "")
                )
        audit_events_record_many(records)
        marked = RunItem.objects.filter(
            pk__in=[pk for pk, _document_id in pending]
        ).update(status=ItemStatus.DESTROYED, destroyed_at=now)
        for pk, document_id in pending:
            if document_id in remnants:
                RunItem.objects.filter(pk=pk).update(
                    storage_remnants=remnants[document_id]
                )
    logger.info("destruction_group_committed", extra={"documents": marked})
    return marked
