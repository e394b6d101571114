# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Set a user's roles from the server's command line (installation, recovery).

The admin site holds roles that grant access to personal data for a second
administrator's approval; an installation with one administrator gives the
first roles here, where only the server's operator can act. Audited.
"""

from typing import Any

from herstel.accounts.constants import Role
from herstel.accounts.models import User
from herstel.accounts.services import user_roles_set
from herstel.core.commands import HerstelCommand
from herstel.core.commands import argument
from herstel.core.commands import first_or_error


class Command(HerstelCommand):
    help = (
        "Replace a user's roles (audited, without the admin site's approval "
        "step: for the first administrator or recovery by the server operator)."
    )

    arguments = (
        argument("username"),
        argument(
            "roles", nargs="*", choices=[role.value for role in Role], metavar="ROLE"
        ),
    )

    def handle(self, *args: Any, **options: Any) -> None:
        user = first_or_error(
            User.objects.filter(username=options["username"]),
            "No user with that user name.",
        )
        user_roles_set(
            user=user, roles=[Role(role) for role in options["roles"]], actor=None
        )
        self.stdout.write(", ".join(sorted(options["roles"])) or "-")
