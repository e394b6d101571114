# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Progress updates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.http import require_http_methods

from herstel.core.views import form_page

from .. import selectors
from .. import services
from ..forms import UpdateForm
from .common import _base_url
from .common import _data
from .common import moderator_view
from .common import network_view

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

# Progress updates --------------------------------------------------------


@network_view
@require_GET
def update_list(request: AuthenticatedRequest) -> HttpResponse:
    return render(
        request,
        "network/update_list.html",
        {
            "updates": selectors.update_list(actor=request.user)[:50],
            "is_moderator": request.user.has_perm("network.moderate"),
        },
    )


@moderator_view
@require_http_methods(["GET", "POST"])
def update_create(request: AuthenticatedRequest) -> HttpResponse:
    return form_page(
        request,
        UpdateForm(_data(request)),
        "network/update_form.html",
        lambda data: services.update_publish(
            actor=request.user, **data, base_url=_base_url(request)
        ),
        lambda _result: redirect("network:update_list"),
        success=_("The update is published."),
    )
