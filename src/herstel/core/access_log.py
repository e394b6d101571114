# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""One log line per request without personal data.

The line names the URL pattern (``inquiries:download``), never the path or
query: paths carry download tokens, references and search terms. The request
id matches the audit trail's and the ``X-Request-ID`` header.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.http import HttpRequest
from django.http import HttpResponse

from .context import request_id_var

logger = logging.getLogger("herstel.access")


class AccessLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.monotonic()
        response = self.get_response(request)
        if logger.isEnabledFor(logging.INFO):
            match = getattr(request, "resolver_match", None)
            name = match.view_name if match is not None else "-"
            user = getattr(request, "user", None)
            logger.info(
                "request %s %s %s %.0fms user=%s id=%s",
                request.method,
                name or "-",
                response.status_code,
                (time.monotonic() - started) * 1000,
                getattr(user, "pk", None) or "-",
                request_id_var.get() or "-",
            )
        return response
