# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from herstel.vault.services import keystore_restore


class Command(BaseCommand):
    help = (
        "Restore a key-store backup. The current shred journal and the audit "
        "trail are replayed onto the copy first, so no shredded key comes back."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        source: Path = options["source"]
        if not source.is_file():
            raise CommandError(f"No key-store backup at {source}.")
        removed = keystore_restore(source=source)
        self.stdout.write(
            f"Key store restored. {removed} key(s) shredded since the backup were "
            "removed from it before it went live."
        )
