# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared pieces of Herstel's management commands.

A command declares its options as data (``arguments``, built with
``argument`` or taken from the shared ones below: ``TODAY``, ``BASE_URL``,
``jobs()``) instead of writing ``add_arguments`` again. Most commands call
one service and print one line: ``service_command`` builds such a command
from its help text, its options and that call, so the command's module holds
only what is its own.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from typing import TypeVar

from django.core.management.base import BaseCommand
from django.core.management.base import CommandError
from django.core.management.base import CommandParser
from django.db.models import Model
from django.db.models import QuerySet

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Argument:
    """One option or positional argument of a command, as ``add_argument``
    takes it."""

    flags: tuple[str, ...]
    options: dict[str, Any] = field(default_factory=dict)


def argument(*flags: str, **options: Any) -> Argument:
    """An ``Argument`` with ``parser.add_argument``'s own signature."""
    return Argument(flags, options)


TODAY = argument(
    "--today", type=datetime.date.fromisoformat, default=None, help="YYYY-MM-DD"
)
"""The day a daily command acts as if it ran on (tests, catching up)."""

BASE_URL = argument(
    "--base-url",
    required=True,
    help="Address of this Herstel, for links, e.g. https://herstel.example.nl",
)
"""Where this Herstel is reached, for the links in the mail a command sends."""


def jobs(help: str = "Worker processes for extraction and detection.") -> Argument:
    """``--jobs``: worker processes, by default one per CPU."""
    return argument("--jobs", type=int, default=os.cpu_count() or 1, help=help)


class HerstelCommand(BaseCommand):
    """A command whose options are the ``arguments`` it declares."""

    arguments: Sequence[Argument] = ()

    def add_arguments(self, parser: CommandParser) -> None:
        for declared in self.arguments:
            parser.add_argument(*declared.flags, **declared.options)


def service_command(
    *,
    help: str,
    run: Callable[..., str],
    arguments: Sequence[Argument] = (),
) -> type[BaseCommand]:
    """A command that calls ``run`` with its declared options as keyword
    arguments (by their ``dest`` names) and prints the line it returns.
    ``run`` raises ``CommandError`` to refuse."""

    class Command(HerstelCommand):
        def add_arguments(self, parser: CommandParser) -> None:
            self.dests = [
                parser.add_argument(*declared.flags, **declared.options).dest
                for declared in self.arguments
            ]

        def handle(self, *args: Any, **options: Any) -> None:
            self.stdout.write(run(**{dest: options[dest] for dest in self.dests}))

    Command.help = help
    Command.arguments = tuple(arguments)
    return Command


def reminders_command(*, send: Callable[..., int], requests: str) -> type[BaseCommand]:
    """The daily command that mails the analysts the open ``requests`` (in
    words: "access requests") due within a week; ``send(today=...)`` sends
    and returns how many requests were reminded."""

    def run(*, today: datetime.date | None) -> str:
        return f"Reminders sent for {send(today=today)} {requests}."

    return service_command(
        help=f"Mail the analysts a list of open {requests} due within a week. "
        "Each request is reminded once per due date; run it daily.",
        run=run,
        arguments=[TODAY],
    )


def first_or_error(queryset: QuerySet[M], message: str) -> M:
    """The first object of ``queryset``, or a ``CommandError`` saying
    ``message`` when there is none."""
    found = queryset.first()
    if found is None:
        raise CommandError(message)
    return found
