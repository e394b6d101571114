# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "herstel.notices"
    verbose_name = _("Informing data subjects")

    def ready(self) -> None:
        from herstel.core.work import registry as work_registry

        from . import audit_events  # noqa: F401  (registers)
        from . import permissions  # noqa: F401  (registers)
        from . import tasks  # noqa: F401  (registers)
        from .selectors import notice_work_items

        work_registry.add("notices", notice_work_items)
