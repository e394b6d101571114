# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _keystore_ready() -> None:
    from .services import keystore_get

    keystore_get().count()


def _storage_ready() -> None:
    from .services import blob_storage

    # A name that is never stored: a stat on disk, a HEAD request on S3.
    blob_storage().exists("health-probe/absent")


class VaultConfig(AppConfig):
    name = "herstel.vault"
    verbose_name = _("Encrypted storage")

    def ready(self) -> None:
        from herstel.core.health import readiness_check_register

        readiness_check_register("keystore", _keystore_ready)
        readiness_check_register("storage", _storage_ready)
