# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from herstel.core.commands import service_command
from herstel.vault.services import master_key_rotate


def _rotate() -> str:
    result = master_key_rotate()
    return (
        f"Re-wrapped {result.rewrapped} data key(s); "
        f"{result.already_current} were already under the current master key."
    )


Command = service_command(
    help="Re-wrap every data key under HERSTEL_MASTER_KEY. Put the old key in "
    "HERSTEL_PREVIOUS_MASTER_KEYS first; remove it once this has run. "
    "Document content is not re-encrypted.",
    run=_rotate,
)
