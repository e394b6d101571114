# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Audit event types. Each app declares its own in ``<app>/audit_events.py``."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from django.utils.functional import Promise

from herstel.core.registry import Registry

from .constants import Tag


@dataclass(frozen=True, slots=True)
class AuditEventType:
    """One kind of audited action, e.g. ``document.viewed``."""

    name: str
    """Stable machine name, ``<object>.<verb>``; stored in every entry."""
    label: str | Promise
    """Display text (gettext_lazy), shown to the privacy officer."""
    tags: tuple[str, ...] = field(default=())
    """Default tags; ``avg`` marks a read or change of personal data."""


class EventRegistry(Registry[AuditEventType]):
    """Audit event types by name (a :class:`~herstel.core.registry.Registry`),
    plus the display texts of reason codes."""

    kind = "Audit event"

    def __init__(self) -> None:
        super().__init__()
        self._reasons: dict[str, str | Promise] = {}
        self._details: dict[str, str | Promise] = {}

    def register(self, event: AuditEventType) -> AuditEventType:
        """Register ``event`` under its name; a different one is refused."""
        return self.add(event.name, event)

    def register_reasons(self, choices: Iterable[tuple[str, Any]]) -> None:
        """Display texts for reason codes that services record (e.g. view purposes)."""
        self._reasons.update(dict(choices))

    def reasons(self) -> dict[str, str | Promise]:
        return dict(self._reasons)

    def register_details(self, labels: Mapping[str, str | Promise]) -> None:
        """Display texts for the keys of the details that entries record."""
        self._details.update(labels)

    def detail_labels(self) -> dict[str, str | Promise]:
        return dict(self._details)

    def choices(self) -> list[tuple[str, str | Promise]]:
        """``(name, label)`` pairs sorted by name."""
        return sorted(((e.name, e.label) for e in self), key=lambda c: c[0])


registry = EventRegistry()


def event(
    name: str, label: str | Promise, *, tags: tuple[str, ...] = ()
) -> AuditEventType:
    """Declare and register an audit event type."""
    return registry.register(AuditEventType(name=name, label=label, tags=tags))


AVG = (Tag.AVG.value,)
"""Tag of an event that reads or changes personal data."""
SECURITY = (Tag.SECURITY.value,)
"""Tag of an event about accounts, keys and sign-in."""


@dataclass(frozen=True, slots=True)
class EventFamily:
    """Declares the audit events of one object kind: ``<prefix>.<verb>`` names
    with default tags, so that an app's ``audit_events.py`` reads as a table.

    Example::

        _request = EventFamily("request", tags=AVG)
        REQUEST_RECEIVED = _request("received", _("Received an access request"))
    """

    prefix: str
    tags: tuple[str, ...] = ()

    def __call__(
        self, verb: str, label: str | Promise, *, tags: tuple[str, ...] | None = None
    ) -> AuditEventType:
        """Declare and register ``<prefix>.<verb>``; ``tags`` replaces the default."""
        return event(
            f"{self.prefix}.{verb}", label, tags=self.tags if tags is None else tags
        )
