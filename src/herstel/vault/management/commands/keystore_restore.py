# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from pathlib import Path

from django.core.management.base import CommandError

from herstel.core.commands import argument
from herstel.core.commands import service_command
from herstel.vault.services import keystore_restore


def _restore(*, source: Path) -> str:
    if not source.is_file():
        raise CommandError(f"No key-store backup at {source}.")
    removed = keystore_restore(source=source)
    return (
        f"Key store restored. {removed} key(s) shredded since the backup were "
        "removed from it before it went live."
    )


Command = service_command(
    help="Restore a key-store backup. The current shred journal and the audit "
    "trail are replayed onto the copy first, so no shredded key comes back.",
    run=_restore,
    arguments=[argument("source", type=Path)],
)
