# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import uuid
from collections.abc import Callable

from django.http import HttpRequest
from django.http import HttpResponse

from .context import request_id_var


class RequestIdMiddleware:
    """Give each request an id that the audit trail and log lines share."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = uuid.uuid4().hex
        token = request_id_var.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response["X-Request-ID"] = request_id
        return response


class NoStoreForUsersMiddleware:
    """Pages seen by a logged-in user may hold personal data: never cache them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and "Cache-Control" not in response
        ):
            response["Cache-Control"] = "no-store, private"
        return response
