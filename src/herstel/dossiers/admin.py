# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Administrators manage dossiers and locations; never document content."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from herstel.audit.admin import AuditedModelAdmin
from herstel.audit.audit_events import OBJECT_CHANGED
from herstel.audit.services import audit_event_record
from herstel.extraction.file_types import file_type_label

from .models import Document
from .models import Dossier
from .models import StorageLocation


class StorageLocationInline(admin.StackedInline):
    """Stacked: every field has its own label and help text (a tabular
    inline names its inputs only by column headers, issue 16)."""

    model = StorageLocation
    extra = 0


@admin.register(Dossier)
class DossierAdmin(AuditedModelAdmin):
    list_display = ("title", "slug", "created_at")
    prepopulated_fields = {"slug": ("title",)}
    search_fields = ("title", "slug")
    inlines = [StorageLocationInline]

    def save_formset(self, request, form, formset, change) -> None:  # type: ignore[no-untyped-def]
        super().save_formset(request, form, formset, change)
        if formset.has_changed():
            audit_event_record(
                event=OBJECT_CHANGED,
                actor=request.user,
                target=form.instance,
                context={"storage_locations": len(formset.forms)},
            )


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = (
        "reference",
        "dossier",
        "status",
        "file_type",
        "size",
        "created_at",
    )
    list_filter = ("status", "dossier")
    search_fields = ("reference", "sha256")
    fields = (
        "reference",
        "dossier",
        "status",
        "file_type",
        "media_type",
        "size",
        "sha256",
        "text_length",
        "failure_code",
        "created_at",
        "shredded_at",
    )
    readonly_fields = fields

    @admin.display(description=_("file type"), ordering="media_type")
    def file_type(self, document: Document) -> str:
        return file_type_label(document.media_type)

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        # Documents go only through a destruction (shred), never a row delete.
        return False
