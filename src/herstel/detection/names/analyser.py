# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Public bodies, name forms, foreign paragraphs and the matches of a text
(scoring is in :mod:`.scoring`)."""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final

from ..base import Explanation
from ..base import Match
from ..base import match_new
from ..constants import CATEGORY_ORDER
from ..constants import THRESHOLDS
from ..lexicons import Lexicons
from ..lexicons import lexicons_load
from ..scope import latin1
from ..scope import lowered
from .candidate import Candidate
from .forms import AFTER_INITIAL
from .forms import MAY_BE_REFERENCE
from .forms import REFUSED_SURNAME
from .forms import BodyIndex
from .forms import broken_iter
from .forms import reference_iter
from .forms import surname_first_iter
from .language import foreign_paragraphs
from .scoring import Scorer
from .words import BODY
from .words import COMMON
from .words import GIVEN
from .words import LOC
from .words import LOWER_COMMON
from .words import NOT_NAME
from .words import ORG
from .words import PER
from .words import PLACE
from .words import SURNAME


class NameAnalyser(Scorer):
    """Finds person, place and organisation names; get one with :func:`analyser`."""

    def __init__(self, lexicons: Lexicons) -> None:
        super().__init__(lexicons)
        self._body_index: BodyIndex | None = None

    @property
    def _bodies(self) -> BodyIndex:
        # Not functools.cached_property: a compiled class (native.py) has no
        # instance dictionary for it to cache in, so it would build the index
        # again on every text.
        if self._body_index is None:
            self._body_index = BodyIndex()
        return self._body_index

    def _forms(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Public bodies and the list, line-break and reference forms of names
        (see :mod:`.forms`); returns the new candidate list, in text order."""
        index = self._bodies
        spans: list[tuple[int, int]] = []
        covered = -1
        below = latin1(text)
        searched = lowered(text) if below else text
        for cand in cands:
            if cand.end <= covered:
                continue
            flags = cand.flags
            if len(flags) == 1:  # most candidates: no generator
                if not flags[0] & BODY:
                    continue
            elif not any(bit & BODY for bit in flags):
                continue
            for word in cand.words:
                pattern = index.get(word.lower(), below)
                if pattern is None:
                    continue
                window = max(0, cand.start - 100)
                for found in pattern.finditer(searched, window, cand.end + 100):
                    if found.start() <= cand.start and cand.end <= found.end():
                        spans.append(found.span())
                        covered = max(covered, found.end())
                if cand.end <= covered:
                    break
        added: list[Candidate] = []
        if spans:
            spans = _merge(spans)
            for start, end in spans:
                added.append(
                    Candidate(
                        start=start,
                        end=end,
                        words=[],
                        flags=[],
                        scores={PER: 0.0, LOC: 0.0, ORG: 0.8},
                        notes=["public_body"],
                        method="lexicon:public_bodies",
                    )
                )
        forms = self._name_forms(text, spans)
        if not added and not forms:
            return cands
        taken = _merge([(c.start, c.end) for c in (*added, *forms)])
        kept = [c for c in cands if not _overlaps(c.start, c.end, taken)]
        return sorted([*kept, *added, *forms], key=lambda c: c.start)

    def _name_forms(self, text: str, bodies: list[tuple[int, int]]) -> list[Candidate]:
        """Candidates for surname-first, broken and reference forms."""
        out: list[Candidate] = []
        refused = REFUSED_SURNAME
        # References count only in a text with at least two bare initials
        # (checked after the search, which is the cheaper of the two).
        references = list(reference_iter(text))
        if references:
            maybe = MAY_BE_REFERENCE.search(text)
            if not (maybe and MAY_BE_REFERENCE.search(text, maybe.end())):
                references = []
        starts = [match.start() for match in references]
        found = [
            *(("surname_first", m) for m in surname_first_iter(text)),
            *(("line_break", m) for m in broken_iter(text)),
            *(("reference", m) for m in references),
        ]
        for kind, match in found:
            start = match.start()
            end = start + len(match.group().rstrip())
            if _overlaps(start, end, bodies):
                continue
            if kind == "surname_first" and AFTER_INITIAL.search(
                text, max(0, start - 4), start
            ):
                continue  # "T. Bouma, S. van der Veen": two names, not "Bouma, S."
            surname = match.group("surname")
            bits = self.flags(surname)
            if bits & refused or bits & COMMON:
                continue
            if kind == "reference" and (
                (bits & (GIVEN | PLACE) and not bits & SURNAME)
                or not _in_reference_list(text, match, references, starts)
            ):
                continue
            if kind == "line_break" and match.group("particle") and bits & LOWER_COMMON:
                continue
            out.append(
                Candidate(
                    start=start,
                    end=end,
                    words=[surname],
                    flags=[bits],
                    initials=not match.group("particle")
                    if kind == "line_break"
                    else True,
                    scores={PER: 0.85, LOC: 0.0, ORG: 0.0},
                    notes=[kind],
                    method=kind,
                )
            )
        return out

    @staticmethod
    def _foreign(cands: list[Candidate], spans: list[tuple[int, int]]) -> None:
        """Drop the Dutch capitalisation evidence in English or German paragraphs:
        there a capitalised word is a name only with initials, a known given
        name before it or a title."""
        index = 0
        for cand in cands:
            while index < len(spans) and spans[index][1] <= cand.start:
                index += 1
            if index == len(spans):
                break
            if cand.start < spans[index][0]:
                continue
            scores = cand.scores
            if not scores or scores[PER] <= 0.1:
                continue
            if cand.initials or cand.cue.startswith("title:"):
                continue
            if cand.method == "propagation" and not cand.flags[0] & NOT_NAME:
                continue  # "Murphy" after "Siobhan Murphy"
            if (
                len(cand.words) >= 2
                and cand.flags[0] & GIVEN
                and not any(f & (NOT_NAME & ~PLACE) for f in cand.flags)
            ):
                continue
            scores[PER] = 0.1
            cand.notes.append("foreign_paragraph")

    # -- entry point --------------------------------------------------------------

    def analyse(self, text: str, *, detector: str) -> list[Match]:
        """Return person, place and organisation matches in ``text``.

        A candidate yields a match for each category that some profile would
        report for its span (the one with the best margin over that profile's
        threshold), so the scan profile decides what is reported.
        """
        cands = self._candidates(text)
        for cand in cands:
            self._score(text, cand)
        cands = self._forms(text, cands)
        foreign = foreign_paragraphs(text)
        if foreign:
            self._foreign(cands, foreign)
        cands = self._propagate(text, cands)
        if foreign:
            self._foreign(cands, foreign)
        matches = []
        # Explanations are immutable: candidates with the same evidence share
        # one, across texts (in memory only, bounded, like the word caches).
        explanations = _EXPLANATIONS
        if len(explanations) > 10_000:
            explanations.clear()
        # The winners depend on the three scores alone, which take few values.
        known = _WINNERS
        for cand in cands:
            scores = cand.scores
            key3 = (scores[PER], scores[LOC], scores[ORG])
            winners = known.get(key3)
            if winners is None:
                if len(known) > 10_000:
                    known.clear()
                winners = known[key3] = _winners(scores)
            if not winners:
                continue
            method = cand.method
            if method == "capitalisation" and cand.notes:
                method = cand.notes[0]
            key = (detector, method, tuple(cand.notes))
            explanation = explanations.get(key)
            if explanation is None:
                explanation = explanations[key] = Explanation(
                    detector=detector, method=method, notes=key[2]
                )
            start, end = cand.start, cand.end
            for category, score in winners:
                matches.append(match_new(category, start, end, score, explanation))
        return matches


_LOWEST: Final = {
    category: min(thresholds[category] for thresholds in THRESHOLDS.values())
    for category in (PER, LOC, ORG)
}
assert min(_LOWEST.values()) > 0.1  # the cheap pre-filter in _winners
_EXPLANATIONS: Final[dict[tuple[str, str, tuple[str, ...]], Explanation]] = {}
"""The explanations of name matches by detector, method and notes."""
_WINNERS: Final[dict[tuple[float, float, float], list[tuple[str, float]]]] = {}
""":func:`_winners` by the person, place and organisation scores."""


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping spans merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``start``-``end`` overlaps one of the merged ``spans`` (sorted and
    disjoint, as :func:`_merge` returns them): one bisection, not a scan, since
    a long document has thousands of candidates and hundreds of spans."""
    index = bisect.bisect_left(spans, (end,))
    return index > 0 and spans[index - 1][1] > start


def _in_reference_list(
    text: str, match: re.Match[str], references: list[re.Match[str]], starts: list[int]
) -> bool:
    """Whether another reference lies within 300 characters, one of the two
    ending in a comma ("Audhoe SS, Hoving JL"); ``starts`` are the sorted starts
    of ``references``."""
    start = match.start()
    low = bisect.bisect_left(starts, start - 299)
    high = bisect.bisect_right(starts, start + 299)
    return any(
        "," in (text[other.end()], text[match.end()])
        for other in references[low:high]
        if other is not match
    )


def _winners(scores: dict[str, float]) -> list[tuple[str, float]]:
    """The categories that win this span in at least one profile.

    Uses the ranking of ``text_scan`` (margin over the threshold, then the
    category order), so leaving out the losers changes no scan result.
    """
    rounded = []
    for category, score in scores.items():
        if score > 0.1:  # most scores are 0: no rounding
            rounded_score = round(score, 3)
            if rounded_score >= _LOWEST[category]:
                rounded.append((category, rounded_score))
    if len(rounded) < 2:
        return rounded
    winners: list[tuple[str, float]] = []
    for thresholds in THRESHOLDS.values():
        best_key: tuple[float, int] | None = None
        winner = None
        for category, score in rounded:
            threshold = thresholds[category]
            if score < threshold:
                continue
            key = (round(score - threshold, 6), -CATEGORY_ORDER[category])
            if best_key is None or key > best_key:
                best_key, winner = key, (category, score)
        if winner is not None and winner not in winners:
            winners.append(winner)
    return winners


@functools.cache
def analyser() -> NameAnalyser:
    """Return the shared analyser, loading the lexicons on first use."""
    return NameAnalyser(lexicons_load())
