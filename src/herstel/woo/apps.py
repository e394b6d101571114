# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WooConfig(AppConfig):
    name = "herstel.woo"
    verbose_name = _("Woo requests")

    def ready(self) -> None:
        from . import audit_events  # noqa: F401  (registers)
        from . import permissions  # noqa: F401  (registers)
        from . import tasks  # noqa: F401  (registers)
        from .blockers import register_with_disposition

        register_with_disposition()
        from herstel.core.work import registry as work_registry

        from .selectors import woo_work_items

        work_registry.add("woo", woo_work_items)
