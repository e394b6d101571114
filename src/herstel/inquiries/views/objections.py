# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objections and their release."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from herstel.core.views import action_run

from ..forms import (
    ObjectionForm,
    ObjectionReleaseForm,
)
from ..services import (
    objection_register,
    objection_release as release_objection,
)
from .common import (
    _back,
    _invalid,
    _post_action,
)


@login_required
@require_POST
def objection(request: HttpRequest, reference: str) -> HttpResponse:
    access_request = _post_action(request, reference, "inquiries.register_objection")
    form = ObjectionForm(request.POST)
    if not form.is_valid():
        return _invalid(request, access_request, objection_form=form)
    action_run(
        request,
        lambda: objection_register(
            request=access_request,
            actor=request.user,
            received_on=form.cleaned_data["received_on"],
            note=form.cleaned_data["note"],
        ),
        success=_("The objection is registered; the data is on legal hold."),
    )
    return _back(reference, "objection")


@login_required
@require_POST
def objection_release(request: HttpRequest, reference: str) -> HttpResponse:
    """Release a decided objection: the legal holds it placed are lifted."""
    access_request = _post_action(request, reference, "inquiries.register_objection")
    form = ObjectionReleaseForm(request.POST)
    if not form.is_valid():
        return _invalid(request, access_request, release_form=form)
    objection = get_object_or_404(
        access_request.objections, pk=form.cleaned_data["objection"]
    )
    action_run(
        request,
        lambda: release_objection(
            objection=objection, actor=request.user, reason=form.cleaned_data["reason"]
        ),
        success=_("The objection is released; its legal holds are lifted."),
    )
    return _back(reference, "objection")
