# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Sections of the report to Parliament, contributed by each context.

A section is a function ``(since, until) -> list[Figure]`` computed from the
audit trail. Disposition registers its own here; the requests context adds
requests received, verified, answered on time, extended and objections, and
the notices context subjects informed personally or by a generic notice, each
from their ``apps.ready()``::

    from herstel.reports.registry import registry
    registry.register("requests", _("Citizens' requests"), request_report_figures)
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise

SectionFunction = Callable[..., list[Any]]


@dataclass(frozen=True, slots=True)
class Section:
    identifier: str
    title: str | Promise
    figures: SectionFunction


class SectionRegistry:
    def __init__(self) -> None:
        self._sections: dict[str, Section] = {}

    def register(
        self, identifier: str, title: str | Promise, figures: SectionFunction
    ) -> None:
        existing = self._sections.get(identifier)
        if existing is not None and existing.figures is not figures:
            raise ValueError(f"Report section {identifier!r} is registered twice.")
        self._sections[identifier] = Section(identifier, title, figures)

    def __iter__(self) -> Iterator[Section]:
        return iter(self._sections.values())

    def compute(
        self, *, since: datetime.date | None, until: datetime.date | None
    ) -> list[tuple[Section, list[Any]]]:
        return [(s, s.figures(since=since, until=until)) for s in self]


registry = SectionRegistry()
