# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "herstel.reports"
    verbose_name = _("Reports")

    def ready(self) -> None:
        from herstel.disposition.selectors import disposition_report_figures
        from herstel.inquiries.selectors import request_report_figures
        from herstel.notices.selectors import notices_report_figures

        from . import permissions  # noqa: F401  (registers the rules, the task)
        from . import tasks  # noqa: F401  (registers the rules, the task)
        from .registry import registry

        registry.register(
            "disposition", _("Disposition and destruction"), disposition_report_figures
        )
        registry.register(
            "requests",
            _("Citizens' access requests"),
            request_report_figures,
            by_campaign=True,
        )
        registry.register(
            "notices",
            _("Informing data subjects"),
            notices_report_figures,
            by_campaign=True,
        )
