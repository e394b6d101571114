# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""User administration. Role changes made here are audited like any other."""

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from herstel.audit.admin import AuditedModelAdmin
from herstel.audit.services import audit_event_record

from .audit_events import ROLES_CHANGED
from .models import User


@admin.register(User)
class UserAdmin(AuditedModelAdmin, BaseUserAdmin):
    list_display = ("username", "first_name", "last_name", "is_active", "last_login")
    list_filter = ("is_active", "groups")
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
        (_("Roles"), {"fields": ("is_active", "groups")}),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    readonly_fields = ("last_login", "date_joined")

    def save_related(
        self, request: HttpRequest, form: Any, formsets: Any, change: bool
    ) -> None:
        before = (
            sorted(form.instance.groups.values_list("name", flat=True))
            if change
            else []
        )
        super().save_related(request, form, formsets, change)
        after = sorted(form.instance.groups.values_list("name", flat=True))
        if before != after:
            audit_event_record(
                event=ROLES_CHANGED,
                actor=request.user,
                target=form.instance,
                context={"before": before, "after": after},
            )
