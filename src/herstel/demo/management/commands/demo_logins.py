# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.core.management.base import BaseCommand

from herstel.demo.services import demo_logins
from herstel.demo.services import require_demo_mode


class Command(BaseCommand):
    help = "Print the demo logins: user name, password, role and TOTP secret."

    def handle(self, *args: Any, **options: Any) -> None:
        require_demo_mode()
        logins = demo_logins()
        if not logins:
            self.stdout.write("No demo users. Run 'herstel make_demo' first.")
            return
        self.stdout.write("")
        self.stdout.write(
            "Demo logins (fictitious data only) at http://127.0.0.1:8000/"
        )
        self.stdout.write("=" * 72)
        for login in logins:
            self.stdout.write(
                f"{login.role.label:<34} user: {login.username:<10} "
                f"password: {login.password}"
            )
            if login.otpauth_uri:
                self.stdout.write(f"{'':<34} TOTP: {login.otpauth_uri}")
        self.stdout.write("=" * 72)
        self.stdout.write(
            "Add the otpauth:// URI to an authenticator app, or print a current code "
            "with: .venv/bin/herstel demo_code USER"
        )
        self.stdout.write("")
