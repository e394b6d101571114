# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Audit event types. Each app declares its own in ``<app>/audit_events.py``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import Promise


@dataclass(frozen=True, slots=True)
class AuditEventType:
    """One kind of audited action, e.g. ``document.viewed``."""

    name: str
    """Stable machine name, ``<object>.<verb>``; stored in every entry."""
    label: str | Promise
    """Display text (gettext_lazy), shown to the privacy officer."""
    tags: tuple[str, ...] = field(default=())
    """Default tags; ``avg`` marks a read or change of personal data."""


class EventRegistry:
    def __init__(self) -> None:
        self._events: dict[str, AuditEventType] = {}
        self._reasons: dict[str, str | Promise] = {}

    def register(self, event: AuditEventType) -> AuditEventType:
        if event.name in self._events and self._events[event.name] != event:
            raise ValueError(f"Audit event {event.name!r} is registered twice.")
        self._events[event.name] = event
        return event

    def register_reasons(self, choices: Iterable[tuple[str, Any]]) -> None:
        """Display texts for reason codes that services record (e.g. view purposes)."""
        self._reasons.update(dict(choices))

    def reasons(self) -> dict[str, str | Promise]:
        return dict(self._reasons)

    def get(self, name: str) -> AuditEventType | None:
        return self._events.get(name)

    def choices(self) -> list[tuple[str, str | Promise]]:
        return sorted(
            ((e.name, e.label) for e in self._events.values()), key=lambda c: c[0]
        )


registry = EventRegistry()


def event(
    name: str, label: str | Promise, *, tags: tuple[str, ...] = ()
) -> AuditEventType:
    """Declare and register an audit event type."""
    return registry.register(AuditEventType(name=name, label=label, tags=tags))
