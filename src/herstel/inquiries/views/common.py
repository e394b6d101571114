# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Helpers shared by the request pages."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.forms import BaseForm
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from herstel.core.views import View
from herstel.core.views import action_run
from herstel.core.views import attachment
from herstel.core.views import error_text as _error_text  # noqa: F401
from herstel.core.views import require_page
from herstel.core.views import staff_view

from ..constants import RequestStatus
from ..forms import ExtendForm
from ..forms import NoteForm
from ..forms import ObjectionForm
from ..forms import ObjectionReleaseForm
from ..forms import VerifyForm
from ..models import AccessRequest
from ..selectors import request_get
from ..selectors import request_matches
from ..services import request_data_read

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

SESSION_REFERENCE = "inquiries_reference"
LINK_SESSION = "inquiries_link_{pk}"
LINK_SESSION_SECONDS = 30 * 60


def _pdf_response(data: bytes, filename: str) -> HttpResponse:
    return attachment(data, filename, "application/pdf", no_store=True)


def _detail_context(
    request: AuthenticatedRequest, access_request: AccessRequest
) -> dict[str, Any]:
    user = request.user
    data = None
    if access_request.destroyed_at is None:
        data = request_data_read(request=access_request, actor=user)
    return {
        "access_request": access_request,
        "data": data,
        "matches": request_matches(actor=user, request=access_request),
        "verifications": access_request.verifications.select_related("verified_by"),
        "attachments": access_request.attachments.all(),
        "answer": getattr(access_request, "answer", None),
        "objections": access_request.objections.all(),
        "verify_form": VerifyForm(),
        "extend_form": ExtendForm(),
        "note_form": NoteForm(),
        "objection_form": ObjectionForm(),
        "release_form": ObjectionReleaseForm(),
        "today": timezone.localdate(),
        "can_approve": user.has_perm("inquiries.approve_answer", access_request),
        "RequestStatus": RequestStatus,
    }


def _post_action(
    request: AuthenticatedRequest, reference: str, perm: str
) -> AccessRequest:
    access_request = request_get(actor=request.user, reference=reference)
    require_page(request, perm, access_request)
    return access_request


def _back(reference: str, anchor: str = "") -> HttpResponse:
    url = reverse("inquiries:detail", kwargs={"reference": reference})
    return redirect(url + (f"#{anchor}" if anchor else ""))


def _invalid(
    request: AuthenticatedRequest, access_request: AccessRequest, **forms: Any
) -> HttpResponse:
    context = _detail_context(request, access_request)
    context.update(forms)
    return render(request, "inquiries/detail.html", context, status=400)


Data = dict[str, Any]
Action = Callable[["AuthenticatedRequest", AccessRequest, Data], str]


def request_action(
    perm: str, anchor: str, form: tuple[str, type[BaseForm]] | None = None
) -> Callable[[Action], View]:
    """A button or small form posted from the request page, declared as the
    function that does it (one service call) and returns its success message.

    The view around it: ``perm`` on the request (else 403), the ``form`` (its
    name on the page and its class) validated, the action called with the
    request, the access request and the cleaned data; back to ``anchor``. An
    invalid form shows the page again (400); a refusal is one message.
    """

    def decorate(action: Action) -> View:
        @staff_view(methods="POST")
        @wraps(action)
        def view(request: AuthenticatedRequest, reference: str) -> HttpResponse:
            access_request = _post_action(request, reference, perm)
            data: Data = {}
            if form is not None:
                name, form_class = form
                bound = form_class(request.POST)
                if not bound.is_valid():
                    return _invalid(request, access_request, **{name: bound})
                data = bound.cleaned_data
            done = action_run(request, lambda: action(request, access_request, data))
            if done:
                messages.success(request, done)
            return _back(reference, anchor)

        return view

    return decorate
