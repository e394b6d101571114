# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Access decorators and form helpers shared by the network views."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.http import HttpResponse
from django.shortcuts import redirect

from herstel.core.views import form_errors_add as _add_errors  # noqa: F401
from herstel.core.views import require_page

if TYPE_CHECKING:
    from herstel.core.actor import AuthenticatedRequest

View = Callable[..., HttpResponse]


def network_view(view: View) -> View:
    """Logged in, and a member who joined or a moderator; else 403.

    Someone with the member role who has not yet given consent is sent to
    the consent page first.
    """

    @login_required
    @wraps(view)
    def wrapper(
        request: AuthenticatedRequest, *args: Any, **kwargs: Any
    ) -> HttpResponse:
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


def _requiring(perm: str, outer: Callable[[View], View]) -> Callable[[View], View]:
    """A decorator: ``outer``'s check, then the rule ``perm`` (else 403)."""

    def decorate(view: View) -> View:
        @outer
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            require_page(request, perm)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


member_view = _requiring("network.participate", network_view)
"""A member who may take part (topics, support, responses, registration)."""

moderator_view = _requiring("network.moderate", login_required)
"""A moderator (logged in, else the login page)."""


def _data(request: HttpRequest) -> Any:
    """Bound form data for a POST (even an empty one), else ``None``."""
    return request.POST if request.method == "POST" else None


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")
