# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared by the disposition services."""

from __future__ import annotations

from herstel.core.decisions import SelfApprovalError  # noqa: F401  (re-exported)
from herstel.core.permissions import require as _require  # noqa: F401  (services use it)
