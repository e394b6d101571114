# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The ``herstel`` command: Django's management commands for this project.

Without DJANGO_SETTINGS_MODULE it uses the local development settings, like
``make run``; production sets DJANGO_SETTINGS_MODULE=herstel.conf.production.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "herstel.conf.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
