# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy officer's allowed findings of the privacy guard."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

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
    form = AllowanceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.allowance_grant(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The finding is allowed."))
            return redirect("partners:allowances")
    return render(
        request,
        "partners/allowances.html",
        {"form": form, "allowances": selectors.allowance_list(actor=request.user)},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def allowance_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    require(request, "partners.allow_finding")
    allowance = get_object_or_404(GuardAllowance, pk=pk)
    services.allowance_revoke(actor=request.user, allowance=allowance)
    messages.success(request, _("The allowance is revoked."))
    return redirect("partners:allowances")
