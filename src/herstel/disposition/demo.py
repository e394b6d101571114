# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Demo data for disposition: proposals, approvals, a hold and a draft run.

Called by ``make_demo`` after the dossiers are loaded, so a user of
``make run`` can walk through the whole flow. Idempotent: does nothing once
any disposition exists.
"""

from __future__ import annotations

from django.utils import timezone

from herstel.accounts.constants import Role
from herstel.accounts.models import User
from herstel.dossiers.constants import DocumentStatus
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier

from .constants import Action
from .constants import HoldAuthority
from .models import Disposition
from .selectors import disposition_suggest
from .services import disposition_decide
from .services import disposition_propose
from .services import hold_place
from .services import run_prepare

PROPOSALS = 16
APPROVED = 12


def disposition_demo() -> int:
    """Propose dispositions for a dossier's first documents; return how many."""
    if Disposition.objects.exists():
        return 0
    analyst = User.objects.filter(groups__name=Role.ANALYST).first()
    reviewer = User.objects.filter(groups__name=Role.REVIEWER).first()
    dossier = Dossier.objects.order_by("slug").first()
    if analyst is None or reviewer is None or dossier is None:
        return 0
    documents = list(
        Document.objects.filter(
            dossier=dossier, status=DocumentStatus.EXTRACTED
        ).order_by("reference")[:PROPOSALS]
    )
    today = timezone.localdate()
    proposals = []
    for document in documents:
        action = disposition_suggest(document=document).action
        proposals.append(
            disposition_propose(
                document=document,
                action=action,
                reason="Voorstel op basis van de inventarisatie (demo).",
                legal_basis="AVG art. 17 lid 1 sub a"
                if action == Action.DESTROY
                else "Archiefwet art. 3",
                retention_class="1.1.2" if action == Action.REDACT_ARCHIVE else "",
                retention_years=20 if action == Action.REDACT_ARCHIVE else None,
                retention_start=today if action == Action.REDACT_ARCHIVE else None,
                actor=analyst,
            )
        )
    for disposition in proposals[:APPROVED]:
        disposition_decide(disposition=disposition, approve=True, actor=reviewer)
    destroy = [p for p in proposals[:APPROVED] if p.action == Action.DESTROY]
    if destroy:
        hold_place(
            authority=HoldAuthority.OMBUDSMAN,
            reference="NO-2026-0042",
            reason="Onderzoek van de Nationale ombudsman (demo).",
            document=destroy[0].document,
            actor=analyst,
        )
        run_prepare(
            dossier=dossier,
            planned_for=today,
            legal_basis="AVG art. 17 lid 1 sub a",
            actor=analyst,
        )
    return len(proposals)
