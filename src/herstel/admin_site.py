# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Use the Herstel admin site (role + second factor) as Django's default admin."""

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.base import ModelBase
from django.http import HttpRequest
from django.http import HttpResponse
from django.http import HttpResponseRedirect
from django.urls import reverse

from herstel.accounts.selectors import user_is_verified


class HerstelAdminConfig(AdminConfig):
    default_site = "herstel.admin_site.HerstelAdminSite"


class HerstelAdminSite(admin.AdminSite):
    """The admin site, for the administrator role with a verified second factor."""

    site_header = "Herstel"
    site_title = "Herstel"

    def each_context(self, request: HttpRequest) -> dict[str, object]:
        from herstel.core.identity import organisation_identity

        context = super().each_context(request)
        name = organisation_identity().name
        context["site_header"] = name
        context["site_title"] = name
        return context

    def register(  # type: ignore[override]
        self, model_or_iterable: Any, admin_class: Any = None, **options: Any
    ) -> None:
        """Register as usual; many-to-many fields become checkbox lists (a
        native multi-select needs Ctrl-click, and "Hold down Control" is no
        instruction for a keyboard or touch user)."""
        super().register(model_or_iterable, admin_class, **options)
        models_: Any = (
            [model_or_iterable]
            if isinstance(model_or_iterable, ModelBase)
            else model_or_iterable
        )
        for model in models_:
            model_admin: Any = self._registry.get(model)
            if model_admin is None:  # a swapped model is not registered
                continue
            model_admin.filter_horizontal = ()
            model_admin.filter_vertical = ()
            model_admin.formfield_overrides[models.ManyToManyField] = {
                "widget": forms.CheckboxSelectMultiple
            }

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
