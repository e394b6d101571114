# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "herstel.network"
    verbose_name = _("Co-creation network")

    def ready(self) -> None:
        from herstel.core.work import registry as work_registry

        from . import audit_events  # noqa: F401  (registers rules, events)
        from . import permissions  # noqa: F401  (registers rules, events)
        from .selectors import network_work_items

        work_registry.add("network", network_work_items)
