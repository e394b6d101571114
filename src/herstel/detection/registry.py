# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Explicit registration of detectors.

Detectors register with the decorator of a :class:`Registry`::

    @registry("bsn")
    class BsnDetector(Detector): ...

The module-level :data:`registry` is filled by importing
``herstel.detection.detectors``; tests build a fresh ``Registry()`` instead.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Collection
from collections.abc import Iterator
from typing import TypeVar

from django.utils.functional import Promise

from herstel.core.registry import Registry as BaseRegistry

from .base import Category
from .base import Detector

DetectorT = TypeVar("DetectorT", bound=Detector)


class Registry(BaseRegistry[DetectorT]):
    """Detectors by identifier, in registration order (lookup, ``in``,
    iteration and ``len`` come from :class:`herstel.core.registry.Registry`)."""

    kind = "Detector"

    def __init__(self) -> None:
        """Start empty."""
        super().__init__()
        self._detectors = self._items

    def __call__(self, identifier: str) -> Callable[[type[DetectorT]], type[DetectorT]]:
        """Return a class decorator that registers the class as ``identifier``."""

        def decorator(detector_cls: type[DetectorT]) -> type[DetectorT]:
            self.register(detector_cls, identifier=identifier)
            return detector_cls

        return decorator

    def register(self, detector_cls: type[DetectorT], *, identifier: str) -> DetectorT:
        """Instantiate and register ``detector_cls`` under ``identifier``.

        Raises ``ValueError`` when the identifier is taken or disagrees with the
        class attribute.
        """
        if not identifier:
            raise ValueError("A detector needs a non-empty identifier.")
        if identifier in self._detectors:
            raise ValueError(f"Detector {identifier!r} is already registered.")
        declared = detector_cls.identifier
        if declared and declared != identifier:
            raise ValueError(
                f"{detector_cls.__name__} declares identifier {declared!r} but is "
                f"registered as {identifier!r}."
            )
        detector_cls.identifier = identifier
        return self.add(identifier, detector_cls())

    def check(self) -> list[str]:
        """Return a description of every configuration problem (empty if none)."""
        problems = []
        valid = set(Category.values)
        for identifier, detector in self._detectors.items():
            # A lazy label is not evaluated here: that would need settings.
            label = detector.verbose_name
            if not isinstance(label, str | Promise):
                problems.append(f"{identifier}: verbose_name is not a string")
            elif isinstance(label, str) and not label:
                problems.append(f"{identifier}: verbose_name is empty")
            if not detector.entity_types:
                problems.append(f"{identifier}: entity_types is empty")
            unknown = sorted(set(detector.entity_types) - valid)
            if unknown:
                problems.append(f"{identifier}: unknown entity types {unknown}")
            if not detector.languages:
                problems.append(f"{identifier}: languages is empty")
        return problems

    def iter_enabled(
        self,
        *,
        enabled: Collection[str] | None = None,
        categories: Collection[str] | None = None,
    ) -> Iterator[DetectorT]:
        """Yield detectors in registration order.

        ``enabled`` limits the result to those identifiers (runtime config from
        the database is passed in by the caller); ``categories`` keeps only
        detectors that can report at least one of those categories.
        """
        wanted = None if categories is None else set(categories)
        for identifier, detector in self._detectors.items():
            if enabled is not None and identifier not in enabled:
                continue
            if wanted is not None and not wanted.intersection(detector.entity_types):
                continue
            yield detector

    def get_choices(self) -> list[tuple[str, str | Promise]]:
        """Return ``(identifier, verbose_name)`` pairs sorted by identifier."""
        return [
            (identifier, self._detectors[identifier].verbose_name)
            for identifier in sorted(self._detectors)
        ]


registry: Registry[Detector] = Registry()
"""The project registry, filled by ``herstel.detection.detectors``."""
