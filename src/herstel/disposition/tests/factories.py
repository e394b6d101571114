# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Test data for dispositions and runs. All names are invented."""

from __future__ import annotations

from typing import Any

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.disposition.constants import Action
from herstel.disposition.services import disposition_decide, disposition_propose
from herstel.dossiers.models import Document, Dossier
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
