# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared by the disposition services."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied


class SelfApprovalError(PermissionDenied):
    """The person who proposed something tried to approve it."""


def _require(actor: Any, permission: str, obj: Any = None) -> None:
    if not actor.has_perm(permission, obj):
        raise PermissionDenied
