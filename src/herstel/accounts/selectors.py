# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors

from __future__ import annotations

from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils.translation import gettext as _

from herstel.core.work import WorkItem

from .constants import STAFF_ROLES
from .constants import GrantStatus
from .constants import Role

if TYPE_CHECKING:
    from herstel.core.actor import Actor
    from herstel.core.actor import Viewer


def user_roles(*, user: Viewer) -> list[Role]:
    """The user's roles, in the order of :class:`Role`."""
    if not user.is_authenticated:
        return []
    names = set(user.groups.values_list("name", flat=True))
    return [role for role in Role if role.value in names]


def user_is_verified(*, user: Viewer) -> bool:
    """Whether django-otp verified a second factor in this session."""
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


def user_start_page(*, user: Viewer) -> str:
    """Where a login lands: "Mijn werk" for staff roles, else the home page."""
    if any(role in STAFF_ROLES for role in user_roles(user=user)):
        return reverse("work")
    return reverse("home")


def user_requires_second_factor(*, user: Viewer) -> bool:
    """Staff roles, Django staff and superusers must verify a second factor."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return any(role in STAFF_ROLES for role in user_roles(user=user))


def role_grant_work_items(actor: Actor) -> list[WorkItem]:
    """ "Mijn werk" for administrators: role grants another administrator asked
    for (nobody decides their own request or a grant for themselves)."""
    if not actor.has_perm("accounts.decide_role_grant"):
        return []
    # Imported here: the admin site imports this module before apps are ready.
    from .models import RoleGrant

    waiting = (
        RoleGrant.objects.filter(status=GrantStatus.PENDING)
        .exclude(requested_by=actor)
        .exclude(user=actor)
    )
    return [
        WorkItem(
            section="approve",
            label=str(_("Role grants to approve")),
            count=waiting.count(),
            url=reverse("admin:accounts_rolegrant_changelist") + "?status=pending",
        )
    ]
