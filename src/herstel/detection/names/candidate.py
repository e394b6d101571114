# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A candidate name: a piece of a capitalised run and its evidence."""

from __future__ import annotations


class Candidate:
    """One piece of a capitalised run, with the evidence gathered for it.

    A plain class rather than a dataclass: compiled (native.py), the
    ``__init__`` that ``dataclasses`` writes would still run as Python, a
    tenth of a scan's time."""

    __slots__ = (
        "cue",
        "end",
        "evidence",
        "flags",
        "initials",
        "method",
        "notes",
        "particles",
        "scores",
        "sentence_start",
        "start",
        "words",
    )

    start: int
    end: int
    words: list[str]
    """The capitalised words, without initials and particles."""
    flags: list[int]
    """Word properties of :attr:`words`."""
    initials: bool
    particles: bool
    sentence_start: bool
    cue: str
    """Evidence from a stripped or preceding word, e.g. ``"role:minister"``."""
    scores: dict[str, float]
    notes: list[str]
    method: str
    evidence: float
    """Person evidence from the context alone (negative: evidence against)."""

    def __init__(
        self,
        start: int,
        end: int,
        words: list[str],
        flags: list[int],
        initials: bool = False,
        particles: bool = False,
        sentence_start: bool = False,
        cue: str = "",
        scores: dict[str, float] | None = None,
        notes: list[str] | None = None,
        method: str = "capitalisation",
        evidence: float = 0.0,
    ) -> None:
        self.start = start
        self.end = end
        self.words = words
        self.flags = flags
        self.initials = initials
        self.particles = particles
        self.sentence_start = sentence_start
        self.cue = cue
        self.scores = {} if scores is None else scores
        self.notes = [] if notes is None else notes
        self.method = method
        self.evidence = evidence

    def __repr__(self) -> str:
        return (
            f"Candidate({self.start}, {self.end}, {self.words!r}, "
            f"method={self.method!r}, scores={self.scores!r})"
        )
