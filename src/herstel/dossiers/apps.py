# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    name = "herstel.dossiers"
    verbose_name = _("Dossiers")

    def ready(self) -> None:
        from herstel.core.work import registry as work_registry

        from . import permissions  # noqa: F401  (registers)
        from . import upload_task  # noqa: F401  (registers)
        from .selectors import inventory_work_items

        work_registry.add("dossiers", inventory_work_items)
