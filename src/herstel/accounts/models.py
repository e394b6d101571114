# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who logs in. Roles are group memberships (see constants.Role)."""

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [("access_admin", _("Can use the administration site"))]
