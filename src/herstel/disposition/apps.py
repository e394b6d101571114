# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DispositionConfig(AppConfig):
    name = "herstel.disposition"
    verbose_name = _("Disposition and destruction")

    def ready(self) -> None:
        from herstel.core.work import registry as work_registry

        from . import audit_events  # noqa: F401  (registers)
        from . import blockers  # noqa: F401  (registers)
        from . import permissions  # noqa: F401  (registers)
        from . import tasks  # noqa: F401  (registers)
        from .selectors import disposition_work_items

        work_registry.add("disposition", disposition_work_items)
