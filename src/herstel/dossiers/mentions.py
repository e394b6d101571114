# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""An analyst's decision on one mention, and a mention the engine missed.

Part of the dossiers services (re-exported by :mod:`.services`); the bulk
decisions on one spelling are in :mod:`.review`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import ContextValue
from herstel.audit.services import audit_event_record
from herstel.core.permissions import require
from herstel.detection.base import Category

from .audit_events import MENTION_ADDED
from .audit_events import MENTION_DECIDED
from .constants import MentionOrigin
from .constants import MentionStatus
from .models import Document
from .models import Mention

if TYPE_CHECKING:
    from herstel.audit.registry import AuditEventType
    from herstel.core.actor import Actor


def _decision_save(mention: Mention, status: MentionStatus, actor: Actor) -> None:
    mention.decide(actor, status=status)


def mention_event_record(
    event: AuditEventType, mention: Mention, actor: Actor, **changed: ContextValue
) -> None:
    """Audit ``event`` on one mention: its document and category, then what
    ``changed``. Never the mention's text."""
    context: dict[str, ContextValue] = {
        "document": mention.document_id,
        "category": mention.category,
    }
    audit_event_record(
        event=event, actor=actor, target=mention, context=context | changed
    )


def mention_decide(*, mention: Mention, status: MentionStatus, actor: Actor) -> Mention:
    """Confirm or reject a proposed mention (or change an earlier decision)."""
    require(actor, "dossiers.review_mention", mention.document)
    with transaction.atomic():
        mention = Mention.objects.select_for_update().get(pk=mention.pk)
        before = mention.status
        if before == status:
            return mention
        _decision_save(mention, status, actor)
        mention_event_record(
            MENTION_DECIDED, mention, actor, before=before, after=str(status)
        )
    return mention


def mention_add(
    *, document: Document, start: int, end: int, category: str, actor: Actor
) -> Mention:
    """Record personal data the engine missed; confirmed at once (a person found it)."""
    require(actor, "dossiers.review_mention", document)
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
        mention_event_record(MENTION_ADDED, mention, actor, length=end - start)
    return mention
