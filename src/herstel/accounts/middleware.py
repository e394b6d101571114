# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Staff must verify a TOTP code after the password before anything else.

No setting turns this off: production refuses to start without it.
"""

from collections.abc import Callable
from urllib.parse import urlencode

from django.http import HttpRequest
from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import Resolver404
from django.urls import resolve
from django.urls import reverse

from .selectors import user_is_verified
from .selectors import user_requires_second_factor

# URL names reachable between password and second factor.
OPEN_URL_NAMES = frozenset(
    {
        "accounts:login",
        "accounts:logout",
        "accounts:verify",
        "accounts:setup",
        "set_language",
        "switch_language",
        "brand_theme",
        "brand_logo",
        "brand_favicon",
        "favicon",
    }
)


class RequireSecondFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not user_is_verified(user=user)
            and user_requires_second_factor(user=user)
            and not self._is_open(request)
        ):
            target = reverse("accounts:verify")
            if request.method == "GET":
                target += "?" + urlencode({"next": request.get_full_path()})
            response = HttpResponseRedirect(target)
            if getattr(request, "htmx", False):
                response["HX-Redirect"] = target
            return response
        return self.get_response(request)

    @staticmethod
    def _is_open(request: HttpRequest) -> bool:
        if request.path.startswith("/static/"):
            return True
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return True  # a 404 page leaks nothing
        return match.view_name in OPEN_URL_NAMES
