# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Test data for Woo requests. All names are invented."""

from __future__ import annotations

import datetime
from typing import Any

from herstel.disposition.tests.factories import analyst
from herstel.disposition.tests.factories import reviewer
from herstel.disposition.tests.factories import store_documents
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Document
from herstel.dossiers.models import Mention
from herstel.dossiers.services import dossier_create
from herstel.woo.models import WooRequest
from herstel.woo.services import Requester
from herstel.woo.services import woo_request_register
from herstel.woo.services import woo_scope_add

__all__ = ["analyst", "documents_reviewed", "reviewer", "woo_request"]

REQUESTER = "Fictieve Journalist Marloes Verhoef"


def documents_reviewed(slug: str, count: int, actor: Any) -> list[Document]:
    """Documents naming invented persons, every mention confirmed."""
    dossier = dossier_create(slug=slug, title=slug.title())
    documents = store_documents(dossier, count, actor)
    Mention.objects.filter(document__in=documents).update(
        status=MentionStatus.CONFIRMED
    )
    return documents


def woo_request(
    actor: Any,
    documents: list[Document] | None = None,
    received_on: datetime.date | None = None,
) -> WooRequest:
    request = woo_request_register(
        received_on=received_on or datetime.date.today(),
        subject="Notities over het overleg met de gemeente",
        requester=Requester(name=REQUESTER, email="pers@example.org"),
        actor=actor,
    )
    if documents:
        woo_scope_add(request=request, documents=documents, actor=actor)
    return request
