# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "herstel.inquiries"
    verbose_name = _("Access requests")

    def ready(self) -> None:
        from . import audit_events  # noqa: F401  (registers)
        from . import permissions  # noqa: F401  (registers)
        from . import tasks  # noqa: F401  (registers)
        from .blockers import register_with_disposition

        register_with_disposition()
        from herstel.dossiers.selectors import contact_source_register

        from .selectors import subject_request_contact

        contact_source_register(subject_request_contact)
        from herstel.core.work import registry as work_registry

        from .selectors import request_work_items

        work_registry.add("inquiries", request_work_items)
