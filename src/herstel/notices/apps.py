# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "herstel.notices"
    verbose_name = _("Informing data subjects")

    def ready(self) -> None:
        from . import audit_events, permissions, tasks  # noqa: F401  (registers)
