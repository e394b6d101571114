# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The ``herstel`` command: Django's management commands for this project.

Without DJANGO_SETTINGS_MODULE it uses the local development settings, like
``make run``; production sets DJANGO_SETTINGS_MODULE=herstel.conf.production.
``herstel extract`` and ``herstel scan`` need neither settings nor a database.
"""

import os
import sys

PURE_COMMANDS = {"extract", "scan"}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in PURE_COMMANDS:
        # No settings, no database: these work on a bare machine with files.
        from herstel.tools import scan as tools

        sys.exit(getattr(tools, sys.argv[1])(sys.argv[2:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "herstel.conf.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
