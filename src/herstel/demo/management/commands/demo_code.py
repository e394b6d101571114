# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from django_otp.plugins.otp_totp.models import TOTPDevice

from herstel.accounts.services import totp_current_code
from herstel.demo.services import require_demo_mode


class Command(BaseCommand):
    help = "Print the current TOTP code of a demo user (demo and development only)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        require_demo_mode()
        device = TOTPDevice.objects.filter(
            user__username=options["username"], confirmed=True, name="demo"
        ).first()
        if device is None:
            raise CommandError("No demo authenticator for this user.")
        self.stdout.write(totp_current_code(device=device))
