# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared helpers for the detection tests."""

from __future__ import annotations

import herstel.detection.detectors  # noqa: F401  (registers the detectors)
from herstel.detection.services import text_scan


def found(text: str, category: str, *, profile: str = "balanced") -> list[str]:
    """Return the surface strings reported for ``category`` in ``text``."""
    return [
        text[m.start : m.end]
        for m in text_scan(text=text, profile=profile, categories=[category])
    ]
