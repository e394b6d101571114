# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objects and URLs for the permission-matrix test (accounts/tests)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from herstel.core.testing.permissions import matrix_url
from herstel.disposition.models import Ground
from herstel.disposition.services import redaction_approve
from herstel.disposition.services import redaction_box_add
from herstel.disposition.services import redaction_prepare
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.models import StorageLocation
from herstel.dossiers.services import dossier_create

from .factories import analyst
from .factories import executed_run
from .factories import place_hold
from .factories import reviewer
from .factories import store_documents


def disposition_objects() -> dict[str, Any]:
    """A completed run (certificate), an open run with a checklist, a hold."""
    proposer, approver = analyst(), reviewer()
    done = dossier_create(slug="matrix-done", title="Done")
    completed = executed_run(done, 1, proposer, approver)
    open_dossier = dossier_create(slug="matrix-open", title="Open")
    StorageLocation.objects.create(dossier=open_dossier, kind="backup_set", name="B")
    checklist = executed_run(open_dossier, 1, proposer, approver)
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


_ARGS = {
    "disposition:redaction_box": ("redacted", "box"),
    "disposition:certificate": ("completed",),
    "disposition:location_confirm": ("checklist", "check"),
    "disposition:hold_lift": ("hold",),
    "disposition:ground_edit": ("ground",),
    "disposition:dossier": ("slug",),
    "disposition:review": ("slug",),
}


def disposition_url(name: str, objects: dict[str, Any]) -> str:
    if name in _ARGS:
        return matrix_url(name, objects, _ARGS)
    if name.startswith("disposition:redaction"):
        return reverse(name, args=[objects["redacted"]])
    if name.startswith("disposition:run_") or name == "disposition:run":
        return reverse(name, args=[objects["checklist"]])
    return reverse(name)
