# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy officer's wording of the letters: save (validated), restore
the standard text. Both audited with fingerprints and lengths of the text
before and after, never the text itself (audit context holds no free text)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING
from typing import Any

from django.db import transaction

from herstel.audit.services import audit_event_record
from herstel.core.permissions import require

from ..audit_events import LETTER_TEMPLATE_CHANGED
from ..audit_events import LETTER_TEMPLATE_RESET
from ..constants import LetterKind
from ..constants import LetterLanguage
from ..letter_templates import letter_default
from ..letter_templates import letter_template_body
from ..letter_templates import letter_validate
from ..models import LetterTemplate

if TYPE_CHECKING:
    from herstel.core.actor import Actor

__all__ = ["letter_template_body", "letter_template_reset", "letter_template_save"]


def _audit(
    event: Any, *, actor: Actor, template: LetterTemplate, before: str, after: str
) -> None:
    """Audit a change of wording: field name, fingerprints and lengths."""
    audit_event_record(
        event=event,
        actor=actor,
        target=template,
        context={
            "kind": template.kind,
            "language": template.language,
            "fields": ["body"],
            "before_sha256": hashlib.sha256(before.encode()).hexdigest()[:16],
            "after_sha256": hashlib.sha256(after.encode()).hexdigest()[:16],
            "before_length": len(before),
            "after_length": len(after),
        },
    )


def _locked(kind: str, language: str) -> LetterTemplate | None:
    return (
        LetterTemplate.objects.select_for_update()
        .filter(kind=kind, language=language)
        .first()
    )


def letter_template_save(
    *, kind: str, language: str, body: str, actor: Actor
) -> LetterTemplate | None:
    """Save a letter's wording after validation (``ValidationError``).

    Saving the standard text, or the text in force, changes nothing.
    """
    require(actor, "inquiries.edit_letters")
    kind, language = LetterKind(kind), LetterLanguage(language)
    body = body.replace("\r\n", "\n")
    letter_validate(body)
    with transaction.atomic():
        current = _locked(kind, language)
        before = (
            current.body if current else letter_default(kind=kind, language=language)
        )
        if body == before:
            return current
        if current is None:
            current = LetterTemplate(kind=kind, language=language)
        current.body = body
        current.updated_by = actor
        current.save()
        _audit(
            LETTER_TEMPLATE_CHANGED,
            actor=actor,
            template=current,
            before=before,
            after=body,
        )
    return current


def letter_template_reset(*, kind: str, language: str, actor: Actor) -> None:
    """Go back to the standard wording (idempotent)."""
    require(actor, "inquiries.edit_letters")
    kind, language = LetterKind(kind), LetterLanguage(language)
    with transaction.atomic():
        current = _locked(kind, language)
        if current is None:
            return
        _audit(
            LETTER_TEMPLATE_RESET,
            actor=actor,
            template=current,
            before=current.body,
            after=letter_default(kind=kind, language=language),
        )
        current.delete()
