# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from herstel.network.services import meeting_reminders_send


class Command(BaseCommand):
    help = (
        "Remind registered members of sessions that start within --hours; each "
        "session's reminder goes once. Run hourly."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--base-url", required=True, help="Address of this Herstel."
        )
        parser.add_argument("--hours", type=int, default=48)

    def handle(self, *args: Any, **options: Any) -> None:
        sent = meeting_reminders_send(
            base_url=options["base_url"], ahead=timedelta(hours=options["hours"])
        )
        self.stdout.write(f"Reminders sent: {sent}")
