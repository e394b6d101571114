# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import acted
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import choice_field
from herstel.core.model_parts import unique
from herstel.core.models import Decided

from .constants import GrantStatus
from .constants import Role


class User(AbstractUser):
    """A person who logs in. Roles are group memberships (see constants.Role)."""

    Meta = model_meta(
        _("user"),
        _("users"),
        permissions=[("access_admin", _("Can use the administration site"))],
    )


class RoleGrant(Decided):
    """A role that grants access to personal data, asked for in the admin site.

    It takes effect only when a second administrator approves it; nobody
    approves a grant they asked for or one that is for themselves.
    """

    user = part_of(User, "role_grants", _("user"))
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    status = choice_field(_("status"), GrantStatus.PENDING, max_length=16)
    requested_by, requested_at = acted(_("requested by"), _("requested at"))

    Meta = model_meta(
        _("role grant"),
        _("role grants"),
        ordering=("-requested_at",),
        constraints=[
            unique(
                "accounts_rolegrant_one_pending",
                "user",
                "role",
                condition=models.Q(status="pending"),
            )
        ],
    )

    def __str__(self) -> str:
        return f"{self.user_id}:{self.role}:{self.status}"
