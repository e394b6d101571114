# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Operating points of the scan and the thresholds that define them."""

from __future__ import annotations

from collections.abc import Mapping

from .base import Category

PROFILES = ("balanced", "recall")
"""Operating points of :func:`herstel.detection.services.text_scan`:
``balanced`` (default) and ``recall`` ("when in doubt, flag")."""

_BALANCED = 0.5
THRESHOLDS: Mapping[str, Mapping[str, float]] = {
    "balanced": {category: _BALANCED for category in Category.values},
    "recall": {
        **{category: 0.3 for category in Category.values},
        # Person names are what an access request is about: a doubtful
        # capitalised name is flagged as a person rather than dropped.
        Category.PERSON.value: 0.15,
        Category.ORGANISATION.value: 0.35,
    },
}
"""Minimum score per profile and category."""

CATEGORY_ORDER: Mapping[str, int] = {
    category: index for index, category in enumerate(Category.values)
}
"""Tie-break order of categories when overlapping matches are resolved."""

IDENTIFYING_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.PERSON,
        Category.EMAIL,
        Category.PHONE,
        Category.BSN,
        Category.IBAN,
        Category.DATE_OF_BIRTH,
        Category.ADDRESS,
        Category.POSTCODE,
    }
)
"""Categories that identify or reach a person. The privacy guards of the
partner register (refuses) and the network (warns) flag these; places,
organisations and special categories describe what those contexts are about."""
