# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The analyst's preview of an access copy: every box with its reason (issue 13).

Kept apart from ``views.py`` so the page moves as one piece. The preview uses
the same plan (:func:`herstel.inquiries.access_copy.plan_access_copy`) the
PDF is burned from. An identifier in a passage about the requester can be
marked "belongs to this subject" from here (audited).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from herstel.core.posted import posted_object
from herstel.core.views import action_run
from herstel.core.views import require_page
from herstel.core.views import staff_view
from herstel.detection.base import Category
from herstel.dossiers.constants import ViewPurpose
from herstel.dossiers.models import Mention
from herstel.dossiers.models import Subject
from herstel.dossiers.services import document_text_read

from .access_copy import ATTRIBUTABLE_CATEGORIES
from .access_copy import PlannedBox
from .access_copy import mention_attribute
from .access_copy import mention_infos
from .access_copy import plan_access_copy
from .answers import access_copy_documents
from .constants import MatchDecision
from .selectors import request_get

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    box: PlannedBox | None = None
    linkable: int | None = None
    """A mention id the analyst may link to the requester."""


def _pieces(
    text: str, boxes: tuple[PlannedBox, ...], linkable: dict[int, tuple[int, int]]
) -> list[_Piece]:
    marks: list[tuple[int, int, PlannedBox | None, int | None]] = [
        (b.start, b.end, b, b.mention_id if b.mention_id in linkable else None)
        for b in boxes
    ]
    pieces: list[_Piece] = []
    position = 0
    for start, end, box, link in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < position:
            continue
        if start > position:
            pieces.append(_Piece(text[position:start]))
        pieces.append(_Piece(text[start:end], box, link))
        position = end
    if position < len(text):
        pieces.append(_Piece(text[position:]))
    return pieces


def _subject_ids(access_request: Any) -> list[int]:
    return list(
        access_request.matches.filter(decision=MatchDecision.MATCH).values_list(
            "subject_id", flat=True
        )
    )


@login_required
@require_GET
def copy_preview(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    """Every document of the access copy with its boxes and their reasons."""
    access_request = request_get(actor=request.user, reference=reference)
    subject_ids = _subject_ids(access_request)
    documents: list[dict[str, Any]] = []
    totals = {"boxes": 0, "kept": 0}
    for document in access_copy_documents(subject_ids=subject_ids):
        text = document_text_read(
            document=document, actor=request.user, purpose=ViewPurpose.ACCESS_REQUEST
        )
        mentions = list(document.mentions.all())
        plan = plan_access_copy(
            text=text, mentions=mention_infos(mentions), own_subject_ids=subject_ids
        )
        linkable = {
            m.pk: (m.start, m.end)
            for m in mentions
            if m.category in ATTRIBUTABLE_CATEGORIES
        }
        totals["boxes"] += len(plan.boxes)
        totals["kept"] += plan.kept
        documents.append(
            {
                "document": document,
                "pieces": _pieces(text, plan.boxes, linkable),
                "boxes": plan.boxes,
                "categories": [
                    str(dict(Category.choices).get(c, c))
                    for c in sorted(plan.own_categories)
                ],
            }
        )
    return render(
        request,
        "inquiries/copy_preview.html",
        {
            "access_request": access_request,
            "documents": documents,
            "totals": totals,
            "subject_ids": subject_ids,
            "can_link": request.user.has_perm("inquiries.decide_match", access_request),
        },
    )


@staff_view(methods="POST")
def copy_link(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    """Mark an identifier "belongs to this subject" (or undo)."""
    access_request = request_get(actor=request.user, reference=reference)
    require_page(request, "inquiries.decide_match", access_request)
    subject_ids = _subject_ids(access_request)
    back = redirect(reverse("inquiries:copy_preview", args=[reference]))
    copy_ids = [d.pk for d in access_copy_documents(subject_ids=subject_ids)]
    mention = posted_object(
        request, "mention", Mention.objects.filter(document_id__in=copy_ids)
    )
    if mention is None:
        messages.error(request, _("Choose an identifier in a document of the copy."))
        return back
    subject = None
    if request.POST.get("link") == "1":
        if not subject_ids:
            raise PermissionDenied
        subject = get_object_or_404(Subject, pk=subject_ids[0])
    action_run(
        request,
        lambda: mention_attribute(mention=mention, subject=subject, actor=request.user),
        success=_("The identifier belongs to the requester and stays readable.")
        if subject
        else _("The identifier is no longer linked to the requester."),
    )
    return back
