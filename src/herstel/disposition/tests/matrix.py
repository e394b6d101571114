# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objects and URLs for the permission-matrix test (accounts/tests)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from herstel.disposition.models import Ground
from herstel.disposition.services import (
    redaction_approve,
    redaction_box_add,
    redaction_prepare,
    run_execute,
)
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention, StorageLocation
from herstel.dossiers.services import dossier_create

from .factories import (
    analyst,
    approve_destroy,
    approved_run,
    place_hold,
    reviewer,
    store_documents,
)


def disposition_objects() -> dict[str, Any]:
    """A completed run (certificate), an open run with a checklist, a hold."""
    proposer, approver = analyst(), reviewer()
    done = dossier_create(slug="matrix-done", title="Done")
    approve_destroy(store_documents(done, 1, proposer), proposer, approver)
    completed = approved_run(done, proposer, approver)
    run_execute(run=completed, actor=proposer)
    open_dossier = dossier_create(slug="matrix-open", title="Open")
    StorageLocation.objects.create(dossier=open_dossier, kind="backup_set", name="B")
    approve_destroy(store_documents(open_dossier, 1, proposer), proposer, approver)
    checklist = approved_run(open_dossier, proposer, approver)
    run_execute(run=checklist, actor=proposer)
    hold = place_hold(proposer, "R-1", dossier=open_dossier)
    redacted = store_documents(open_dossier, 2, proposer)[1]
    # The redaction gate waits for every mention to be reviewed.
    Mention.objects.filter(document=redacted).update(status=MentionStatus.CONFIRMED)
    redaction = redaction_prepare(document=redacted, actor=proposer)
    redaction_approve(redaction=redaction, actor=approver)
    box = redaction_box_add(
        redaction=redaction,
        start=0,
        end=5,
        ground=Ground.objects.first(),
        actor=proposer,
    )
    redaction_approve(redaction=redaction, actor=approver)
    return {
        "redacted": redacted.reference,
        "box": box.pk,
        "completed": completed.reference,
        "checklist": checklist.reference,
        "check": checklist.checks.get().pk,
        "hold": hold.pk,
        "ground": Ground.objects.order_by("pk").first().pk,
        "slug": open_dossier.slug,
    }


def disposition_url(name: str, objects: dict[str, Any]) -> str:
    if name == "disposition:redaction_box":
        return reverse(name, args=[objects["redacted"], objects["box"]])
    if name.startswith("disposition:redaction"):
        return reverse(name, args=[objects["redacted"]])
    if name == "disposition:certificate":
        return reverse(name, args=[objects["completed"]])
    if name == "disposition:location_confirm":
        return reverse(name, args=[objects["checklist"], objects["check"]])
    if name.startswith("disposition:run_") or name == "disposition:run":
        return reverse(name, args=[objects["checklist"]])
    if name == "disposition:hold_lift":
        return reverse(name, args=[objects["hold"]])
    if name == "disposition:ground_edit":
        return reverse(name, args=[objects["ground"]])
    if name in {"disposition:dossier", "disposition:review"}:
        return reverse(name, args=[objects["slug"]])
    return reverse(name)
