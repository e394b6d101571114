# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Access decorators and form helpers shared by the network views."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import (
    PermissionDenied,
)
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from herstel.core.views import (
    form_errors_add as _add_errors,  # noqa: F401
    require_page,
)

View = Callable[..., HttpResponse]


def network_view(view: View) -> View:
    """Logged in, and a member who joined or a moderator; else 403.

    Someone with the member role who has not yet given consent is sent to
    the consent page first.
    """

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if not user.has_perm("network.view"):
            if (
                user.has_perm("network.moderate") is False
                and user.groups.filter(name="network_member").exists()
            ):
                return redirect("network:consent")
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def member_view(view: View) -> View:
    @network_view
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        require_page(request, "network.participate")
        return view(request, *args, **kwargs)

    return wrapper


def moderator_view(view: View) -> View:
    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        require_page(request, "network.moderate")
        return view(request, *args, **kwargs)

    return wrapper


def _data(request: HttpRequest) -> Any:
    """Bound form data for a POST (even an empty one), else ``None``."""
    return request.POST if request.method == "POST" else None


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")
