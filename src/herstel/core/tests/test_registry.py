# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The one registry shape (detectors, audit events, report sections, blockers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from herstel.audit.registry import EventRegistry
from herstel.core.registry import FunctionRegistry
from herstel.core.registry import Registry
from herstel.core.registry import merged_per_id
from herstel.disposition.blockers import BlockerRegistry
from herstel.reports.registry import SectionRegistry


def test_items_keep_registration_order_and_a_second_item_is_refused() -> None:
    registry: Registry[int] = Registry()
    registry.add("b", 2)
    registry.add("a", 1)
    registry.add("b", 2)  # the same again: a no-op
    assert list(registry) == [2, 1]
    assert registry.items() == [("b", 2), ("a", 1)]
    assert registry.identifiers() == ["a", "b"]
    assert "a" in registry and len(registry) == 2 and registry["a"] == 1
    assert registry.get("c") is None
    with pytest.raises(ValueError, match="registered twice"):
        registry.add("a", 3)
    with pytest.raises(ValueError, match="non-empty"):
        registry.add("", 4)


@pytest.mark.parametrize("cls", [EventRegistry, SectionRegistry, BlockerRegistry])
def test_every_registry_is_the_one_shape(cls: type) -> None:
    assert issubclass(cls, Registry)


def test_detectors_use_the_one_shape() -> None:
    from herstel.detection.registry import Registry as DetectorRegistry

    assert issubclass(DetectorRegistry, Registry)


def test_a_function_registry_registers_with_a_decorator_and_merges_per_id() -> None:
    finders: FunctionRegistry[Callable[[], dict[int, list[str]]]] = FunctionRegistry()

    @finders("a")
    def first() -> dict[int, list[str]]:
        return {1: ["x"], 2: []}

    finders.register("a", first)  # the same function again: no-op
    finders.register("b", lambda: {1: ["y"], 3: ["z"]})
    with pytest.raises(ValueError, match="registered twice"):
        finders.register("a", lambda: {})
    assert finders["a"] is first
    assert merged_per_id(f() for _i, f in finders.items()) == {
        1: ["x", "y"],
        3: ["z"],
    }
