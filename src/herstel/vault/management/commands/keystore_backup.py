# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from pathlib import Path

from herstel.core.commands import argument
from herstel.core.commands import service_command
from herstel.vault.services import keystore_backup


def _backup(*, destination: Path) -> str:
    count = keystore_backup(destination=destination)
    return f"Key store backed up: {count} data keys."


Command = service_command(
    help="Write a consistent copy of the key store (wrapped data keys only) to "
    "FILE. Keep it apart from database and blob backups, with a short retention.",
    run=_backup,
    arguments=[argument("destination", type=Path)],
)
