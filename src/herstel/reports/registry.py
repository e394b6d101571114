# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Sections of the report to Parliament, contributed by each context.

A section is a function ``(since, until) -> list[Figure]`` computed from the
audit trail; a section registered with ``by_campaign=True`` also takes
``campaign`` (a campaign's id, or None for all) and counts only what concerns
that campaign. The reports app registers the sections of disposition, the
requests context (requests received, verified, answered on time, extended,
objections) and notices (subjects informed personally or by a generic notice)
in its ``apps.ready()``::

    registry.register(
        "requests", _("Citizens' requests"), request_report_figures, by_campaign=True
    )
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise

from herstel.core.registry import Registry

SectionFunction = Callable[..., list[Any]]


@dataclass(frozen=True, slots=True)
class Section:
    identifier: str
    title: str | Promise
    figures: SectionFunction
    by_campaign: bool = False
    """The section can count one campaign only (its function takes ``campaign``)."""


class SectionRegistry(Registry[Section]):
    """Report sections by identifier, in registration order."""

    kind = "Report section"

    def register(
        self,
        identifier: str,
        title: str | Promise,
        figures: SectionFunction,
        *,
        by_campaign: bool = False,
    ) -> None:
        """Register a section; the same function again is a no-op."""
        self.add(
            identifier,
            Section(identifier, title, figures, by_campaign),
            same=lambda old, new: old.figures is new.figures,
        )

    def compute(
        self,
        *,
        since: datetime.date | None,
        until: datetime.date | None,
        campaign: int | None = None,
    ) -> list[tuple[Section, list[Any]]]:
        """Every section's figures; ``campaign`` goes to the sections that can
        count per campaign, the others count the whole operation."""
        results = []
        for section in self:
            if section.by_campaign:
                figures = section.figures(since=since, until=until, campaign=campaign)
            else:
                figures = section.figures(since=since, until=until)
            results.append((section, figures))
        return results


registry = SectionRegistry()
