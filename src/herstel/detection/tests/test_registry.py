# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The detector registry: explicit registration, checks and choices."""

from __future__ import annotations

import pytest

from herstel.detection.base import Category
from herstel.detection.base import Detector
from herstel.detection.base import Match
from herstel.detection.registry import Registry
from herstel.detection.registry import registry


def make(name: str, **attributes: object) -> type[Detector]:
    def detect(self: Detector, text: str) -> list[Match]:
        return []

    namespace = {
        "verbose_name": name,
        "entity_types": (Category.PERSON,),
        "detect": detect,
        **attributes,
    }
    return type(name, (Detector,), namespace)


def test_decorator_registers_an_instance() -> None:
    """@registry("id") keeps the class and registers one instance under id."""
    fresh: Registry[Detector] = Registry()
    cls = fresh("demo")(make("Demo"))
    assert "demo" in fresh and isinstance(fresh["demo"], cls)
    assert fresh["demo"].identifier == "demo"
    assert list(fresh) == [fresh["demo"]] and len(fresh) == 1


def test_duplicates_and_mismatches_are_rejected() -> None:
    """An identifier can be registered once and must match the class."""
    fresh: Registry[Detector] = Registry()
    fresh("demo")(make("Demo"))
    with pytest.raises(ValueError, match="already registered"):
        fresh("demo")(make("Other"))
    with pytest.raises(ValueError, match="declares identifier"):
        fresh("two")(make("Named", identifier="one"))


def test_check_reports_configuration_problems() -> None:
    """check() lists detectors without entity types or with unknown ones."""
    fresh: Registry[Detector] = Registry()
    fresh("empty")(make("Empty", entity_types=()))
    fresh("odd")(make("Odd", entity_types=("shoe_size",)))
    fresh("nameless")(make("", verbose_name=""))
    problems = fresh.check()
    assert any(p.startswith("empty: entity_types is empty") for p in problems)
    assert any("unknown entity types ['shoe_size']" in p for p in problems)
    assert any(p.startswith("nameless: verbose_name") for p in problems)


def test_iter_enabled_and_choices() -> None:
    """iter_enabled() filters by identifier and category; choices are sorted."""
    fresh: Registry[Detector] = Registry()
    fresh("b")(make("B"))
    fresh("a")(make("A", entity_types=(Category.PLACE,)))
    assert [d.identifier for d in fresh.iter_enabled()] == ["b", "a"]
    assert [d.identifier for d in fresh.iter_enabled(enabled={"a"})] == ["a"]
    assert [d.identifier for d in fresh.iter_enabled(categories=["place"])] == ["a"]
    assert [value for value, _ in fresh.get_choices()] == ["a", "b"]


def test_project_registry_is_complete_and_clean() -> None:
    """The shipped detectors cover every category and pass check()."""
    import herstel.detection.detectors  # noqa: F401

    assert registry.check() == []
    covered = {c for d in registry for c in d.entity_types}
    assert covered == set(Category.values)
