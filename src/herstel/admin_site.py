# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Use the Herstel admin site (role + second factor) as Django's default admin."""

from urllib.parse import urlencode

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from herstel.accounts.selectors import user_is_verified


class HerstelAdminConfig(AdminConfig):
    default_site = "herstel.admin_site.HerstelAdminSite"


class HerstelAdminSite(admin.AdminSite):
    """The admin site, for the administrator role with a verified second factor."""

    site_header = "Herstel"
    site_title = "Herstel"

    def login(self, request: HttpRequest, extra_context: object = None) -> HttpResponse:
        """One login for everything: password, then the second factor.

        A signed-in, verified user without the administrator role gets 403: sending
        them to the login again would loop (login → verify → admin → login …).
        """
        user = request.user
        if user.is_authenticated and user_is_verified(user=user):
            if not self.has_permission(request):
                raise PermissionDenied
            return HttpResponseRedirect(reverse("admin:index"))
        target = request.GET.get("next") or reverse("admin:index")
        return HttpResponseRedirect(
            reverse("accounts:login") + "?" + urlencode({"next": target})
        )

    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return bool(
            user.is_active
            and user.has_perm("accounts.access_admin")
            and user_is_verified(user=user)
        )
