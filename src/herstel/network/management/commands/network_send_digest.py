# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from herstel.core.commands import BASE_URL
from herstel.core.commands import service_command
from herstel.network.services import updates_digest_send


def _send(*, base_url: str) -> str:
    return f"Digests mailed: {updates_digest_send(base_url=base_url)}"


Command = service_command(
    help="Mail each member who chose the weekly digest the progress updates they "
    "may see since their last digest. Run weekly (cron or Celery beat).",
    run=_send,
    arguments=[BASE_URL],
)
