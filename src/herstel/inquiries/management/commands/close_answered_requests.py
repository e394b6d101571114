# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import datetime

from herstel.core.commands import TODAY
from herstel.core.commands import service_command
from herstel.inquiries.services import requests_close_expired
from herstel.inquiries.services import requests_destroy_due


def _close(*, today: datetime.date | None) -> str:
    closed = requests_close_expired(today=today)
    destroyed = requests_destroy_due(today=today)
    return f"Closed {closed} requests; destroyed {destroyed}."


Command = service_command(
    help="Close answered access requests whose objection window has passed, and "
    "destroy the personal data of closed requests (request, messages, "
    "answer) once their campaign's destruction date is reached. Run it daily.",
    run=_close,
    arguments=[TODAY],
)
