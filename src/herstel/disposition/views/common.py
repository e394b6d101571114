# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Helpers shared by the disposition pages."""

from __future__ import annotations

from herstel.core.views import (
    form_errors_add as _errors,  # noqa: F401
    require_page as _require,  # noqa: F401
)

PAGE_SIZE = 50
