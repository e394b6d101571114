# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "herstel.accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from . import permissions, receivers  # noqa: F401  (rules; audited login)
