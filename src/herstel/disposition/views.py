# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Disposition pages: thin views over selectors and services.

Pages show document references, never file names or text: deciding a
disposition needs the inventory's counts, and the document itself opens in the
inventory (audited there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from herstel.audit.services import audit_event_record
from herstel.dossiers.constants import SubjectStatus, ViewPurpose
from herstel.dossiers.models import Document, Dossier, Subject
from herstel.dossiers.selectors import document_get, subject_document_ids
from herstel.dossiers.services import document_text_read

from . import services
from .audit_events import CERTIFICATE_DOWNLOADED
from .constants import RedactionStatus, RunStatus
from .forms import (
    BoxForm,
    DecideForm,
    FilterForm,
    GroundForm,
    HoldForm,
    LiftForm,
    LocationForm,
    ProposeForm,
    RedactionAddForm,
    RunForm,
)
from .models import Ground, LocationCheck, Redaction, RedactionBoxRecord
from .selectors import (
    disposition_pending,
    disposition_rows,
    dossier_disposition_documents,
    ground_list,
    hold_get,
    hold_list,
    run_get,
    run_list,
    run_preview,
)
from .services.redaction_gate import redaction_counts

PAGE_SIZE = 50


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _errors(form: Any, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@login_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    _require(request, "disposition.read")
    dossiers = Dossier.objects.order_by("title")
    return render(
        request,
        "disposition/index.html",
        {
            "dossiers": dossiers,
            "runs": run_list(actor=request.user)[:20],
            "holds": hold_list(actor=request.user)[:20],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def dossier(request: HttpRequest, slug: str) -> HttpResponse:
    """A dossier's documents with disposition and suggestion; bulk proposal."""
    _require(request, "disposition.read")
    dossier = get_object_or_404(Dossier, slug=slug)
    filters = FilterForm(request.GET or None)
    category = undecided = None
    if filters.is_valid():
        category = filters.cleaned_data["category"]
        undecided = filters.cleaned_data["undecided"]
    documents = dossier_disposition_documents(
        actor=request.user,
        dossier=dossier,
        only_undecided=bool(undecided),
        category=category or "",
    )
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = disposition_rows(actor=request.user, documents=page)
    query = request.GET.copy()
    query.pop("page", None)
    candidates = Document.objects.filter(dossier=dossier, shredded_at__isnull=True)
    form = ProposeForm(request.POST or None, documents=candidates)
    status = 200
    if request.method == "POST":
        _require(request, "disposition.propose")
        if form.is_valid():
            data = form.cleaned_data
            try:
                proposed, skipped = services.disposition_propose_bulk(
                    documents=data["documents"],
                    action=data["action"],
                    reason=data["reason"],
                    legal_basis=data["legal_basis"],
                    retention_class=data["retention_class"],
                    retention_years=data["retention_years"],
                    retention_start=data["retention_start"],
                    actor=request.user,
                )
            except ValidationError as error:
                _errors(form, error)
            else:
                messages.success(
                    request,
                    _("%(proposed)s proposals recorded, %(skipped)s skipped.")
                    % {"proposed": proposed, "skipped": skipped},
                )
                return redirect("disposition:dossier", slug=dossier.slug)
        status = 400
    return render(
        request,
        "disposition/dossier.html",
        {
            "dossier": dossier,
            "rows": rows,
            "page": page,
            "query": query.urlencode(),
            "form": form,
            "filters": filters,
            "can_propose": request.user.has_perm("disposition.propose"),
            "pending": disposition_pending(actor=request.user, dossier=dossier).count(),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, slug: str) -> HttpResponse:
    """Proposals awaiting a decision; a reviewer approves or rejects them."""
    _require(request, "disposition.read")
    dossier = get_object_or_404(Dossier, slug=slug)
    pending = disposition_pending(actor=request.user, dossier=dossier)
    form = DecideForm(request.POST or None, dispositions=pending)
    status = 200
    if request.method == "POST":
        _require(request, "disposition.approve")
        if form.is_valid():
            decided = refused = 0
            for disposition in form.cleaned_data["dispositions"]:
                try:
                    services.disposition_decide(
                        disposition=disposition,
                        approve=form.cleaned_data["decision"] == "approve",
                        note=form.cleaned_data["note"],
                        actor=request.user,
                    )
                except services.SelfApprovalError:
                    refused += 1
                except ValidationError:
                    refused += 1
                else:
                    decided += 1
            if decided:
                messages.success(
                    request, _("%(count)s proposals decided.") % {"count": decided}
                )
            if refused:
                messages.error(
                    request,
                    _(
                        "%(count)s proposals were not decided: you proposed them "
                        "yourself or they were already decided."
                    )
                    % {"count": refused},
                )
            return redirect("disposition:review", slug=dossier.slug)
        status = 400
    return render(
        request,
        "disposition/review.html",
        {
            "dossier": dossier,
            "pending": pending,
            "form": form,
            "can_approve": request.user.has_perm("disposition.approve"),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def holds(request: HttpRequest) -> HttpResponse:
    _require(request, "disposition.read")
    initial = {}
    subject_shown = None
    if request.method == "GET" and request.GET.get("subject"):
        # From the subject's page: show the number and how many documents the
        # hold would cover; never a name (the subject has none, only mentions).
        number = request.GET["subject"][:20].upper().removeprefix("S-")
        subject_shown = (
            Subject.objects.filter(pk=int(number)).first() if number.isdigit() else None
        )
        if subject_shown is not None:
            initial["subject_reference"] = subject_shown.reference
    form = HoldForm(
        request.POST or None,
        initial=initial,
        dossiers=Dossier.objects.order_by("title"),
        documents=Document.objects.all(),
        subjects=Subject.objects.exclude(status=SubjectStatus.MERGED),
    )
    status = 200
    if request.method == "POST":
        _require(request, "disposition.place_hold")
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.hold_place(
                    authority=data["authority"],
                    reference=data["reference"],
                    reason=data["reason"],
                    dossier=data["dossier"],
                    document=data["document"],
                    subject=data["subject"],
                    starts_on=data["starts_on"],
                    ends_on=data["ends_on"],
                    actor=request.user,
                )
            except ValidationError as error:
                _errors(form, error)
            else:
                messages.success(request, _("The hold is placed."))
                return redirect("disposition:holds")
        status = 400
    return render(
        request,
        "disposition/holds.html",
        {
            "holds": hold_list(actor=request.user, include_lifted=True),
            "form": form,
            "lift_form": LiftForm(),
            "can_hold": request.user.has_perm("disposition.place_hold"),
            "subject_shown": subject_shown,
            "subject_documents": (
                len(
                    subject_document_ids(subject_ids=[subject_shown.pk])[
                        subject_shown.pk
                    ]
                )
                if subject_shown is not None
                else None
            ),
            "can_see_subjects": request.user.has_perm("dossiers.read_inventory"),
        },
        status=status,
    )


@login_required
@require_POST
def hold_lift(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "disposition.place_hold")
    hold = hold_get(actor=request.user, pk=pk)
    form = LiftForm(request.POST)
    if form.is_valid():
        services.hold_lift(
            hold=hold, reason=form.cleaned_data["reason"], actor=request.user
        )
        messages.success(request, _("The hold is lifted."))
    else:
        messages.error(request, _("Give the reason for lifting the hold."))
    return redirect("disposition:holds")


@login_required
@require_http_methods(["GET", "POST"])
def runs(request: HttpRequest) -> HttpResponse:
    _require(request, "disposition.read")
    form = RunForm(request.POST or None, dossiers=Dossier.objects.order_by("title"))
    status = 200
    if request.method == "POST":
        _require(request, "disposition.prepare_run")
        if form.is_valid():
            try:
                run = services.run_prepare(actor=request.user, **form.cleaned_data)
            except ValidationError as error:
                _errors(form, error)
            else:
                messages.success(request, _("The run is prepared. Check the preview."))
                return redirect("disposition:run", reference=run.reference)
        status = 400
    return render(
        request,
        "disposition/runs.html",
        {
            "runs": run_list(actor=request.user),
            "form": form,
            "can_prepare": request.user.has_perm("disposition.prepare_run"),
        },
        status=status,
    )


@login_required
@require_GET
def run(request: HttpRequest, reference: str) -> HttpResponse:
    run = run_get(actor=request.user, reference=reference)
    rows = run_preview(actor=request.user, run=run)
    user = request.user
    return render(
        request,
        "disposition/run.html",
        {
            "run": run,
            "rows": rows,
            "blocked_count": sum(1 for row in rows if row.blocks),
            "checks": run.checks.select_related("recorded_by"),
            "location_form": LocationForm(),
            "can_submit": run.status == RunStatus.DRAFT
            and user.has_perm("disposition.prepare_run"),
            "can_approve": run.status == RunStatus.SUBMITTED
            and user.has_perm("disposition.approve_run")
            and run.created_by_id != user.pk,
            "can_execute": run.status in (RunStatus.APPROVED, RunStatus.EXECUTING)
            and user.has_perm("disposition.execute_run"),
            "can_cancel": run.status
            in (RunStatus.DRAFT, RunStatus.SUBMITTED, RunStatus.APPROVED)
            and (
                user.has_perm("disposition.prepare_run")
                or user.has_perm("disposition.approve_run")
            ),
            "can_confirm": run.status == RunStatus.CHECKLIST
            and user.has_perm("disposition.confirm_location"),
        },
    )


def _run_action(
    request: HttpRequest, reference: str, action: Any, done: str
) -> HttpResponse:
    run = run_get(actor=request.user, reference=reference)
    try:
        action(run=run, actor=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    except services.SelfApprovalError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return redirect("disposition:run", reference=run.reference)


@login_required
@require_POST
def run_submit(request: HttpRequest, reference: str) -> HttpResponse:
    _require(request, "disposition.prepare_run")
    return _run_action(
        request, reference, services.run_submit, _("The run is submitted for approval.")
    )


@login_required
@require_POST
def run_approve(request: HttpRequest, reference: str) -> HttpResponse:
    _require(request, "disposition.approve_run")
    return _run_action(
        request, reference, services.run_approve, _("The run is approved.")
    )


@login_required
@require_POST
def run_execute(request: HttpRequest, reference: str) -> HttpResponse:
    _require(request, "disposition.execute_run")
    from .tasks import run_execute_start

    return _run_action(
        request,
        reference,
        run_execute_start,
        _("The run is executing. Reload this page to follow it."),
    )


@login_required
@require_POST
def run_cancel(request: HttpRequest, reference: str) -> HttpResponse:
    if not (
        request.user.has_perm("disposition.prepare_run")
        or request.user.has_perm("disposition.approve_run")
    ):
        raise PermissionDenied
    return _run_action(
        request, reference, services.run_cancel, _("The run is cancelled.")
    )


@login_required
@require_POST
def location_confirm(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    _require(request, "disposition.confirm_location")
    run = run_get(actor=request.user, reference=reference)
    check = get_object_or_404(LocationCheck, pk=pk, run=run)
    form = LocationForm(request.POST)
    if form.is_valid():
        try:
            services.location_confirm(
                check=check, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The storage location is confirmed."))
    else:
        for field_errors in form.errors.values():
            for text in field_errors:
                messages.error(request, str(text))
    return redirect("disposition:run", reference=run.reference)


@login_required
@require_GET
def certificate(request: HttpRequest, reference: str) -> HttpResponse:
    run = run_get(actor=request.user, reference=reference)
    if run.status != RunStatus.COMPLETED or not run.certificate:
        raise PermissionDenied
    audit_event_record(
        event=CERTIFICATE_DOWNLOADED,
        actor=request.user,
        target=run,
        context={"sha256": run.certificate_sha256},
    )
    response = HttpResponse(bytes(run.certificate), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="proces-verbaal-{run.reference}.pdf"'
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def grounds(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """The list of redaction grounds; the privacy officer adds and edits."""
    _require(request, "disposition.read")
    ground = get_object_or_404(Ground, pk=pk) if pk else None
    initial = None
    if ground is not None:
        initial = {
            "code": ground.code,
            "article": ground.article,
            "description": ground.description,
            "categories": ground.categories,
            "active": ground.active,
            "position": ground.position,
        }
    form = GroundForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        _require(request, "disposition.manage_grounds")
        if form.is_valid():
            try:
                services.ground_save(
                    actor=request.user, ground=ground, **form.cleaned_data
                )
            except ValidationError as error:
                _errors(form, error)
            else:
                messages.success(request, _("The ground is saved."))
                return redirect("disposition:grounds")
        status = 400
    return render(
        request,
        "disposition/grounds.html",
        {
            "grounds": ground_list(actor=request.user),
            "form": form,
            "ground": ground,
            "can_manage": request.user.has_perm("disposition.manage_grounds"),
        },
        status=status,
    )


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
    request: HttpRequest, document: Document, text: str, add_form: Any = None
) -> dict[str, Any]:
    redaction = Redaction.objects.filter(document=document).first()
    boxes = (
        list(redaction.boxes.select_related("ground")) if redaction is not None else []
    )
    grounds = ground_list(actor=request.user, active_only=True)
    user = request.user
    return {
        "document": document,
        "redaction": redaction,
        "boxes": boxes,
        "pieces": _pieces(text, boxes),
        "grounds": grounds,
        "add_form": add_form or RedactionAddForm(document_text=text, grounds=grounds),
        "can_redact": user.has_perm("disposition.redact") and not document.is_shredded,
        # Issue 13 gate: the counts the reviewer confirms.
        "counts": redaction_counts(redaction=redaction) if redaction else None,
        "can_approve": redaction is not None
        and redaction.status != RedactionStatus.APPROVED
        and user.has_perm("disposition.approve_redaction")
        and redaction.prepared_by_id != user.pk,
    }


@login_required
@require_http_methods(["GET", "POST"])
def redaction(request: HttpRequest, reference: str) -> HttpResponse:
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
    form = RedactionAddForm(request.POST, document_text=text, grounds=grounds)
    if form.is_valid():
        try:
            current = services.redaction_prepare(document=document, actor=request.user)
            services.redaction_box_add(
                redaction=current,
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
                ground=form.cleaned_data["ground"],
                actor=request.user,
            )
        except ValidationError as error:
            _errors(form, error)
        else:
            messages.success(request, _("The passage will be redacted."))
            return redirect("disposition:redaction", reference=document.reference)
    return render(
        request,
        "disposition/redaction.html",
        _redaction_context(request, document, text, add_form=form),
        status=400,
    )


@login_required
@require_POST
def redaction_box(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    _require(request, "disposition.redact")
    document = document_get(actor=request.user, reference=reference)
    box = get_object_or_404(RedactionBoxRecord, pk=pk, redaction__document=document)
    form = BoxForm(request.POST, grounds=ground_list(actor=request.user))
    if form.is_valid():
        services.redaction_box_set(
            box=box,
            included=form.cleaned_data["included"],
            ground=form.cleaned_data["ground"],
            actor=request.user,
        )
        messages.success(request, _("The box is changed."))
    return redirect(
        reverse("disposition:redaction", args=[document.reference]) + f"#box-{box.pk}"
    )


@login_required
@require_POST
def redaction_approve(request: HttpRequest, reference: str) -> HttpResponse:
    _require(request, "disposition.approve_redaction")
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


@login_required
@require_GET
def redaction_pdf(request: HttpRequest, reference: str) -> HttpResponse:
    _require_redaction_page(request)
    document = document_get(actor=request.user, reference=reference)
    current = get_object_or_404(Redaction, document=document)
    try:
        data = services.redaction_pdf_read(redaction=current, actor=request.user)
    except ValidationError as error:
        raise PermissionDenied from error
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{document.reference}-gelakt.pdf"'
    )
    response["Cache-Control"] = "no-store"
    return response
