# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Objections and their release."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from ..forms import ObjectionForm
from ..forms import ObjectionReleaseForm
from ..services import objection_register
from ..services import objection_release as release_objection
from .common import Data
from .common import request_action

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

    from ..models import AccessRequest


@request_action(
    "inquiries.register_objection", "objection", ("objection_form", ObjectionForm)
)
def objection(request: AuthenticatedRequest, item: AccessRequest, data: Data) -> str:
    objection_register(request=item, actor=request.user, **data)
    return _("The objection is registered; the data is on legal hold.")


@request_action(
    "inquiries.register_objection", "objection", ("release_form", ObjectionReleaseForm)
)
def objection_release(
    request: AuthenticatedRequest, item: AccessRequest, data: Data
) -> str:
    """Release a decided objection: the legal holds it placed are lifted."""
    release_objection(
        objection=get_object_or_404(item.objections, pk=data["objection"]),
        actor=request.user,
        reason=data["reason"],
    )
    return _("The objection is released; its legal holds are lifted.")
