# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""One registry shape for every "others add to this" list in Herstel.

Detectors (``detection.registry``), audit event types (``audit.registry``),
sections of the report to Parliament (``reports.registry``) and destruction
blockers (``disposition.blockers``) are each a :class:`Registry` of their own
item type. Registration is explicit (a call or a decorator, never discovery by
subclassing), keeps registration order, and refuses a second, different item
under an identifier that is taken. Pure Python: no settings, no database.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from typing import Any
from typing import Generic
from typing import TypeVar

__all__ = ["FunctionRegistry", "Registry", "merged_per_id"]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
V = TypeVar("V")


class Registry(Generic[T]):
    """Items of one type by identifier, in registration order."""

    kind = "Item"
    """What the items are, for error messages ("Detector", "Audit event")."""

    def __init__(self) -> None:
        """Start empty."""
        self._items: dict[str, T] = {}

    def add(
        self,
        identifier: str,
        item: T,
        *,
        same: Callable[[T, T], bool] | None = None,
    ) -> T:
        """Register ``item`` as ``identifier`` and return it.

        Registering the same item again is a no-op (an app's ``ready()`` may
        run twice in tests); a different item under a taken identifier raises
        ``ValueError``. ``same`` decides what counts as the same item
        (default: identity or equality).
        """
        if not identifier:
            raise ValueError(f"{self.kind} needs a non-empty identifier.")
        existing = self._items.get(identifier)
        if existing is not None:
            if same is not None:
                alike = same(existing, item)
            else:
                alike = existing is item or existing == item
            if not alike:
                raise ValueError(f"{self.kind} {identifier!r} is registered twice.")
        self._items[identifier] = item
        return item

    def get(self, identifier: str) -> T | None:
        """The item registered as ``identifier``, or ``None``."""
        return self._items.get(identifier)

    def identifiers(self) -> list[str]:
        """Every identifier, sorted."""
        return sorted(self._items)

    def items(self) -> list[tuple[str, T]]:
        """``(identifier, item)`` pairs in registration order."""
        return list(self._items.items())

    def __getitem__(self, identifier: str) -> T:
        """The item registered as ``identifier`` (``KeyError`` if none)."""
        return self._items[identifier]

    def __contains__(self, identifier: object) -> bool:
        """Whether ``identifier`` is registered."""
        return identifier in self._items

    def __iter__(self) -> Iterator[T]:
        """The items in registration order."""
        return iter(self._items.values())

    def __len__(self) -> int:
        """How many items are registered."""
        return len(self._items)


class FunctionRegistry(Registry[F]):
    """Functions by identifier, added with ``@registry("identifier")`` or
    :meth:`register`; the same function again is a no-op."""

    def __call__(self, identifier: str) -> Callable[[F], F]:
        """A decorator that registers the function as ``identifier``."""

        def decorator(function: F) -> F:
            self.register(identifier, function)
            return function

        return decorator

    def register(self, identifier: str, function: F) -> None:
        """Register ``function`` as ``identifier``; the same one again is a no-op."""
        self.add(identifier, function, same=lambda old, new: old is new)


def merged_per_id(results: Iterable[Mapping[int, list[V]]]) -> dict[int, list[V]]:
    """Lists per id (e.g. per document) from several sources, concatenated in
    source order; an id with only empty lists is left out."""
    found: dict[int, list[V]] = {}
    for result in results:
        for key, values in result.items():
            if values:
                found.setdefault(key, []).extend(values)
    return found
