# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared helpers for the detection tests."""

from __future__ import annotations

from typing import Any

import pytest

import herstel.detection.detectors  # noqa: F401  (registers the detectors)
from herstel.detection.services import text_scan


def found(text: str, category: str, *, profile: str = "balanced") -> list[str]:
    """Return the surface strings reported for ``category`` in ``text``."""
    return [
        text[m.start : m.end]
        for m in text_scan(text=text, profile=profile, categories=[category])
    ]


def detection_cases(tables: dict[str, list[tuple[str, list[str]]]]) -> list[Any]:
    """Flatten ``{category: [(text, expected), ...]}`` into
    ``pytest.param(category, text, expected)`` rows, one per case, named
    ``category-N``: one parametrised test then checks every table."""
    return [
        pytest.param(category, text, expected, id=f"{category}-{number}")
        for category, rows in tables.items()
        for number, (text, expected) in enumerate(rows, 1)
    ]
