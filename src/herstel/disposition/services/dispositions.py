# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Dispositions and redaction grounds: proposals and four-eyes decisions."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from collections.abc import Sequence
from typing import TYPE_CHECKING
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.decisions import second_person_check
from herstel.core.decisions import signed
from herstel.dossiers.models import Document

from ..audit_events import DISPOSITION_DECIDED
from ..audit_events import DISPOSITION_PROPOSED
from ..audit_events import GROUND_SAVED
from ..constants import OPEN_DECISION_STATUSES
from ..constants import Action
from ..constants import DecisionStatus
from ..constants import RunStatus
from ..models import Disposition
from ..models import Ground
from ..models import RunItem
from .base import _require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def ground_save(
    *,
    actor: Actor,
    code: str,
    article: str,
    description: str = "",
    categories: Sequence[str] = (),
    active: bool = True,
    position: int = 0,
    ground: Ground | None = None,
) -> Ground:
    """Create or change a redaction ground (privacy officer)."""
    _require(actor, "disposition.manage_grounds")
    with transaction.atomic():
        ground = ground or Ground()
        before = {
            "code": ground.code,
            "article": ground.article,
            "active": ground.active,
        }
        ground.code = code.strip()
        ground.article = article.strip()
        ground.description = description.strip()
        ground.categories = sorted(set(categories))
        ground.active = active
        ground.position = position
        ground.full_clean()
        ground.save()
        audit_event_record(
            event=GROUND_SAVED,
            actor=actor,
            target=ground,
            context={
                "before": before,
                "after": {
                    "code": ground.code,
                    "article": ground.article,
                    "active": ground.active,
                },
            },
        )
    return ground


def _validate_disposition(
    *,
    action: str,
    reason: str,
    legal_basis: str,
    retention_class: str,
    retention_years: int | None,
    retention_start: datetime.date | None,
) -> None:
    errors: dict[str, str] = {}
    if action not in Action.values:
        errors["action"] = _("Choose what happens to the document.")
    if not reason.strip():
        errors["reason"] = _("Give the reason for this disposition.")
    if not legal_basis.strip():
        errors["legal_basis"] = _("Give the legal basis.")
    if action == Action.REDACT_ARCHIVE:
        if not retention_class.strip():
            errors["retention_class"] = _(
                "An archived document needs its retention class."
            )
        if not retention_years:
            errors["retention_years"] = _(
                "An archived document needs its retention period."
            )
        if retention_start is None:
            errors["retention_start"] = _(
                "An archived document needs the start of its retention period."
            )
    if errors:
        raise ValidationError(errors)


def disposition_propose(
    *,
    document: Document,
    action: str,
    reason: str,
    legal_basis: str,
    actor: Actor,
    retention_class: str = "",
    retention_years: int | None = None,
    retention_start: datetime.date | None = None,
) -> Disposition:
    """Propose what happens to a document; an open earlier proposal is replaced.

    Nothing happens to the document until another person approves.
    """
    _require(actor, "disposition.propose", document)
    _validate_disposition(
        action=action,
        reason=reason,
        legal_basis=legal_basis,
        retention_class=retention_class,
        retention_years=retention_years,
        retention_start=retention_start,
    )
    if action != Action.REDACT_ARCHIVE:
        retention_class, retention_years, retention_start = "", None, None
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document.pk)
        if document.is_shredded:
            raise ValidationError(_("This document has already been destroyed."))
        if RunItem.objects.filter(
            document=document,
            run__status__in=[RunStatus.APPROVED, RunStatus.EXECUTING],
        ).exists():
            raise ValidationError(_("This document is in an approved destruction run."))
        replaced = list(
            Disposition.objects.filter(
                document=document, status__in=OPEN_DECISION_STATUSES
            ).values_list("pk", flat=True)
        )
        Disposition.objects.filter(pk__in=replaced).update(
            status=DecisionStatus.WITHDRAWN
        )
        disposition = Disposition.objects.create(
            document=document,
            action=action,
            reason=reason.strip(),
            legal_basis=legal_basis.strip(),
            retention_class=retention_class.strip(),
            retention_years=retention_years,
            retention_start=retention_start,
            proposed_by=actor,
        )
        audit_event_record(
            event=DISPOSITION_PROPOSED,
            actor=actor,
            target=disposition,
            context={
                "document": document.pk,
                "action": action,
                "replaced": replaced,
            },
        )
    return disposition


def disposition_propose_bulk(
    *, documents: Iterable[Document], actor: Actor, **proposal: Any
) -> tuple[int, int]:
    """Propose one disposition for many documents; each is still approved alone.

    ``proposal`` holds the other arguments of :func:`disposition_propose`.
    Returns (proposed, skipped): destroyed documents and documents in an
    approved run are skipped.
    """
    proposed = skipped = 0
    for document in documents:
        try:
            disposition_propose(document=document, actor=actor, **proposal)
        except ValidationError as error:
            if getattr(error, "error_dict", None):
                raise  # the input itself is wrong: same for every document
            skipped += 1
        else:
            proposed += 1
    return proposed, skipped


def disposition_decide(
    *, disposition: Disposition, approve: bool, actor: Actor, note: str = ""
) -> Disposition:
    """Approve or reject a proposal; never by the person who proposed it."""
    _require(actor, "disposition.approve", disposition.document)
    with transaction.atomic():
        disposition = Disposition.objects.select_for_update().get(pk=disposition.pk)
        second_person_check(
            disposition.proposed_by_id,
            actor,
            _("You proposed this disposition; another person must decide on it."),
        )
        if disposition.status != DecisionStatus.PROPOSED:
            raise ValidationError(_("This proposal has already been decided."))
        status = DecisionStatus.APPROVED if approve else DecisionStatus.REJECTED
        decision = {"status": status, "decision_note": note.strip()}
        audited_save(
            disposition,
            {**decision, **signed("decided", actor)},
            event=DISPOSITION_DECIDED,
            actor=actor,
            context={
                "document": disposition.document_id,
                "action": disposition.action,
                "status": status,
            },
        )
    return disposition
