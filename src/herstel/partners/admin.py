# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The administrator manages the themes; the register is kept in its own pages."""

from django.contrib import admin

from herstel.audit.admin import AuditedModelAdmin

from .models import Theme


@admin.register(Theme)
class ThemeAdmin(AuditedModelAdmin):
    list_display = ("code", "name_nl", "name_en", "position")
    ordering = ("position", "code")

    def has_delete_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        # A theme in use stays: published overviews and counts refer to it.
        return False
