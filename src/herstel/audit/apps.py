# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "herstel.audit"
    verbose_name = _("Audit trail")

    def ready(self) -> None:
        # Each app declares its events in audit_events.py; import them explicitly.
        autodiscover_modules("audit_events")
        from . import permissions  # noqa: F401  (registers the rules)
