# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Admin: every change made there is audited; the audit trail itself is read-only."""

from typing import Any

from django.contrib import admin
from django.db import models
from django.forms import ModelForm
from django.http import HttpRequest

from herstel.core.actor import request_actor

from .audit_events import OBJECT_CHANGED
from .audit_events import OBJECT_CREATED
from .audit_events import OBJECT_DELETED
from .models import AuditEvent
from .services import audit_event_record


class AuditedModelAdmin(admin.ModelAdmin):
    """Records creates, changes (field names, never values) and deletes."""

    def save_model(
        self, request: HttpRequest, obj: models.Model, form: ModelForm, change: bool
    ) -> None:
        super().save_model(request, obj, form, change)
        audit_event_record(
            event=OBJECT_CHANGED if change else OBJECT_CREATED,
            actor=request_actor(request),
            target=obj,
            context={"fields": sorted(form.changed_data)},
        )

    def delete_model(self, request: HttpRequest, obj: models.Model) -> None:
        target = (obj._meta.label_lower, str(obj.pk))
        super().delete_model(request, obj)
        audit_event_record(
            event=OBJECT_DELETED, actor=request_actor(request), target=target
        )

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        targets = [(obj._meta.label_lower, str(obj.pk)) for obj in queryset]
        super().delete_queryset(request, queryset)
        for target in targets:
            audit_event_record(
                event=OBJECT_DELETED, actor=request_actor(request), target=target
            )


class NoEditModelAdmin(admin.ModelAdmin):
    """An admin that lists and shows rows but never adds, changes or deletes one
    (the rows change only through services, e.g. an admin action)."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(NoEditModelAdmin):
    """Nobody adds, changes or deletes audit entries; the database refuses it too."""

    list_display = (
        "seq",
        "timestamp",
        "actor_label",
        "event",
        "object_type",
        "object_id",
    )

    def has_module_permission(self, request: HttpRequest) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
