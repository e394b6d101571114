# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import datetime

from herstel.core.commands import TODAY, service_command
from herstel.inquiries.services import deadline_reminders_send


def _send(*, today: datetime.date | None) -> str:
    return f"Reminders sent for {deadline_reminders_send(today=today)} requests."


Command = service_command(
    help="Mail the analysts a list of open access requests due within a week. "
    "Each request is reminded once per due date; run it daily.",
    run=_send,
    arguments=[TODAY],
)
