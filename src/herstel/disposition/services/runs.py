# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Destruction runs: prepare, approve, execute (resumable), checklist, certificate."""

from __future__ import annotations

import datetime
import hashlib
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import ContextValue
from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.decisions import second_person_check
from herstel.core.decisions import signed
from herstel.core.progress import progress_report
from herstel.core.service_checks import text_required
from herstel.core.service_steps import locked_in_state
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier
from herstel.dossiers.services import document_destroy

from ..audit_events import RUN_APPROVED
from ..audit_events import RUN_CANCELLED
from ..audit_events import RUN_COMPLETED
from ..audit_events import RUN_DESTROYED
from ..audit_events import RUN_ITEM_BLOCKED
from ..audit_events import RUN_LOCATION_CONFIRMED
from ..audit_events import RUN_PREPARED
from ..audit_events import RUN_SUBMITTED
from ..blockers import registry as blocker_registry
from ..constants import Action
from ..constants import DecisionStatus
from ..constants import ItemStatus
from ..constants import RunStatus
from ..models import DestructionRun
from ..models import LocationCheck
from ..models import RunItem
from .base import _require
from .destruction import items_destroy_group
from .redactions import redaction_shred

if TYPE_CHECKING:
    from herstel.core.actor import Actor

BATCH_SIZE = 200
"""Run items whose blockers are checked in one query round."""

OPEN_RUN_STATUSES = (
    RunStatus.DRAFT,
    RunStatus.SUBMITTED,
    RunStatus.APPROVED,
    RunStatus.EXECUTING,
)


def _run_reference() -> str:
    return "VN-" + secrets.token_hex(4).upper()


def run_prepare(
    *,
    dossier: Dossier,
    planned_for: datetime.date,
    legal_basis: str,
    actor: Actor,
) -> DestructionRun:
    """Collect a dossier's documents approved for destruction into a new run.

    Documents already in another open run are left out. Each of the dossier's
    storage locations becomes a line of the checklist.
    """
    _require(actor, "disposition.prepare_run", dossier)
    text_required(legal_basis, "legal_basis", _("Give the legal basis."))
    with transaction.atomic():
        in_open_runs = RunItem.objects.filter(
            run__status__in=OPEN_RUN_STATUSES, status=ItemStatus.PENDING
        ).values("document_id")
        documents = list(
            Document.objects.filter(
                dossier=dossier,
                shredded_at__isnull=True,
                dispositions__status=DecisionStatus.APPROVED,
                dispositions__action=Action.DESTROY,
            )
            .exclude(pk__in=in_open_runs)
            .order_by("reference")
            .only("pk", "reference", "sha256", "size")
        )
        if not documents:
            raise ValidationError(
                _("No document of this dossier is approved for destruction.")
            )
        run = DestructionRun.objects.create(
            dossier=dossier,
            reference=_run_reference(),
            planned_for=planned_for,
            legal_basis=legal_basis.strip(),
            created_by=actor,
        )
        RunItem.objects.bulk_create(
            [
                RunItem(
                    run=run,
                    document=document,
                    reference=document.reference,
                    sha256=document.sha256,
                    size=document.size,
                )
                for document in documents
            ],
            batch_size=500,
        )
        LocationCheck.objects.bulk_create(
            [
                LocationCheck(
                    run=run, location=location, kind=location.kind, name=location.name
                )
                for location in dossier.locations.all()
            ]
        )
        audit_event_record(
            event=RUN_PREPARED,
            actor=actor,
            target=run,
            context={"dossier": dossier.pk, "documents": len(documents)},
        )
    return run


def _run_locked(run: DestructionRun) -> DestructionRun:
    return DestructionRun.objects.select_for_update().get(pk=run.pk)


def run_submit(*, run: DestructionRun, actor: Actor) -> DestructionRun:
    """Send a draft run to a reviewer for approval (audited); preparers only."""
    _require(actor, "disposition.prepare_run", run)
    with locked_in_state(
        run, RunStatus.DRAFT, _("Only a draft run can be submitted.")
    ) as run:
        audited_save(
            run, {"status": RunStatus.SUBMITTED}, event=RUN_SUBMITTED, actor=actor
        )
    return run


def run_approve(*, run: DestructionRun, actor: Actor) -> DestructionRun:
    """Approve a submitted run; never by the person who prepared it."""
    _require(actor, "disposition.approve_run", run)
    with transaction.atomic():
        run = _run_locked(run)
        second_person_check(
            run.created_by_id,
            actor,
            _("You prepared this run; another person must approve it."),
        )
        if run.status != RunStatus.SUBMITTED:
            raise ValidationError(_("Only a submitted run can be approved."))
        audited_save(
            run,
            {"status": RunStatus.APPROVED, **signed("approved", actor)},
            event=RUN_APPROVED,
            actor=actor,
            context={"documents": run.items.count()},
        )
    return run


def run_cancel(*, run: DestructionRun, actor: Actor) -> DestructionRun:
    """Cancel a run that has not started destroying."""
    if not (
        actor.has_perm("disposition.prepare_run", run)
        or actor.has_perm("disposition.approve_run", run)
    ):
        raise PermissionDenied
    with locked_in_state(
        run,
        (RunStatus.DRAFT, RunStatus.SUBMITTED, RunStatus.APPROVED),
        _("A run that has started cannot be cancelled."),
    ) as run:
        audited_save(
            run, {"status": RunStatus.CANCELLED}, event=RUN_CANCELLED, actor=actor
        )
    return run


def run_execute_check(
    *, run: DestructionRun, actor: Actor, on: datetime.date | None = None
) -> None:
    """Raise unless ``actor`` may execute ``run`` now (approved, date reached)."""
    _require(actor, "disposition.execute_run", run)
    on = on or timezone.localdate()
    if run.status not in (RunStatus.APPROVED, RunStatus.EXECUTING):
        raise ValidationError(_("Only an approved run can be executed."))
    if on < run.planned_for:
        raise ValidationError(
            _("This run may not be executed before %(date)s.")
            % {"date": run.planned_for.isoformat()}
        )


def run_execute(
    *,
    run: DestructionRun,
    actor: Actor,
    on: datetime.date | None = None,
    destroy: Callable[..., Any] = document_destroy,
    batch_size: int | None = None,
) -> DestructionRun:
    """Destroy the run's documents; resumable and idempotent.

    Documents are destroyed in groups of ``batch_size`` (default
    ``HERSTEL_DESTRUCTION_BATCH_SIZE``) with one durable write of each kind per
    group (see :mod:`.destruction`); ``batch_size=1`` (or a custom ``destroy``)
    destroys one document per transaction, the older path. Either way a run
    interrupted at any point continues where it stopped when called again, and
    no document is destroyed twice. Blockers (holds, and whatever other
    contexts register) are checked again at execution: a blocked document
    stays and is listed on the certificate with the reason.
    """
    size = max(1, batch_size or settings.HERSTEL_DESTRUCTION_BATCH_SIZE)
    grouped = size > 1 and destroy is document_destroy
    on = on or timezone.localdate()
    with transaction.atomic():
        run = _run_locked(run)
        if run.status == RunStatus.CHECKLIST and not run.checks.exists():
            # Interrupted between destroying and issuing the certificate.
            _require(actor, "disposition.execute_run", run)
            return _run_complete(run, actor)
        run_execute_check(run=run, actor=actor, on=on)
        if run.status == RunStatus.APPROVED:
            run.status = RunStatus.EXECUTING
            run.started_at = timezone.now()
            run.executed_by = actor
            run.save(update_fields=["status", "started_at", "executed_by"])
    reason = f"run:{run.reference}"
    total = RunItem.objects.filter(run=run).count()
    while True:
        pending = RunItem.objects.filter(run=run, status=ItemStatus.PENDING)
        progress_report(done=total - pending.count(), total=total)
        batch = list(
            RunItem.objects.filter(run=run, status=ItemStatus.PENDING)
            .select_related("document")
            .order_by("pk")[: max(BATCH_SIZE, size)]
        )
        if not batch:
            break
        blocks = blocker_registry.blocks([item.document for item in batch], on)
        free = []
        for item in batch:
            if item.document_id in blocks:
                _item_block(item, blocks[item.document_id], actor)
            elif grouped:
                free.append(item)
            else:
                _item_destroy(item, actor, reason, destroy)
        for start in range(0, len(free), size):
            items_destroy_group(free[start : start + size], actor, reason)
    with transaction.atomic():
        run = _run_locked(run)
        if run.status == RunStatus.EXECUTING:
            destroyed = {"status": RunStatus.CHECKLIST, "destroyed_at": timezone.now()}
            audited_save(
                run,
                destroyed,
                event=RUN_DESTROYED,
                actor=actor,
                context=_run_counts(run),
            )
    if not run.checks.exists():
        run = _run_complete(run, actor)
    return run


def _item_block(item: RunItem, blocks: list[Any], actor: Actor) -> None:
    with transaction.atomic():
        locked = RunItem.objects.select_for_update().get(pk=item.pk)
        if locked.status != ItemStatus.PENDING:
            return
        locked.status = ItemStatus.BLOCKED
        locked.blocked_reasons = [block.as_json() for block in blocks]
        locked.save(update_fields=["status", "blocked_reasons"])
        audit_event_record(
            event=RUN_ITEM_BLOCKED,
            actor=actor,
            target=locked.run,
            context={
                "document": locked.document_id,
                "blockers": sorted({block.blocker for block in blocks}),
            },
        )


def _item_destroy(
    item: RunItem, actor: Actor, reason: str, destroy: Callable[..., Any]
) -> None:
    with transaction.atomic():
        locked = RunItem.objects.select_for_update().get(pk=item.pk)
        if locked.status != ItemStatus.PENDING:
            return
        destroy(document=item.document, actor=actor, reason=reason)
        redaction_shred(document=item.document)
        locked.status = ItemStatus.DESTROYED
        locked.destroyed_at = timezone.now()
        locked.save(update_fields=["status", "destroyed_at"])


def _run_counts(run: DestructionRun) -> dict[str, int]:
    counts = {status: 0 for status in ItemStatus.values}
    for status in run.items.values_list("status", flat=True):
        counts[status] += 1
    return counts


def location_confirm(
    *,
    check: LocationCheck,
    officer_name: str,
    confirmed_on: datetime.date,
    note: str,
    actor: Actor,
) -> LocationCheck:
    """Record that a named officer cleared one storage location; the last one
    to be confirmed completes the run and issues its certificate."""
    _require(actor, "disposition.confirm_location", check.run)
    errors = {}
    if not officer_name.strip():
        errors["officer_name"] = _("Give the name of the officer who did this.")
    if confirmed_on > timezone.localdate():
        errors["confirmed_on"] = _("The date cannot be in the future.")
    if errors:
        raise ValidationError(errors)
    with locked_in_state(
        check.run,
        RunStatus.CHECKLIST,
        _("Storage locations are confirmed after the documents are destroyed."),
    ) as run:
        check = LocationCheck.objects.select_for_update().get(pk=check.pk)
        check.officer_name = officer_name.strip()
        check.confirmed_on = confirmed_on
        check.note = note.strip()
        check.recorded_by = actor
        check.save()
        audit_event_record(
            event=RUN_LOCATION_CONFIRMED,
            actor=actor,
            target=run,
            context={"check": check.pk, "kind": check.kind},
        )
    if all(c.is_confirmed for c in run.checks.all()):
        _run_complete(run, actor)
    return check


def _run_complete(run: DestructionRun, actor: Actor) -> DestructionRun:
    from ..certificate import certificate_render

    with transaction.atomic():
        run = _run_locked(run)
        if run.status != RunStatus.CHECKLIST:
            return run
        run.completed_at = timezone.now()
        pdf = certificate_render(run=run)
        sha256 = hashlib.sha256(pdf).hexdigest()
        completed = {
            "completed_at": run.completed_at,
            "certificate": pdf,
            "certificate_sha256": sha256,
            "status": RunStatus.COMPLETED,
        }
        counts: dict[str, ContextValue] = {**_run_counts(run)}
        counts["certificate_sha256"] = sha256
        audited_save(run, completed, event=RUN_COMPLETED, actor=actor, context=counts)
    return run
