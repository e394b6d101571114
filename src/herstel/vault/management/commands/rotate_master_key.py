# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.core.management.base import BaseCommand

from herstel.vault.services import master_key_rotate


class Command(BaseCommand):
    help = (
        "Re-wrap every data key under HERSTEL_MASTER_KEY. Put the old key in "
        "HERSTEL_PREVIOUS_MASTER_KEYS first; remove it once this has run. "
        "Document content is not re-encrypted."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        result = master_key_rotate()
        self.stdout.write(
            f"Re-wrapped {result.rewrapped} data key(s); "
            f"{result.already_current} were already under the current master key."
        )
