# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Celery tasks of the inventory: primary keys in, one service call, idempotent."""

from __future__ import annotations

from celery import shared_task

from herstel.accounts.models import User

from .models import Document
from .services import document_analyse


@shared_task(soft_time_limit=300, time_limit=360, acks_late=True)
def document_analyse_task(document_pk: int, actor_pk: int | None) -> str:
    """Extract and scan one stored document; does nothing if already done."""
    document = Document.objects.get(pk=document_pk)
    actor = User.objects.filter(pk=actor_pk).first() if actor_pk else None
    return str(document_analyse(document=document, actor=actor).status)
