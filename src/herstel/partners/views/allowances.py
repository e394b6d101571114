# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy officer's allowed findings of the privacy guard."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from herstel.core.views import form_page

from .. import selectors, services
from ..forms import (
    AllowanceForm,
)
from ..models import GuardAllowance
from .common import (
    require,
)


@login_required
@require_http_methods(["GET", "POST"])
def allowances(request: HttpRequest) -> HttpResponse:
    require(request, "partners.allow_finding")
    return form_page(
        request,
        AllowanceForm(request.POST or None),
        "partners/allowances.html",
        lambda data: services.allowance_grant(actor=request.user, **data),
        lambda _result: redirect("partners:allowances"),
        success=_("The finding is allowed."),
        context=lambda: {"allowances": selectors.allowance_list(actor=request.user)},
    )


@login_required
@require_POST
def allowance_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    require(request, "partners.allow_finding")
    allowance = get_object_or_404(GuardAllowance, pk=pk)
    services.allowance_revoke(actor=request.user, allowance=allowance)
    messages.success(request, _("The allowance is revoked."))
    return redirect("partners:allowances")
