# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from herstel.inquiries.services import requests_close_expired, requests_destroy_due


class Command(BaseCommand):
    help = (
        "Close answered access requests whose objection window has passed, and "
        "destroy the personal data of closed requests (request, messages, "
        "answer) once their campaign's destruction date is reached. Run it daily."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--today", type=datetime.date.fromisoformat, default=None, help="YYYY-MM-DD"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        closed = requests_close_expired(today=options["today"])
        destroyed = requests_destroy_due(today=options["today"])
        self.stdout.write(f"Closed {closed} requests; destroyed {destroyed}.")
