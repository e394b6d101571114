# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "herstel.accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from herstel.core.work import registry as work_registry

        from . import permissions  # noqa: F401  (rules; audited login)
        from . import receivers  # noqa: F401  (rules; audited login)
        from .selectors import role_grant_work_items

        work_registry.add("accounts", role_grant_work_items)
