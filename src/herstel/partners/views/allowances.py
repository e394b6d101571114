# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy officer's allowed findings of the privacy guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from herstel.core.views import form_page
from herstel.core.views import staff_view

from .. import selectors
from .. import services
from ..forms import AllowanceForm
from ..models import GuardAllowance

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


@staff_view("partners.allow_finding", methods="GET POST")
def allowances(request: AuthenticatedRequest) -> HttpResponse:
    return form_page(
        request,
        AllowanceForm(request.POST or None),
        "partners/allowances.html",
        lambda data: services.allowance_grant(actor=request.user, **data),
        lambda _result: redirect("partners:allowances"),
        success=_("The finding is allowed."),
        context=lambda: {"allowances": selectors.allowance_list(actor=request.user)},
    )


@staff_view("partners.allow_finding", methods="POST")
def allowance_revoke(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    allowance = get_object_or_404(GuardAllowance, pk=pk)
    services.allowance_revoke(actor=request.user, allowance=allowance)
    messages.success(request, _("The allowance is revoked."))
    return redirect("partners:allowances")
