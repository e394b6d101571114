# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Redaction (lakken): boxes, approval and the redacted PDF."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from herstel.core.views import attachment
from herstel.core.views import form_action
from herstel.core.views import form_page
from herstel.core.views import staff_view
from herstel.dossiers.constants import ViewPurpose
from herstel.dossiers.models import Document
from herstel.dossiers.selectors import document_get
from herstel.dossiers.services import document_text_read

from .. import services
from ..constants import RedactionStatus
from ..forms import BoxForm
from ..forms import RedactionAddForm
from ..models import Redaction
from ..models import RedactionBoxRecord
from ..selectors import ground_list
from ..services.redaction_gate import redaction_counts
from .common import _require

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

# --- redaction ----------------------------------------------------------------


def _require_redaction_page(request: HttpRequest) -> None:
    user = request.user
    if not (
        user.has_perm("disposition.redact")
        or user.has_perm("disposition.approve_redaction")
    ):
        raise PermissionDenied


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    box: RedactionBoxRecord | None = None


def _pieces(text: str, boxes: list[RedactionBoxRecord]) -> list[_Piece]:
    pieces: list[_Piece] = []
    position = 0
    for box in sorted(boxes, key=lambda b: (b.start, -b.end)):
        if box.start < position or box.end > len(text):
            continue
        if box.start > position:
            pieces.append(_Piece(text[position : box.start]))
        pieces.append(_Piece(text[box.start : box.end], box))
        position = box.end
    if position < len(text):
        pieces.append(_Piece(text[position:]))
    return pieces


def _redaction_context(
    request: AuthenticatedRequest, document: Document, text: str, add_form: Any = None
) -> dict[str, Any]:
    redaction = Redaction.objects.filter(document=document).first()
    boxes = (
        list(redaction.boxes.select_related("ground")) if redaction is not None else []
    )
    grounds = ground_list(actor=request.user, active_only=True)
    user = request.user
    return {
        "document": document,
        "text": text,
        "redaction": redaction,
        "boxes": boxes,
        "pieces": _pieces(text, boxes),
        "grounds": grounds,
        "add_form": add_form or RedactionAddForm(document_text=text, grounds=grounds),
        "can_redact": user.has_perm("disposition.redact") and not document.is_shredded,
        # The redaction gate: the counts the reviewer confirms.
        "counts": redaction_counts(redaction=redaction) if redaction else None,
        "can_approve": redaction is not None
        and redaction.status != RedactionStatus.APPROVED
        and user.has_perm("disposition.approve_redaction")
        and redaction.prepared_by_id != user.pk,
    }


@staff_view(methods="GET POST")
def redaction(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    """A document with its redaction boxes; an analyst prepares and adds boxes."""
    _require_redaction_page(request)
    document = document_get(actor=request.user, reference=reference)
    text = document_text_read(
        document=document, actor=request.user, purpose=ViewPurpose.DISPOSITION
    )
    if request.method == "GET":
        return render(
            request,
            "disposition/redaction.html",
            _redaction_context(request, document, text),
        )
    _require(request, "disposition.redact")
    if request.POST.get("action") == "prepare":
        try:
            services.redaction_prepare(document=document, actor=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect("disposition:redaction", reference=document.reference)
    grounds = ground_list(actor=request.user, active_only=True)
    return form_page(
        request,
        RedactionAddForm(request.POST, document_text=text, grounds=grounds),
        "disposition/redaction.html",
        lambda data: services.redaction_box_add(
            redaction=services.redaction_prepare(document=document, actor=request.user),
            start=data["start"],
            end=data["end"],
            ground=data["ground"],
            actor=request.user,
        ),
        lambda _box: redirect("disposition:redaction", reference=document.reference),
        success=_("The passage will be redacted."),
        context=lambda: _redaction_context(request, document, text),
        form_name="add_form",
    )


@staff_view("disposition.redact", methods="POST")
def redaction_box(
    request: AuthenticatedRequest, reference: str, pk: int
) -> HttpResponse:
    document = document_get(actor=request.user, reference=reference)
    box = get_object_or_404(RedactionBoxRecord, pk=pk, redaction__document=document)
    form_action(
        request,
        BoxForm(request.POST, grounds=ground_list(actor=request.user)),
        lambda data: services.redaction_box_set(box=box, actor=request.user, **data),
        success=_("The box is changed."),
    )
    return redirect(
        reverse("disposition:redaction", args=[document.reference]) + f"#box-{box.pk}"
    )


@staff_view("disposition.approve_redaction", methods="POST")
def redaction_approve(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    document = document_get(actor=request.user, reference=reference)
    current = get_object_or_404(Redaction, document=document)
    try:
        if request.POST.get("confirm") != "1":
            raise ValidationError(
                _("Confirm the counts of candidates, boxes and rejections first.")
            )
        services.redaction_approve(
            redaction=current,
            actor=request.user,
            confirmed_counts=request.POST.get("counts", ""),
        )
    except services.SelfApprovalError as error:
        messages.error(request, str(error))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The redaction is approved; the PDF is made."))
    return redirect("disposition:redaction", reference=document.reference)


@staff_view()
def redaction_pdf(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    _require_redaction_page(request)
    document = document_get(actor=request.user, reference=reference)
    current = get_object_or_404(Redaction, document=document)
    try:
        data = services.redaction_pdf_read(redaction=current, actor=request.user)
    except ValidationError as error:
        raise PermissionDenied from error
    filename = f"{document.reference}-gelakt.pdf"
    return attachment(data, filename, "application/pdf", no_store=True)
