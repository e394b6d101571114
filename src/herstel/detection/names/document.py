# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Document-level evidence: propagation of names across one document."""

from __future__ import annotations

from .candidate import Candidate
from .runs import RunSplitter
from .words import ACRONYM
from .words import CAPITAL_PARTICLE
from .words import COMMON
from .words import COORDINATOR
from .words import DERIVED
from .words import GIVEN
from .words import LOC
from .words import NOT_NAME
from .words import ORG
from .words import ORG_CUE
from .words import PER


class Propagator(RunSplitter):
    """Applies what one mention shows to the other mentions in the text."""

    def _propagate(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Apply document-level evidence; may split candidates, so it returns
        the new list."""
        alone: set[str] = set()  # words found alone
        evidence: dict[str, float] = {}
        places: set[str] = set()
        one_word = [cand for cand in cands if len(cand.words) == 1]
        for cand in one_word:
            if cand.initials:
                continue
            word = cand.words[0]
            alone.add(word)
            if cand.method == "stripped":
                continue
            scores = cand.scores
            per, loc = scores[PER], scores[LOC]
            if per <= 0 or per < loc or per < scores[ORG]:  # not best(cand) == PER
                evidence[word] = -1.0
                if loc >= 0.5 and loc >= scores[ORG]:  # best(cand) == LOC
                    places.add(word)
            elif evidence.get(word, 0.0) >= 0:
                evidence[word] = max(evidence.get(word, 0.0), cand.evidence)
        persons = {word for word, value in evidence.items() if value >= 0.15}
        if places or persons:
            for cand in one_word:
                word = cand.words[0]
                scores = cand.scores
                # "in Düsseldorf" ... "Düsseldorf is": a place throughout,
                # unless a mention has person evidence of its own.
                if (
                    word in places
                    and cand.evidence <= 0
                    and scores[LOC] < 0.5
                    and scores[PER] < 0.6
                ):
                    scores[LOC] = 0.55
                    cand.notes.append("document_place")
                # A single name with person evidence in one sentence
                # ("vertelde Barrichello") and none against it elsewhere is a
                # person throughout.
                if (
                    word in persons
                    and scores[PER] < 0.6
                    and not cand.flags[0] & (NOT_NAME & ~COMMON)
                ):
                    scores[PER] = 0.6
                    cand.notes.append("document_evidence")
        anchors: set[str] = set()
        alone_anchors: set[str] = set()  # surnames confidently found alone
        for cand in cands:
            words = cand.words
            if not words:
                continue
            scores = cand.scores
            if (
                0.5 <= scores[PER] < 0.8
                and 2 <= len(words) <= 3
                and not cand.initials
                and not any(f & NOT_NAME for f in cand.flags)
                and words[-1] in alone
                and words[0] not in alone
            ):
                # "Yasser Arafat" ... "Arafat": a full name and its surname.
                scores[PER] = 0.8
                cand.notes.append("coreference")
            if scores[PER] >= 0.8 and best(cand) == PER:
                anchors.add(_surname_key(cand))
                if len(words) == 1:
                    alone_anchors.add(words[0])
                if len(words) >= 2 and cand.flags[0] & GIVEN:
                    anchors.add(words[0])
        if not anchors:
            return cands
        self._coordinate(text, cands)
        out: list[Candidate] = []
        for cand in cands:
            if (
                len(cand.words) >= 2
                and not cand.particles
                and not cand.initials
                and (
                    (cand.scores[PER] < 0.8 and not cand.flags[0] & GIVEN)
                    # "Clinton Barak" after "President Clinton": two persons,
                    # though "Clinton" is also a given name.
                    or all(w in alone_anchors for w in cand.words)
                )
                and all(w in anchors for w in cand.words)
            ):
                # "Clinton Barak": two known surnames next to each other.
                offset = cand.start
                for word in cand.words:
                    begin = text.index(word, offset)
                    offset = begin + len(word)
                    out.append(
                        Candidate(
                            start=begin,
                            end=offset,
                            words=[word],
                            flags=[0],
                            scores={PER: 0.8, LOC: 0.0, ORG: 0.0},
                            notes=["propagation"],
                            method="propagation",
                        )
                    )
                continue
            if (
                cand.scores[PER] < 0.8
                and _surname_key(cand) in anchors
                and not any(f & (ORG_CUE | ACRONYM | DERIVED) for f in cand.flags)
            ):
                cand.scores[PER] = 0.8
                cand.method = "propagation"
                cand.notes.append("propagation")
            out.append(cand)
        return out

    @staticmethod
    def _coordinate(text: str, cands: list[Candidate]) -> None:
        """Raise names listed next to confident person names ("A , B en C")."""
        # Only these can be raised (to 0.7, which ends their eligibility):
        # found once, not in each of the two rounds.
        eligible = [
            index
            for index, cand in enumerate(cands)
            if 0.3 <= cand.scores[PER] < 0.7
            and not any(f & NOT_NAME for f in cand.flags)
        ]
        for _ in range(2 if eligible else 0):
            for index in eligible:
                cand = cands[index]
                if not 0.3 <= cand.scores[PER] < 0.7:
                    continue
                for other in (index - 1, index + 1):
                    if not 0 <= other < len(cands):
                        continue
                    neighbour = cands[other]
                    if neighbour.scores[PER] < 0.7 or best(neighbour) != PER:
                        continue
                    if cand.start <= neighbour.start:
                        left, right = cand, neighbour
                    else:
                        left, right = neighbour, cand
                    if COORDINATOR.fullmatch(text, left.end, right.start):
                        cand.scores[PER] = 0.7
                        cand.notes.append("coordination")
                        break


def best(cand: Candidate) -> str:
    """Return the category with the highest score (person wins ties)."""
    scores = cand.scores
    per, loc, org = scores[PER], scores[LOC], scores[ORG]
    if per >= loc and per >= org:
        return PER
    return LOC if loc >= org else ORG


def _surname_key(cand: Candidate) -> str:
    """The surname of a candidate, with a capital particle ("De Mey")."""
    words = cand.words
    if not words:
        return ""
    if len(words) >= 2 and cand.flags[-2] & CAPITAL_PARTICLE:
        return f"{words[-2]} {words[-1]}"
    return words[-1]
