# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django_otp.plugins.otp_totp.models import TOTPDevice

from herstel.accounts.services import totp_current_code
from herstel.core.commands import HerstelCommand
from herstel.core.commands import argument
from herstel.core.commands import first_or_error
from herstel.demo.services import require_demo_mode


class Command(HerstelCommand):
    help = "Print the current TOTP code of a demo user (demo and development only)."

    arguments = (argument("username"),)

    def handle(self, *args: Any, **options: Any) -> None:
        require_demo_mode()
        device = first_or_error(
            TOTPDevice.objects.filter(
                user__username=options["username"], confirmed=True, name="demo"
            ),
            "No demo authenticator for this user.",
        )
        self.stdout.write(totp_current_code(device=device))
