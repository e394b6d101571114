# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError

from herstel.core.commands import HerstelCommand
from herstel.core.commands import argument
from herstel.vault.crypto import MasterKey


class Command(HerstelCommand):
    help = (
        "Print a new random master key for HERSTEL_MASTER_KEY, or with --pkcs11 "
        "create a non-extractable one inside the HSM (HERSTEL_PKCS11_*)."
    )

    requires_system_checks: list[str] = []

    arguments = (
        argument(
            "--pkcs11",
            action="store_true",
            help="Create the key in the PKCS#11 token instead of printing one.",
        ),
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["pkcs11"]:
            self.stdout.write(MasterKey.generate_text())
            return
        if not settings.HERSTEL_PKCS11_MODULE:
            raise CommandError("Set HERSTEL_PKCS11_MODULE (and the token settings).")
        from herstel.vault.hsm import HsmError
        from herstel.vault.hsm import pkcs11_master_key_generate

        try:
            pkcs11_master_key_generate(
                module=settings.HERSTEL_PKCS11_MODULE,
                token_label=settings.HERSTEL_PKCS11_TOKEN,
                pin=settings.HERSTEL_PKCS11_PIN,
                key_label=settings.HERSTEL_PKCS11_KEY_LABEL,
            )
        except HsmError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Created the master key {settings.HERSTEL_PKCS11_KEY_LABEL!r} in "
            f"token {settings.HERSTEL_PKCS11_TOKEN!r}."
        )
