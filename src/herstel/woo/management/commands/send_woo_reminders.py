# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from herstel.woo.services import woo_reminders_send


class Command(BaseCommand):
    help = (
        "Mail the analysts a list of open Woo requests due within a week. "
        "Each request is reminded once per due date; run it daily."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--today", type=datetime.date.fromisoformat, default=None, help="YYYY-MM-DD"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        count = woo_reminders_send(today=options["today"])
        self.stdout.write(f"Reminders sent for {count} Woo requests.")
