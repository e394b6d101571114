# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.core.management.base import BaseCommand

from herstel.vault.crypto import MasterKey


class Command(BaseCommand):
    help = "Print a new random master key for HERSTEL_MASTER_KEY."

    requires_system_checks: list[str] = []

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(MasterKey.generate_text())
