# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Use the Herstel admin site (role + second factor) as Django's default admin."""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest


class HerstelAdminConfig(AdminConfig):
    default_site = "herstel.admin_site.HerstelAdminSite"


class HerstelAdminSite(admin.AdminSite):
    """The admin site, for the administrator role with a verified second factor."""

    site_header = "Herstel"
    site_title = "Herstel"

    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return bool(
            user.is_active
            and user.has_perm("accounts.access_admin")
            and user.is_verified()
        )
