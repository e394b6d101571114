# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bulk review: one decision for every occurrence of one spelling.

"'Werkgelegenheid' is not a person: reject 7 in this document / 213 in this
dossier." A spelling (surface form) is compared folded (case, diacritics,
spacing) within one category. Every bulk decision is a :class:`ReviewBatch`
that holds each mention's status before, so it can be undone; every decision
and undo is audited with counts only.

A spelling rejected in bulk is remembered per dossier as a keyed hash
(:class:`RememberedSurface`); its mentions in documents analysed later are
pre-rejected by a batch marked ``remembered`` (shown as such on the document,
undone like any other batch), and :func:`surface_forget` stops it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save

from .audit_events import MENTIONS_BULK_DECIDED
from .audit_events import MENTIONS_BULK_UNDONE
from .audit_events import SURFACE_FORGOTTEN
from .constants import DocumentStatus
from .constants import MentionStatus
from .models import Document
from .models import Mention
from .models import RememberedSurface
from .models import ReviewBatch
from .names import fold

if TYPE_CHECKING:
    from herstel.core.actor import Actor

__all__ = [
    "SCOPES",
    "review_batch_undo",
    "surface_bulk_decide",
    "surface_digest",
    "surface_forget",
    "surface_key",
    "surfaces_prereject",
]

SCOPES = ("document", "dossier")
SURFACE_KIND = 20
"""Kind number of surface digests in the keyed hash (names use 1-11)."""


def surface_key(text: str) -> str:
    """A spelling as compared: folded, single spaces, no edge punctuation."""
    return " ".join(fold(text).split()).strip(".,;:()\"'")


def surface_digest(text: str) -> str:
    from .subject_index import key_digest

    return key_digest(kind=SURFACE_KIND, value=surface_key(text))


def _text(document: Document) -> str:
    from .subject_index import _document_text

    if document.is_shredded or not document.text_key_id:
        return ""
    return _document_text(document)


def _matching(
    documents: Iterable[Document], category: str, digest: str, exclude_status: str
) -> list[tuple[int, str]]:
    """(mention id, status) of every mention with this spelling and category."""
    from .subject_index import _index_key
    from .subject_index import key_digest

    secret = _index_key()
    by_document: dict[int, list[Mention]] = {}
    documents = list(documents)
    for mention in Mention.objects.filter(
        document__in=documents, category=category
    ).exclude(status=exclude_status):
        by_document.setdefault(mention.document_id, []).append(mention)
    found: list[tuple[int, str]] = []
    for document in documents:
        mentions = by_document.get(document.pk)
        if not mentions:
            continue
        text = _text(document)
        for mention in mentions:
            spelling = surface_key(text[mention.start : mention.end])
            if key_digest(kind=SURFACE_KIND, value=spelling, secret=secret) == digest:
                found.append((mention.pk, mention.status))
    return found


def surface_bulk_decide(
    *, mention: Mention, status: str, scope: str, actor: Actor
) -> ReviewBatch:
    """Give every occurrence of ``mention``'s spelling (same category) ``status``.

    ``scope`` is ``document`` or ``dossier``. A rejection is remembered for
    the dossier. Returns the batch (``changes`` empty when nothing changed).
    """
    document = mention.document
    if not actor.has_perm("dossiers.review_mention", document):
        raise PermissionDenied
    if scope not in SCOPES or status not in (
        MentionStatus.CONFIRMED,
        MentionStatus.REJECTED,
    ):
        raise ValidationError(
            _("Choose confirm or reject, in the document or dossier.")
        )
    spelling = _text(document)[mention.start : mention.end]
    digest = surface_digest(spelling)
    if scope == "document":
        documents: list[Document] = [document]
    else:
        documents = list(
            Document.objects.filter(
                dossier_id=document.dossier_id, status=DocumentStatus.EXTRACTED
            )
        )
    with transaction.atomic():
        changes = _matching(documents, mention.category, digest, status)
        ids = [pk for pk, _before in changes]
        Mention.objects.filter(pk__in=ids).update(
            status=status, decided_by=actor, decided_at=timezone.now()
        )
        batch = ReviewBatch.objects.create(
            dossier_id=document.dossier_id,
            document=document if scope == "document" else None,
            category=mention.category,
            digest=digest,
            status=status,
            changes=[list(change) for change in changes],
            actor=actor,
        )
        remembered = False
        if status == MentionStatus.REJECTED:
            _surface, remembered = RememberedSurface.objects.get_or_create(
                dossier_id=document.dossier_id,
                category=mention.category,
                digest=digest,
                defaults={"decided_by": actor},
            )
        elif status == MentionStatus.CONFIRMED:
            RememberedSurface.objects.filter(
                dossier_id=document.dossier_id,
                category=mention.category,
                digest=digest,
            ).delete()
        audit_event_record(
            event=MENTIONS_BULK_DECIDED,
            actor=actor,
            target=batch,
            context={
                "dossier": document.dossier_id,
                "document": document.pk,
                "scope": scope,
                "category": mention.category,
                "after": str(status),
                "mentions": len(ids),
                "documents": len({d.pk for d in documents}),
                "remembered": remembered,
            },
        )
    return batch


def review_batch_undo(*, batch: ReviewBatch, actor: Actor) -> int:
    """Put every mention of a batch back to its status before; idempotent.

    A mention decided again since the batch keeps that later decision. Undoing
    a rejection also stops remembering the spelling when the batch created it.
    Returns how many mentions were restored.
    """
    sample = Document.objects.filter(dossier_id=batch.dossier_id).first()
    if sample is None or not actor.has_perm("dossiers.review_mention", sample):
        raise PermissionDenied
    with transaction.atomic():
        batch = ReviewBatch.objects.select_for_update().get(pk=batch.pk)
        if batch.undone_at is not None:
            return 0
        before: dict[str, list[int]] = {}
        for pk, status in batch.changes:
            before.setdefault(status, []).append(pk)
        restored = 0
        for status, ids in before.items():
            restored += Mention.objects.filter(pk__in=ids, status=batch.status).update(
                status=status,
                decided_by=None if status == MentionStatus.PROPOSED else actor,
                decided_at=None if status == MentionStatus.PROPOSED else timezone.now(),
            )
        if batch.status == MentionStatus.REJECTED and not batch.remembered:
            RememberedSurface.objects.filter(
                dossier_id=batch.dossier_id,
                category=batch.category,
                digest=batch.digest,
                decided_at__gte=batch.created_at,
            ).delete()
        audited_save(
            batch,
            {"undone_at": timezone.now()},
            event=MENTIONS_BULK_UNDONE,
            actor=actor,
            context={"dossier": batch.dossier_id, "mentions": restored},
        )
    return restored


def surface_forget(*, surface: RememberedSurface, actor: Actor) -> None:
    """Stop pre-rejecting a spelling in new documents of the dossier."""
    sample = Document.objects.filter(dossier_id=surface.dossier_id).first()
    if sample is None or not actor.has_perm("dossiers.review_mention", sample):
        raise PermissionDenied
    with transaction.atomic():
        dossier_id, category = surface.dossier_id, surface.category
        surface.delete()
        audit_event_record(
            event=SURFACE_FORGOTTEN,
            actor=actor,
            target=None,
            context={"dossier": dossier_id, "category": category},
        )


def surfaces_prereject(*, document: Document, text: str) -> int:
    """Pre-reject the mentions of a new document whose spelling the dossier
    remembers as rejected; one ``remembered`` batch per spelling."""
    remembered = list(RememberedSurface.objects.filter(dossier_id=document.dossier_id))
    if not remembered:
        return 0
    from .subject_index import _index_key
    from .subject_index import key_digest

    secret = _index_key()
    wanted = {(r.category, r.digest) for r in remembered}
    groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for mention in Mention.objects.filter(
        document=document, status=MentionStatus.PROPOSED
    ):
        spelling = surface_key(text[mention.start : mention.end])
        digest = key_digest(kind=SURFACE_KIND, value=spelling, secret=secret)
        if (mention.category, digest) in wanted:
            groups.setdefault((mention.category, digest), []).append(
                (mention.pk, mention.status)
            )
    total = 0
    for (category, digest), changes in groups.items():
        Mention.objects.filter(pk__in=[pk for pk, _s in changes]).update(
            status=MentionStatus.REJECTED, decided_at=timezone.now()
        )
        ReviewBatch.objects.create(
            dossier_id=document.dossier_id,
            document=document,
            category=category,
            digest=digest,
            status=MentionStatus.REJECTED,
            remembered=True,
            changes=[list(c) for c in changes],
        )
        total += len(changes)
    return total
