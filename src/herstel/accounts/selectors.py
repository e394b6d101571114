# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from .constants import STAFF_ROLES, Role


def user_roles(*, user: Any) -> list[Role]:
    """The user's roles, in the order of :class:`Role`."""
    if not user.is_authenticated:
        return []
    names = set(user.groups.values_list("name", flat=True))
    return [role for role in Role if role.value in names]


def user_is_verified(*, user: Any) -> bool:
    """Whether django-otp verified a second factor in this session."""
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


def user_requires_second_factor(*, user: Any) -> bool:
    """Staff roles, Django staff and superusers must verify a second factor."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return any(role in STAFF_ROLES for role in user_roles(user=user))
