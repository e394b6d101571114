# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads of the inventory, permission-checked by actor."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404

from .constants import DocumentStatus
from .models import Document, Dossier


def dossier_list(*, actor: Any) -> QuerySet[Dossier]:
    if not actor.has_perm("dossiers.read_inventory"):
        raise PermissionDenied
    return Dossier.objects.annotate(
        document_count=Count("documents"),
        shredded_count=Count(
            "documents", filter=Q(documents__status=DocumentStatus.SHREDDED)
        ),
        failed_count=Count(
            "documents", filter=Q(documents__status=DocumentStatus.FAILED)
        ),
    )


def dossier_get(*, actor: Any, slug: str) -> Dossier:
    if not actor.has_perm("dossiers.read_inventory"):
        raise PermissionDenied
    return get_object_or_404(Dossier, slug=slug)


def document_list(*, actor: Any, dossier: Dossier) -> QuerySet[Document]:
    if not actor.has_perm("dossiers.read_inventory", dossier):
        raise PermissionDenied
    return dossier.documents.order_by("reference")


def document_get(*, actor: Any, reference: str) -> Document:
    document = get_object_or_404(
        Document.objects.select_related("dossier"), reference=reference
    )
    if not actor.has_perm("dossiers.read_document", document):
        raise PermissionDenied
    return document
