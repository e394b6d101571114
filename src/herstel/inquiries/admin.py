# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Administrators manage campaigns; requests hold personal data and stay out."""

from django.contrib import admin

from herstel.audit.admin import AuditedModelAdmin

from .models import Campaign


@admin.register(Campaign)
class CampaignAdmin(AuditedModelAdmin):
    list_display = ("title", "opens_on", "closes_on", "destruction_from")
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("dossiers",)
