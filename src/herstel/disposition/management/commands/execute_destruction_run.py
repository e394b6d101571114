# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from herstel.accounts.models import User
from herstel.core.commands import HerstelCommand
from herstel.core.commands import argument
from herstel.core.commands import first_or_error
from herstel.disposition.constants import ItemStatus
from herstel.disposition.models import DestructionRun
from herstel.disposition.services import run_execute


class Command(HerstelCommand):
    help = (
        "Execute an approved destruction run, or resume one that was "
        "interrupted, in this process. Nothing is destroyed twice; blocked "
        "documents are kept and listed on the certificate."
    )

    arguments = (
        argument("reference", help="The run's reference, e.g. VN-1A2B3C4D."),
        argument(
            "--as",
            dest="username",
            required=True,
            help="The user executing the run (an analyst or reviewer); audited.",
        ),
    )

    def handle(self, *args: Any, **options: Any) -> None:
        run = first_or_error(
            DestructionRun.objects.filter(reference=options["reference"]),
            f"No destruction run {options['reference']!r}.",
        )
        actor = first_or_error(
            User.objects.filter(username=options["username"], is_active=True),
            f"No active user {options['username']!r}.",
        )
        try:
            run = run_execute(run=run, actor=actor)
        except PermissionDenied as error:
            raise CommandError("This user may not execute destruction runs.") from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        counts = {status: 0 for status in ItemStatus.values}
        for status in run.items.values_list("status", flat=True):
            counts[status] += 1
        self.stdout.write(
            self.style.SUCCESS(
                f"{run.reference}: {counts[ItemStatus.DESTROYED]} destroyed, "
                f"{counts[ItemStatus.BLOCKED]} blocked, status {run.status}."
            )
        )
