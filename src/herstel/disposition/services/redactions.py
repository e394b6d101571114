# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Archive redaction of a document: boxes, four-eyes approval, the burned PDF."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from herstel.audit.services import ContextValue
from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.decisions import second_person_check
from herstel.core.decisions import signed
from herstel.core.pdf.redaction import RedactionBox
from herstel.core.permissions import require
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.constants import ViewPurpose
from herstel.dossiers.models import Document
from herstel.dossiers.models import Mention
from herstel.dossiers.services import document_original_read
from herstel.dossiers.services import document_text_read
from herstel.vault.services import StoredFile
from herstel.vault.services import blob_put_guarded
from herstel.vault.services import blob_shred

from ..audit_events import REDACTION_APPROVED
from ..audit_events import REDACTION_CHANGED
from ..audit_events import REDACTION_DOWNLOADED
from ..constants import RedactionStatus
from ..models import Ground
from ..models import Redaction
from ..models import RedactionBoxRecord
from ..redaction_layout import LAYOUT_MEDIA_TYPES
from ..redaction_layout import redact_document_pdf
from .base import _require
from .redaction_gate import prepare_mentions
from .redaction_gate import redaction_gate_check
from .redaction_gate import rejected_mention_ids

if TYPE_CHECKING:
    from herstel.core.actor import Actor


PURPOSE_REDACTED = "redacted-pdf"
REDACTED_PDF = StoredFile("pdf", PURPOSE_REDACTED, REDACTION_DOWNLOADED)
PDF_MEDIA_TYPE = "application/pdf"


def _default_ground(category: str) -> Ground:
    from ..selectors import ground_for_category

    ground = ground_for_category(category)
    if ground is None:
        ground = Ground.objects.filter(active=True).order_by("position", "code").first()
    if ground is None:
        raise ValidationError(_("There is no active redaction ground."))
    return ground


def document_redacted_copy(
    *,
    document: Document,
    text: str,
    boxes: Sequence[RedactionBox],
    actor: Actor,
    purpose: ViewPurpose,
    tagged: bool = True,
) -> bytes:
    """The redacted copy of a stored document, its layout kept where possible.

    PDF originals keep their pages, sizes and word positions; office documents
    and HTML are converted by LibreOffice first when it is installed; e-mail
    and plain text (or a failed conversion) are re-typeset, and the copy says
    so. Reading the original is audited for ``actor`` with ``purpose``. Used
    by the archive redaction and by the access copy (issue 13).
    """
    original = None
    if document.media_type in LAYOUT_MEDIA_TYPES:
        original = document_original_read(
            document=document, actor=actor, purpose=purpose
        )
    return redact_document_pdf(
        text=text,
        boxes=boxes,
        title=document.reference,
        original=original,
        media_type=document.media_type,
        tagged=tagged,
    )


def redaction_prepare(*, document: Document, actor: Actor) -> Redaction:
    """Start a document's archive redaction from its mentions.

    Every confirmed mention and every unreviewed candidate of the recall
    profile becomes a box with the ground proposed for its category.
    Idempotent: an existing redaction is returned as it is.
    """
    _require(actor, "disposition.redact", document)
    if document.is_shredded:
        raise ValidationError(_("This document has already been destroyed."))
    with transaction.atomic():
        redaction, created = Redaction.objects.get_or_create(
            document=document, defaults={"prepared_by": actor}
        )
        if not created:
            return redaction
        # Confirmed mentions and unreviewed recall candidates (issue 13 gate).
        mentions = prepare_mentions(document=document)
        RedactionBoxRecord.objects.bulk_create(
            [
                RedactionBoxRecord(
                    redaction=redaction,
                    start=m.start,
                    end=m.end,
                    ground=_default_ground(m.category),
                    mention_id=m.pk,
                )
                for m in mentions
            ],
            ignore_conflicts=True,
        )
        audit_event_record(
            event=REDACTION_CHANGED,
            actor=actor,
            target=redaction,
            context={
                "document": document.pk,
                "change": "prepared",
                "boxes": len(mentions),
            },
        )
    return redaction


def _redaction_reopen(redaction: Redaction, actor: Actor) -> None:
    """A change after proposal or approval needs a fresh approval."""
    if blob := REDACTED_PDF.sealed(redaction):
        blob_shred(blob=blob)
    redaction.status = RedactionStatus.DRAFT
    redaction.prepared_by = actor
    redaction.approved_by = None
    redaction.approved_at = None
    redaction.pdf_key_id = redaction.pdf_blob = redaction.pdf_sha256 = ""
    redaction.save()


def _redaction_changed(
    redaction: Redaction, actor: Actor, **context: ContextValue
) -> None:
    """Reopen the redaction for approval and audit the change (``context``)."""
    _redaction_reopen(redaction, actor)
    audit_event_record(
        event=REDACTION_CHANGED,
        actor=actor,
        target=redaction,
        context={"document": redaction.document_id, **context},
    )


def redaction_box_set(
    *,
    box: RedactionBoxRecord,
    actor: Actor,
    included: bool | None = None,
    ground: Ground | None = None,
) -> RedactionBoxRecord:
    """Switch a box on or off, or change its ground."""
    _require(actor, "disposition.redact", box.redaction.document)
    with transaction.atomic():
        redaction = Redaction.objects.select_for_update().get(pk=box.redaction_id)
        box = RedactionBoxRecord.objects.select_for_update().get(pk=box.pk)
        before = {"included": box.included, "ground": box.ground_id}
        if included is not None:
            box.included = included
        if ground is not None:
            box.ground = ground
        box.save()
        _redaction_changed(
            redaction,
            actor,
            change="box",
            box=box.pk,
            before=before,
            after={"included": box.included, "ground": box.ground_id},
        )
    return box


def redaction_box_add(
    *, redaction: Redaction, start: int, end: int, ground: Ground, actor: Actor
) -> RedactionBoxRecord:
    """Add a box the mentions did not give (an analyst drew it)."""
    document = redaction.document
    _require(actor, "disposition.redact", document)
    if not (0 <= start < end <= document.text_length):
        raise ValidationError(_("The selection is not part of this document's text."))
    with transaction.atomic():
        redaction = Redaction.objects.select_for_update().get(pk=redaction.pk)
        box, _created = RedactionBoxRecord.objects.update_or_create(
            redaction=redaction,
            start=start,
            end=end,
            defaults={"ground": ground, "included": True},
        )
        _redaction_changed(
            redaction, actor, change="added", box=box.pk, length=end - start
        )
    return box


def redaction_boxes(*, redaction: Redaction) -> list[RedactionBox]:
    """The boxes that are switched on, as the engine takes them.

    A box whose mention was rejected afterwards is not burned.
    """
    rejected = rejected_mention_ids(document_id=redaction.document_id)
    return [
        RedactionBox(start=b.start, end=b.end, code=b.ground.code)
        for b in redaction.boxes.filter(included=True).select_related("ground")
        if b.mention_id is None or b.mention_id not in rejected
    ]


def document_redaction_boxes(
    *, document: Document, keep_mention_ids: Iterable[int] = ()
) -> list[RedactionBox]:
    """Boxes for every confirmed mention of a document except ``keep_mention_ids``.

    For the access copy of a citizen's request: the requester's own mentions
    are kept readable, everyone else's are redacted with the ground proposed
    for their category. No permission check: callers have checked theirs.
    """
    keep = set(keep_mention_ids)
    return [
        RedactionBox(start=m.start, end=m.end, code=_default_ground(m.category).code)
        for m in Mention.objects.filter(
            document=document, status=MentionStatus.CONFIRMED
        ).order_by("start", "end")
        if m.pk not in keep
    ]


def _document_pdf(document: Document, actor: Actor, boxes: list[RedactionBox]) -> bytes:
    """The document as a PDF with ``boxes`` burned in (decrypted reads audited).

    Layout kept for PDF and office originals (issue 13), else re-typeset.
    """
    text = document_text_read(
        document=document, actor=actor, purpose=ViewPurpose.DISPOSITION
    )
    return document_redacted_copy(
        document=document,
        text=text,
        boxes=boxes,
        actor=actor,
        purpose=ViewPurpose.DISPOSITION,
    )


def redaction_approve(
    *, redaction: Redaction, actor: Actor, confirmed_counts: str | None = None
) -> Redaction:
    """Approve a redaction and burn the redacted PDF (never by its preparer).

    Refused by the gate (``redaction_gate_check``) while mentions are
    unreviewed, with zero boxes on a document naming persons, or when
    ``confirmed_counts`` (what the reviewer saw) no longer holds.
    """
    _require(actor, "disposition.approve_redaction", redaction.document)
    document = redaction.document
    prepared_it = _("You prepared this redaction; another person must approve it.")
    second_person_check(redaction.prepared_by_id, actor, prepared_it)
    if redaction.status == RedactionStatus.APPROVED:
        return redaction
    redaction_gate_check(redaction=redaction, confirmed=confirmed_counts)
    pdf = _document_pdf(document, actor, redaction_boxes(redaction=redaction))
    sha256 = hashlib.sha256(pdf).hexdigest()
    guarded = blob_put_guarded(data=pdf, purpose=PURPOSE_REDACTED)
    with guarded as sealed, transaction.atomic():
        locked = Redaction.objects.select_for_update().get(pk=redaction.pk)
        second_person_check(locked.prepared_by_id, actor, prepared_it)
        approval = {"status": RedactionStatus.APPROVED, **signed("approved", actor)}
        audited_save(
            locked,
            {**approval, **sealed.as_fields("pdf"), "pdf_sha256": sha256},
            event=REDACTION_APPROVED,
            actor=actor,
            context={
                "document": document.pk,
                "boxes": locked.boxes.filter(included=True).count(),
                "sha256": sha256,
            },
        )
    return locked


def redaction_pdf_read(*, redaction: Redaction, actor: Actor) -> bytes:
    """The approved redacted PDF, decrypted; audited."""
    _require(actor, "disposition.read")
    require(actor, "dossiers.read_document", redaction.document)
    if redaction.status != RedactionStatus.APPROVED or not redaction.pdf_key_id:
        raise ValidationError(_("This redaction has not been approved yet."))
    return REDACTED_PDF.read(redaction, actor, {"document": redaction.document_id})


def document_publication_pdf(*, document: Document, actor: Actor) -> bytes:
    """A document assessed as public, as a PDF without boxes (layout kept).

    For a Woo decision that discloses the whole document; the reading is
    audited by the dossiers services that decrypt it.
    """
    _require(actor, "disposition.read")
    if document.is_shredded:
        raise ValidationError(_("This document has already been destroyed."))
    return _document_pdf(document, actor, [])


def redaction_shred(*, document: Document) -> None:
    """Shred the redacted copy of a document that is being destroyed."""
    redaction = Redaction.objects.filter(document=document).first()
    if redaction is not None and (blob := REDACTED_PDF.sealed(redaction)):
        blob_shred(blob=blob)
        Redaction.objects.filter(pk=redaction.pk).update(
            pdf_key_id="", pdf_blob="", status=RedactionStatus.DRAFT
        )
