# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""text_scan: profiles, category filter, duplicates and overlap resolution."""

from __future__ import annotations

import itertools

import pytest

from herstel.detection.base import Category
from herstel.detection.base import Detector
from herstel.detection.base import Explanation
from herstel.detection.base import Match
from herstel.detection.registry import Registry
from herstel.detection.scope import scan_scope
from herstel.detection.scope import shared
from herstel.detection.services import PROFILES
from herstel.detection.services import THRESHOLDS
from herstel.detection.services import text_scan

from .helpers import found

TEXT = "Toni Brogno tekende. Daarna belde hij 06-12345678 over de moskee."


class Fixed(Detector):
    """A test detector that returns the matches it was given."""

    verbose_name = "fixed"
    entity_types = tuple(Category.values)

    def __init__(self, *matches: tuple[str, int, int, float]) -> None:
        self.matches = matches

    def detect(self, text: str) -> list[Match]:
        return [
            Match(c, s, e, score, Explanation(detector=self.identifier, method="test"))
            for c, s, e, score in self.matches
        ]


def fixed(identifier: str, *matches: tuple[str, int, int, float]) -> Fixed:
    detector = Fixed(*matches)
    detector.identifier = identifier
    return detector


def spans(matches: list[Match]) -> list[tuple[str, int, int]]:
    return [(m.category, m.start, m.end) for m in matches]


def test_profiles_are_the_documented_ones() -> None:
    """There are two operating points, and "recall" never flags less."""
    assert PROFILES == ("balanced", "recall")
    for category in Category.values:
        assert THRESHOLDS["recall"][category] <= THRESHOLDS["balanced"][category]


def test_recall_profile_flags_doubtful_names() -> None:
    """When in doubt, the recall profile flags a capitalised word as a person."""
    text = "Het bod op Brogno werd verhoogd."
    assert found(text, Category.PERSON) == []
    assert found(text, Category.PERSON, profile="recall") == ["Brogno"]


def test_result_is_sorted_and_filtered_by_category() -> None:
    """Only the requested categories come back, sorted by (start, end)."""
    everything = text_scan(text=TEXT)
    assert [m.start for m in everything] == sorted(m.start for m in everything)
    assert {m.category for m in everything} >= {"person", "phone", "religion"}
    only = text_scan(text=TEXT, categories=[Category.PHONE])
    assert [TEXT[m.start : m.end] for m in only] == ["06-12345678"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"profile": "strict"}, "Unknown profile"), ({"categories": ["pet"]}, "Unknown")],
)
def test_bad_arguments_are_rejected(kwargs: dict, message: str) -> None:
    """An unknown profile or category is an error, not an empty result."""
    with pytest.raises(ValueError, match=message):
        text_scan(text=TEXT, **kwargs)


def test_fresh_registry_and_explicit_detectors() -> None:
    """Tests (and callers) inject detectors or an empty registry."""
    assert text_scan(text=TEXT, registry=Registry()) == []
    one = fixed("one", ("person", 0, 4, 0.9))
    assert spans(text_scan(text=TEXT, detectors=[one])) == [("person", 0, 4)]


def test_duplicates_keep_the_best_score() -> None:
    """The same span and category from two detectors is reported once."""
    a = fixed("a", ("person", 0, 4, 0.6))
    b = fixed("b", ("person", 0, 4, 0.9))
    (match,) = text_scan(text=TEXT, detectors=[a, b])
    assert (match.score, match.explanation.detector) == (0.9, "b")


def test_threshold_drops_weak_matches() -> None:
    """A match below the profile threshold is not reported."""
    weak = fixed("weak", ("place", 0, 4, 0.4))
    assert text_scan(text=TEXT, detectors=[weak]) == []
    assert len(text_scan(text=TEXT, detectors=[weak], profile="recall")) == 1


def test_overlaps_are_resolved_deterministically() -> None:
    """The best margin over the threshold wins, then the longer span, then the
    category order; the order of the detectors does not matter."""
    detectors = [
        fixed("a", ("person", 0, 11, 0.8), ("place", 5, 11, 0.7)),
        fixed("b", ("organisation", 0, 4, 0.8)),
        fixed("c", ("phone", 38, 49, 0.9), ("bsn", 38, 49, 0.9)),
        fixed("d", ("place", 20, 30, 0.6), ("person", 20, 30, 0.6)),
    ]
    expected = [("person", 0, 11), ("person", 20, 30), ("phone", 38, 49)]
    for order in itertools.permutations(detectors):
        assert spans(text_scan(text=TEXT, detectors=list(order))) == expected


def test_special_categories_are_a_separate_layer() -> None:
    """An organisation name can also be a religious marker."""
    text = "Zij is bestuurslid van Moskee Al-Waha."
    categories = {m.category for m in text_scan(text=text)}
    assert {"organisation", "religion"} <= categories


def test_scan_is_repeatable() -> None:
    """Two scans of the same text give identical results."""
    assert text_scan(text=TEXT) == text_scan(text=TEXT)


def test_scan_scope_shares_work_and_keeps_nothing() -> None:
    """Inside a scan, a preliminary pass runs once per text; afterwards no text
    or result is kept."""
    calls: list[str] = []

    def compute(text: str) -> int:
        calls.append(text)
        return len(text)

    text = "Bel 06-12345678."
    with scan_scope():
        assert shared(text, "length", compute) == len(text)
        assert shared(text, "length", compute) == len(text)
    assert calls == [text]
    shared(text, "length", compute)
    assert len(calls) == 2
