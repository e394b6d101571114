# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objections and their release."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from herstel.core.views import staff_view

from ..forms import ObjectionForm, ObjectionReleaseForm
from ..services import objection_register, objection_release as release_objection
from .common import _detail_post

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest


@staff_view(methods="POST")
def objection(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    return _detail_post(
        request,
        reference,
        "inquiries.register_objection",
        lambda access_request, data: objection_register(
            request=access_request, actor=request.user, **data
        ),
        success=_("The objection is registered; the data is on legal hold."),
        anchor="objection",
        form=("objection_form", ObjectionForm),
    )


@staff_view(methods="POST")
def objection_release(request: AuthenticatedRequest, reference: str) -> HttpResponse:
    """Release a decided objection: the legal holds it placed are lifted."""
    return _detail_post(
        request,
        reference,
        "inquiries.register_objection",
        lambda access_request, data: release_objection(
            objection=get_object_or_404(
                access_request.objections, pk=data["objection"]
            ),
            actor=request.user,
            reason=data["reason"],
        ),
        success=_("The objection is released; its legal holds are lifted."),
        anchor="objection",
        form=("release_form", ObjectionReleaseForm),
    )
