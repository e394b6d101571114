# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Staff pages: dashboard, worklist, register, a request, its deadline and
the answer files."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from herstel.core.lists import list_page, private_search
from herstel.core.views import action_run, form_errors_add, require_page

from ..constants import Channel, VerificationMethod
from ..forms import (
    ExtendForm,
    StaffRequestForm,
    VerifyForm,
)
from ..lists import REQUESTS
from ..models import Attachment
from ..selectors import (
    dashboard_counts,
    request_get,
    request_list,
)
from ..services import (
    answer_file_read,
    attachment_read,
    request_extend,
    request_submit,
    request_verify,
    verification_invite,
)
from .common import (
    _back,
    _detail_context,
    _invalid,
    _pdf_response,
    _post_action,
)

# Staff ----------------------------------------------------------------------------


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    counts, overdue, answered = dashboard_counts(actor=request.user)
    return render(
        request,
        "inquiries/dashboard.html",
        {"counts": counts, "overdue": overdue, "answered": answered},
    )


@login_required
@private_search(REQUESTS)
def worklist(request: HttpRequest) -> HttpResponse:
    listing = list_page(request, request_list(actor=request.user), REQUESTS)
    return render(
        request,
        "inquiries/worklist.html",
        {"listing": listing, "today": timezone.localdate()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    """Staff enter a request that came by mail, post or at the desk."""
    require_page(request, "inquiries.register_request")
    form = StaffRequestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        original = form.cleaned_data.get("original")
        attachments = [(original.name, original.read())] if original else []
        try:
            created = request_submit(
                campaign=form.cleaned_data["campaign"],
                data=form.request_data(),
                channel=Channel(form.cleaned_data["channel"]),
                verification_method=VerificationMethod(
                    form.cleaned_data["verification_method"]
                ),
                language=form.cleaned_data["language"],
                actor=request.user,
                received_on=form.cleaned_data["received_on"],
                attachments=attachments,
            )
        except ValidationError as exc:
            form_errors_add(form, exc)
        else:
            messages.success(
                request,
                _("Request %(reference)s is registered.")
                % {"reference": created.reference},
            )
            return redirect("inquiries:detail", reference=created.reference)
    return render(request, "inquiries/register.html", {"form": form})


@login_required
@require_GET
def detail(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = request_get(actor=request.user, reference=reference)
    return render(
        request, "inquiries/detail.html", _detail_context(request, access_request)
    )


@login_required
@require_POST
def invite(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.verify_identity")
    action_run(
        request,
        lambda: verification_invite(request=access_request, actor=request.user),
        success=_("The requester has been asked to verify."),
    )
    return _back(reference, "identity")


@login_required
@require_POST
def verify(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.verify_identity")
    form = VerifyForm(request.POST)
    if not form.is_valid():
        return _invalid(request, access_request, verify_form=form)
    action_run(
        request,
        lambda: request_verify(
            request=access_request,
            actor=request.user,
            method=VerificationMethod(form.cleaned_data["method"]),
            document_kind=form.cleaned_data["document_kind"],
        ),
        success=_("The identity is recorded as verified."),
    )
    return _back(reference, "identity")


@login_required
@require_POST
def extend(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.extend_deadline")
    form = ExtendForm(request.POST)
    if not form.is_valid():
        return _invalid(request, access_request, extend_form=form)
    action_run(
        request,
        lambda: request_extend(
            request=access_request,
            actor=request.user,
            months=form.cleaned_data["months"],
            reason=form.cleaned_data["reason"],
        ),
        success=_("The deadline is extended; the requester is told why."),
    )
    return _back(reference, "deadline")


@login_required
@require_GET
def answer_file(request: HttpRequest, reference: str, kind: str) -> HttpResponse:
    """Staff view of the letter or access copy (audited)."""
    access_request = request_get(actor=request.user, reference=reference)
    data = answer_file_read(request=access_request, kind=kind, actor=request.user)
    return _pdf_response(data, f"{access_request.reference}-{kind}.pdf")


@login_required
@require_GET
def attachment(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    access_request = request_get(actor=request.user, reference=reference)
    item = get_object_or_404(Attachment, pk=pk, request=access_request)
    name, data = attachment_read(attachment=item, actor=request.user)
    response = HttpResponse(data, content_type="application/octet-stream")
    safe = "".join(c for c in name if c.isalnum() or c in "._-") or "bericht"
    response["Content-Disposition"] = f'attachment; filename="{safe}"'
    return response
