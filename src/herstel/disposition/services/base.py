# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared by the disposition services."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from herstel.core.permissions import require as _require  # noqa: F401  (services use it)


class SelfApprovalError(PermissionDenied):
    """The person who proposed something tried to approve it."""
