# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Run detectors over a text and turn their raw matches into findings.

No database access: callers pass the detectors (or a registry) and read the
runtime configuration themselves.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from collections.abc import Mapping

from .base import SPECIAL_CATEGORIES
from .base import Category
from .base import Detector
from .base import Match
from .constants import CATEGORY_ORDER as _ORDER
from .constants import PROFILES
from .constants import THRESHOLDS
from .registry import Registry
from .registry import registry as default_registry
from .scope import scan_scope

__all__ = ["PROFILES", "THRESHOLDS", "text_scan"]


_MARGINS: dict[float, float] = {}


def _margin(difference: float) -> float:
    """``round(difference, 6)``, remembered: scores and thresholds take a few
    dozen values, and ``round`` to a number of digits costs a tenth of a
    microsecond (it goes through the decimal digits of the float)."""
    margin = _MARGINS.get(difference)
    if margin is None:
        if len(_MARGINS) > 10_000:
            _MARGINS.clear()
        margin = _MARGINS[difference] = round(difference, 6)
    return margin


def _resolve(matches: list[Match], thresholds: Mapping[str, float]) -> list[Match]:
    """Keep a deterministic, non-overlapping subset of ``matches``.

    The match whose score exceeds its category's threshold by most wins; ties
    go to the longer span, then the category order of :class:`Category`, then
    the earlier start and the detector identifier.
    """

    # The rank of each match, then its index (sorted() is stable), built in one
    # comprehension rather than by a key function called per match.
    ranked = sorted(
        [
            (
                -_margin(m.score - thresholds[m.category]),
                m.start - m.end,
                _ORDER[m.category],
                m.start,
                m.explanation.detector,
                index,
                m,
            )
            for index, m in enumerate(matches)
        ]
    )
    accepted: list[Match] = []
    # Accepted spans never overlap, so their starts and ends are both sorted
    # and one bisection finds the only neighbours that could collide.
    starts: list[int] = []
    ends: list[int] = []
    for item in ranked:
        match = item[-1]
        index = bisect.bisect_left(starts, match.end)
        if index and ends[index - 1] > match.start:
            continue
        starts.insert(index, match.start)
        ends.insert(index, match.end)
        accepted.append(match)
    return accepted


def text_scan(
    *,
    text: str,
    detectors: Iterable[Detector] | None = None,
    registry: Registry = default_registry,
    profile: str = "balanced",
    categories: Iterable[str] | None = None,
) -> list[Match]:
    """Find personal data in ``text``.

    Runs ``detectors`` (default: every detector in ``registry``), keeps the
    matches of ``categories`` (default: all) that reach the ``profile``
    threshold, removes duplicates and resolves overlaps deterministically.
    Identifying data (names, addresses, numbers) and the special categories of
    GDPR art. 9/10 are resolved as two separate layers, so "Moskee Al-Waha" can
    be both an organisation and a religious marker. The result is sorted by
    ``(start, end)``.
    """
    if profile not in PROFILES:
        raise ValueError(f"Unknown profile {profile!r}; choose from {PROFILES}.")
    wanted = None if categories is None else frozenset(categories)
    if wanted is not None and not wanted <= set(Category.values):
        raise ValueError(f"Unknown categories: {sorted(wanted - set(Category.values))}")
    thresholds = THRESHOLDS[profile]
    if detectors is None:
        detectors = registry.iter_enabled(categories=wanted)

    best: dict[tuple[str, int, int], Match] = {}
    with scan_scope():
        found = [match for detector in detectors for match in detector.detect(text)]
    for match in found:
        if wanted is not None and match.category not in wanted:
            continue
        if match.score < thresholds[match.category] or match.start >= match.end:
            continue
        key = (match.category, match.start, match.end)
        current = best.get(key)
        if current is None or (match.score, current.explanation.detector) > (
            current.score,
            match.explanation.detector,
        ):
            best[key] = match

    identity = [m for m in best.values() if m.category not in SPECIAL_CATEGORIES]
    special = [m for m in best.values() if m.category in SPECIAL_CATEGORIES]
    result = _resolve(identity, thresholds) + _resolve(special, thresholds)
    result.sort(key=lambda m: (m.start, m.end, _ORDER[m.category]))
    return result
