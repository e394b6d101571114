# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Test data for dispositions and runs. All names are invented."""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.disposition.constants import Action
from herstel.disposition.constants import DecisionStatus
from herstel.disposition.constants import HoldAuthority
from herstel.disposition.models import DestructionRun
from herstel.disposition.models import Disposition
from herstel.disposition.models import Hold
from herstel.disposition.selectors import run_preview
from herstel.disposition.services import disposition_decide
from herstel.disposition.services import disposition_propose
from herstel.disposition.services import hold_place
from herstel.disposition.services import location_confirm
from herstel.disposition.services import run_approve
from herstel.disposition.services import run_execute
from herstel.disposition.services import run_prepare
from herstel.disposition.services import run_submit
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier
from herstel.dossiers.services import document_store

NAMES = ("Karim Bouzidi", "Jolanda de Wit", "Sevda Yıldız", "Pieter van Dam")


def analyst() -> Any:
    return UserFactory(roles=[Role.ANALYST])


def reviewer() -> Any:
    return UserFactory(roles=[Role.REVIEWER])


def store_documents(dossier: Dossier, count: int, actor: Any) -> list[Document]:
    """Documents that each name one invented person, with their own content."""
    documents = []
    for number in range(count):
        name = NAMES[number % len(NAMES)]
        text = (
            f"Gespreksverslag {number}. Mevrouw {name} uit Tiel belde over haar "
            f"toeslag. Zij heeft BSN 111222333 niet bij de hand.\n"
        )
        documents.append(
            document_store(
                dossier=dossier,
                data=text.encode(),
                filename=f"verslag-{number}.txt",
                actor=actor,
            ).document
        )
    return documents


def approve_destroy(documents: list[Document], proposer: Any, approver: Any) -> None:
    for document in documents:
        disposition = disposition_propose(
            document=document,
            action=Action.DESTROY,
            reason="Existed only to process personal data.",
            legal_basis="AVG art. 17",
            actor=proposer,
        )
        disposition_decide(disposition=disposition, approve=True, actor=approver)


def approve_destroy_in_bulk(
    documents: list[Document],
    proposer: Any,
    approver: Any,
    *,
    reason: str = "Existed only to process personal data.",
) -> None:
    """Approved destroy dispositions for many documents, written directly (no
    service, no audit entries): the set-up of runs over thousands of documents
    (the kill trials, the disposition benchmark)."""
    Disposition.objects.bulk_create(
        (
            Disposition(
                document=document,
                action=Action.DESTROY,
                reason=reason,
                legal_basis="AVG art. 17",
                status=DecisionStatus.APPROVED,
                proposed_by=proposer,
                decided_by=approver,
            )
            for document in documents
        ),
        batch_size=1000,
    )


def approved_run(
    dossier: Dossier,
    proposer: Any,
    approver: Any,
    *,
    legal_basis: str = "b",
    planned_for: datetime.date | None = None,
) -> DestructionRun:
    """A destruction run of ``dossier`` (planned for today unless said),
    prepared and submitted by ``proposer`` and approved by ``approver``."""
    run = run_prepare(
        dossier=dossier,
        planned_for=planned_for or timezone.localdate(),
        legal_basis=legal_basis,
        actor=proposer,
    )
    run_submit(run=run, actor=proposer)
    return run_approve(run=run, actor=approver)


def executed_run(
    dossier: Dossier, count: int, proposer: Any, approver: Any
) -> DestructionRun:
    """A run of ``dossier`` carried out: ``count`` new documents stored in it,
    their destruction proposed by ``proposer`` and approved by ``approver``,
    the run prepared and approved by them and executed by ``proposer``."""
    approve_destroy(store_documents(dossier, count, proposer), proposer, approver)
    run = approved_run(dossier, proposer, approver)
    run_execute(run=run, actor=proposer)
    return run


def locations_confirm(run: DestructionRun, officer: Any, note: str) -> DestructionRun:
    """Every storage location of ``run`` confirmed cleared by J. Beheerder."""
    for check in run.checks.all():
        location_confirm(
            check=check,
            officer_name="J. Beheerder",
            confirmed_on=timezone.localdate(),
            note=note,
            actor=officer,
        )
    run.refresh_from_db()
    return run


def certificate_text(run: DestructionRun) -> str:
    """The text of ``run``'s certificate of destruction, page by page."""
    reader = PdfReader(io.BytesIO(bytes(run.certificate)))
    return "\n".join(page.extract_text() for page in reader.pages)


def place_hold(
    actor: Any,
    reference: str,
    reason: str = "r",
    *,
    authority: str = HoldAuthority.COURT,
    **scope: Any,
) -> Hold:
    """A legal hold (a court's unless said) on ``scope`` (``dossier=``,
    ``document=`` or ``subject=``), placed by ``actor``."""
    return hold_place(
        authority=authority,
        reference=reference,
        reason=reason,
        actor=actor,
        **scope,
    )


@dataclass
class RunSteps:
    """The four-eyes steps of a destruction run taken by two people: the
    ``analyst`` proposes, prepares and previews, the ``reviewer`` approves and
    confirms the storage locations (the ``steps`` fixture)."""

    analyst: Any
    reviewer: Any

    def approve_destroy(self, documents: list[Document]) -> None:
        approve_destroy(documents, self.analyst, self.reviewer)

    def approved_run(self, dossier: Dossier) -> DestructionRun:
        return approved_run(
            dossier, self.analyst, self.reviewer, legal_basis="AVG art. 17 lid 1 sub a"
        )

    def preview(self, run: DestructionRun) -> dict[str, Any]:
        """The blocks of each item of ``run``, by document reference."""
        return {
            row.item.reference: row.blocks
            for row in run_preview(actor=self.analyst, run=run)
        }

    def locations_confirm(self, run: DestructionRun, note: str) -> DestructionRun:
        return locations_confirm(run, self.reviewer, note)
