# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "herstel.partners"
    verbose_name = _("Partner register")

    def ready(self) -> None:
        from . import audit_events  # noqa: F401  (registers them)
        from . import permissions  # noqa: F401  (registers them)
