# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from herstel.vault.services import keystore_backup


class Command(BaseCommand):
    help = (
        "Write a consistent copy of the key store (wrapped data keys only) to FILE. "
        "Keep it apart from database and blob backups, with a short retention."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("destination", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        count = keystore_backup(destination=options["destination"])
        self.stdout.write(f"Key store backed up: {count} data keys.")
