# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bulk review on the document page (issue 13): one spelling at once, undo.

Kept apart from ``views.py``; the document page calls :func:`review_context`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.db.models import Q
from django.db.models.functions import Abs
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from herstel.core.posted import posted_object
from herstel.core.views import action_run
from herstel.core.views import require_page
from herstel.core.views import staff_view

from .constants import MentionStatus
from .models import Document
from .models import Mention
from .models import ReviewBatch
from .review import review_batch_undo
from .review import surface_bulk_decide
from .review import surface_key
from .selectors import document_get

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

UNCERTAIN_AT = 0.5
"""Scores nearest this (the balanced profile's threshold) are reviewed first."""


def review_context(document: Document, mentions: list[Mention], text: str) -> dict:
    """Per mention, how many mentions in the document share its spelling, and
    the document's bulk decisions that can still be undone."""
    keys = {m.pk: (m.category, surface_key(text[m.start : m.end])) for m in mentions}
    per_key = Counter(keys.values())
    return {
        "bulk_counts": {pk: per_key[key] for pk, key in keys.items()},
        "review_batches": list(
            ReviewBatch.objects.filter(
                Q(document__isnull=True) | Q(document=document),
                dossier_id=document.dossier_id,
                undone_at__isnull=True,
            ).order_by("-created_at", "-pk")[:20]
        ),
    }


def _back(document: Document) -> HttpResponse:
    return redirect(reverse("dossiers:document", args=[document.reference]) + "#bulk")


def _reviewable(request: AuthenticatedRequest, reference: str) -> Document:
    """The document whose mentions the user reviews (else 404 or 403)."""
    document = document_get(actor=request.user, reference=reference)
    require_page(request, "dossiers.review_mention", document)
    return document


@staff_view(methods="POST")
def bulk_review(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    """Confirm or reject every occurrence of one spelling, here or in the dossier."""
    document = _reviewable(request, reference)
    status, _sep, scope = request.POST.get("action", "").partition("-")
    mention = posted_object(
        request, "mention", Mention.objects.filter(document=document)
    )
    if mention is None or status not in (
        MentionStatus.CONFIRMED,
        MentionStatus.REJECTED,
    ):
        messages.error(request, _("Choose a mention and what to do with it."))
        return _back(document)
    batch = action_run(
        request,
        lambda: surface_bulk_decide(
            mention=mention, status=status, scope=scope, actor=request.user
        ),
    )
    if batch is None:
        return _back(document)
    count = len(batch.changes)
    if status == MentionStatus.REJECTED:
        text = ngettext(
            "%(count)d occurrence rejected as not personal data; new documents of "
            "this dossier get this spelling pre-rejected.",
            "%(count)d occurrences rejected as not personal data; new documents of "
            "this dossier get this spelling pre-rejected.",
            count,
        )
    else:
        text = ngettext(
            "%(count)d occurrence confirmed.", "%(count)d occurrences confirmed.", count
        )
    messages.success(request, text % {"count": count})
    return _back(document)


@staff_view(methods="POST")
def bulk_undo(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    """Undo one bulk decision of the document or its dossier."""
    document = _reviewable(request, reference)
    batch = posted_object(
        request, "batch", ReviewBatch.objects.filter(dossier_id=document.dossier_id)
    )
    if batch is None:
        messages.error(request, _("This decision cannot be undone here."))
        return _back(document)
    restored = review_batch_undo(batch=batch, actor=request.user)
    messages.success(
        request,
        ngettext(
            "%(count)d mention is back as it was.",
            "%(count)d mentions are back as they were.",
            restored,
        )
        % {"count": restored},
    )
    return _back(document)


QUEUE_SIZE = 50


@login_required
@require_GET
def review_queue(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    """The dossier's unreviewed mentions, most uncertain first (score nearest
    the balanced threshold), with keyboard shortcuts; each document read is
    audited."""
    from herstel.detection.base import Category

    from .selectors import dossier_get
    from .services import document_text_read

    dossier = dossier_get(actor=request.user, slug=slug)
    mentions = list(
        Mention.objects.filter(document__dossier=dossier, status=MentionStatus.PROPOSED)
        .select_related("document")
        .annotate(uncertainty=Abs(F("score") - UNCERTAIN_AT))
        .order_by("uncertainty", "document_id", "start")[:QUEUE_SIZE]
    )
    texts: dict[int, str] = {}
    rows = []
    for mention in mentions:
        if mention.document_id not in texts:
            texts[mention.document_id] = document_text_read(
                document=mention.document, actor=request.user
            )
        rows.append((mention, texts[mention.document_id]))
    return render(
        request,
        "dossiers/review_queue.html",
        {
            "dossier": dossier,
            "rows": rows,
            "remaining": Mention.objects.filter(
                document__dossier=dossier, status=MentionStatus.PROPOSED
            ).count(),
            "labels": dict(Category.choices),
            "can_review": request.user.has_perm("dossiers.review_mention"),
        },
    )
