# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Progress updates."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from .. import selectors, services
from ..forms import (
    UpdateForm,
)
from .common import (
    _base_url,
    _data,
    moderator_view,
    network_view,
)

# Progress updates --------------------------------------------------------


@network_view
@require_GET
def update_list(request: HttpRequest) -> HttpResponse:
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
def update_create(request: HttpRequest) -> HttpResponse:
    form = UpdateForm(_data(request))
    if request.method == "POST" and form.is_valid():
        services.update_publish(
            actor=request.user,
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
            group=form.cleaned_data["group"],
            base_url=_base_url(request),
        )
        messages.success(request, _("The update is published."))
        return redirect("network:update_list")
    return render(
        request,
        "network/update_form.html",
        {"form": form},
        status=400 if form.errors else 200,
    )
