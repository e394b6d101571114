# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from datetime import timedelta

from herstel.core.commands import BASE_URL
from herstel.core.commands import argument
from herstel.core.commands import service_command
from herstel.network.services import meeting_reminders_send


def _send(*, base_url: str, hours: int) -> str:
    sent = meeting_reminders_send(base_url=base_url, ahead=timedelta(hours=hours))
    return f"Reminders sent: {sent}"


Command = service_command(
    help="Remind registered members of sessions that start within --hours; each "
    "session's reminder goes once. Run hourly.",
    run=_send,
    arguments=[BASE_URL, argument("--hours", type=int, default=48)],
)
