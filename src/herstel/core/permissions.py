# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The one permission check of services, selectors and views."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.core.exceptions import PermissionDenied

if TYPE_CHECKING:
    from herstel.core.actor import Viewer

__all__ = ["require"]


def require(actor: Viewer, perm: str, obj: Any = None) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` has the rule ``perm``
    (on ``obj``, for object-level rules); see docs/permissions.md."""
    if not actor.has_perm(perm, obj):
        raise PermissionDenied
