# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Set a user's roles from the server's command line (installation, recovery).

The admin site holds roles that grant access to personal data for a second
administrator's approval; an installation with one administrator gives the
first roles here, where only the server's operator can act. Audited.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from herstel.accounts.constants import Role
from herstel.accounts.models import User
from herstel.accounts.services import user_roles_set


class Command(BaseCommand):
    help = (
        "Replace a user's roles (audited, without the admin site's approval "
        "step: for the first administrator or recovery by the server operator)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "roles", nargs="*", choices=[role.value for role in Role], metavar="ROLE"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError("No user with that user name.")
        user_roles_set(
            user=user, roles=[Role(role) for role in options["roles"]], actor=None
        )
        self.stdout.write(", ".join(sorted(options["roles"])) or "-")
