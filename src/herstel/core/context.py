# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Per-request context (request id) available to services without the request."""

from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("herstel_request_id", default="")
