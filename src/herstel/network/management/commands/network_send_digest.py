# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from herstel.network.services import updates_digest_send


class Command(BaseCommand):
    help = (
        "Mail each member who chose the weekly digest the progress updates they "
        "may see since their last digest. Run weekly (cron or Celery beat)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--base-url",
            required=True,
            help="Address of this Herstel, for links, e.g. https://herstel.example.nl",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        mailed = updates_digest_send(base_url=options["base_url"])
        self.stdout.write(f"Digests mailed: {mailed}")
