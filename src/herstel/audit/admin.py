# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Read-only admin for the audit trail: nothing can be added, changed or deleted."""

from django.contrib import admin

from .models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = (
        "seq",
        "timestamp",
        "actor_label",
        "event",
        "object_type",
        "object_id",
    )
    list_filter = ("event",)

    def has_module_permission(self, request: object) -> bool:
        return bool(
            getattr(request, "user", None) and request.user.has_perm("audit.read_trail")
        )  # type: ignore[attr-defined]

    def has_view_permission(self, request: object, obj: object = None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False
