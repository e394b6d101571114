# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Staff pages: dashboard, worklist, register, a request, its deadline and
the answer files."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.core.lists import list_page
from herstel.core.lists import private_search
from herstel.core.views import attachment as download
from herstel.core.views import form_page
from herstel.core.views import staff_view

from ..constants import Channel
from ..constants import VerificationMethod
from ..forms import ExtendForm
from ..forms import StaffRequestForm
from ..forms import VerifyForm
from ..lists import REQUESTS
from ..models import AccessRequest
from ..models import Attachment
from ..selectors import dashboard_counts
from ..selectors import request_get
from ..selectors import request_list
from ..services import answer_file_read
from ..services import attachment_read
from ..services import request_extend
from ..services import request_submit
from ..services import request_verify
from ..services import verification_invite
from .common import Data
from .common import _detail_context
from .common import _pdf_response
from .common import request_action

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

# Staff ----------------------------------------------------------------------------


@staff_view()
def dashboard(request: AuthenticatedRequest) -> HttpResponse:
    counts, overdue, answered = dashboard_counts(actor=request.user)
    return render(
        request,
        "inquiries/dashboard.html",
        {"counts": counts, "overdue": overdue, "answered": answered},
    )


@login_required
@private_search(REQUESTS)
def worklist(request: AuthenticatedRequest) -> HttpResponse:
    listing = list_page(request, request_list(actor=request.user), REQUESTS)
    return render(
        request,
        "inquiries/worklist.html",
        {"listing": listing, "today": timezone.localdate()},
    )


@staff_view("inquiries.register_request", methods="GET POST")
def register(request: AuthenticatedRequest) -> HttpResponse:
    """Staff enter a request that came by mail, post or at the desk."""
    form = StaffRequestForm(request.POST or None, request.FILES or None)

    def save(data: dict[str, Any]) -> Any:
        original = data.get("original")
        return request_submit(
            campaign=data["campaign"],
            data=form.request_data(),
            channel=Channel(data["channel"]),
            verification_method=VerificationMethod(data["verification_method"]),
            language=data["language"],
            actor=request.user,
            received_on=data["received_on"],
            attachments=[(original.name, original.read())] if original else [],
        )

    return form_page(
        request,
        form,
        "inquiries/register.html",
        save,
        lambda created: redirect("inquiries:detail", reference=created.reference),
        success=lambda created: (
            _("Request %(reference)s is registered.") % {"reference": created.reference}
        ),
    )


@staff_view()
def detail(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    access_request = request_get(actor=request.user, reference=reference)
    return render(
        request, "inquiries/detail.html", _detail_context(request, access_request)
    )


@request_action("inquiries.verify_identity", "identity")
def invite(request: AuthenticatedRequest, item: AccessRequest, _data: Data) -> str:
    verification_invite(request=item, actor=request.user)
    return _("The requester has been asked to verify.")


@request_action("inquiries.verify_identity", "identity", ("verify_form", VerifyForm))
def verify(request: AuthenticatedRequest, item: AccessRequest, data: Data) -> str:
    request_verify(
        request=item,
        actor=request.user,
        method=VerificationMethod(data["method"]),
        document_kind=data["document_kind"],
    )
    return _("The identity is recorded as verified.")


@request_action("inquiries.extend_deadline", "deadline", ("extend_form", ExtendForm))
def extend(request: AuthenticatedRequest, item: AccessRequest, data: Data) -> str:
    request_extend(request=item, actor=request.user, **data)
    return _("The deadline is extended; the requester is told why.")


@staff_view()
def answer_file(
    request: AuthenticatedRequest, reference: str, kind: str
) -> HttpResponse:
    """Staff view of the letter or access copy (audited)."""
    access_request = request_get(actor=request.user, reference=reference)
    data = answer_file_read(request=access_request, kind=kind, actor=request.user)
    return _pdf_response(data, f"{access_request.reference}-{kind}.pdf")


@staff_view()
def attachment(request: AuthenticatedRequest, reference: str, pk: int) -> HttpResponse:
    access_request = request_get(actor=request.user, reference=reference)
    item = get_object_or_404(Attachment, pk=pk, request=access_request)
    name, data = attachment_read(attachment=item, actor=request.user)
    safe = "".join(c for c in name if c.isalnum() or c in "._-") or "bericht"
    return download(data, safe, "application/octet-stream")
