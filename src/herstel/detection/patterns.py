# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A base class for detectors built from regular expressions, in presidio style.

A :class:`PatternDetector` lists :class:`Pattern` objects; every hit is checked
with :meth:`~herstel.detection.base.Detector.validate` (e.g. the BSN
eleven-test) and raised by :attr:`PatternDetector.context_boost` when one of the
``context_words`` occurs shortly before it. Patterns are compiled on first use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .base import Detector
from .base import Explanation
from .base import Match
from .hits import match_at_digits
from .hits import search_all
from .regex_cache import compile as compile_cached


@dataclass(frozen=True, slots=True)
class Pattern:
    """One regular expression with the score of an unvalidated hit."""

    name: str
    """Short name shown in the explanation, e.g. ``"bsn_dotted"``."""
    regex: str
    """The expression; group ``value`` (if present) is the reported span."""
    score: float
    """Score of a hit without context."""
    flags: int = 0
    """``re`` flags, e.g. ``re.IGNORECASE``."""
    not_after: str = ""
    """A character class (e.g. ``r"[\\w.,]"``) that may not precede the hit.

    Checked in Python rather than with a look-behind at the start of
    :attr:`regex`: an expression that starts with a plain character class lets
    the regular expression engine skip ahead quickly, which matters at MB/s.
    """
    digit_anchors: tuple[int, ...] | None = None
    """Where the hit may start relative to a run of digits, e.g. ``(1, 0)``: one
    character before it ("+31", "(020)") or at it. The expression is then only
    tried there, using the digit runs shared by all detectors of a scan,
    instead of scanning the whole text. ``None`` scans the text."""
    starts: str = ""
    """With :attr:`digit_anchors`: the characters a hit can start with (e.g.
    ``"+0"``); other anchor positions are passed over without running the
    expression. Empty: every anchor is tried."""


class PatternDetector(Detector):
    """Reports every validated hit of :attr:`patterns` as :attr:`category`."""

    patterns: Sequence[Pattern] = ()
    """The expressions to run."""
    category: str = ""
    """The category of every match."""
    validation: str | None = None
    """Name of the check done by :meth:`validate`, e.g. ``"elfproef"``; ``None``
    when the detector validates nothing."""
    context_boost: float = 0.3
    """Added to the score when a context word occurs in the window."""
    context_window: int = 48
    """How many characters before a hit are searched for context words."""

    _compiled: list[tuple[Pattern, re.Pattern[str], re.Pattern[str] | None]] | None = (
        None
    )
    _context: re.Pattern[str] | None = None

    def _compile(
        self,
    ) -> list[tuple[Pattern, re.Pattern[str], re.Pattern[str] | None]]:
        if self._compiled is None:
            self._compiled = [
                (
                    p,
                    compile_cached(p.regex, p.flags),
                    compile_cached(p.not_after) if p.not_after else None,
                )
                for p in self.patterns
            ]
            words = sorted(self.context_words, key=lambda w: (-len(w), w))
            self._context = (
                compile_cached(
                    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                    re.IGNORECASE,
                )
                if words
                else None
            )
        return self._compiled

    def context_found(self, text: str, start: int, end: int) -> str | None:
        """Return the context word found before ``start``, if any."""
        if self._context is None:
            return None
        window = text[max(0, start - self.context_window) : start]
        found = self._context.search(window)
        return found.group().lower() if found else None

    def score(self, text: str, start: int, end: int, base: float) -> float:
        """Return the score of a hit; subclasses may add their own evidence."""
        return base

    def detect(self, text: str) -> list[Match]:
        """Run every pattern, validate the hits and apply the context boost."""
        matches = []
        for pattern, regex, not_after in self._compile():
            hits = (
                search_all(regex, text, not_after)
                if pattern.digit_anchors is None
                else match_at_digits(
                    regex, text, not_after, pattern.digit_anchors, pattern.starts
                )
            )
            for hit in hits:
                if "value" in regex.groupindex:
                    start, end = hit.span("value")
                else:
                    start, end = hit.span()
                candidate = text[start:end]
                if not self.validate(candidate):
                    continue
                score = self.score(text, start, end, pattern.score)
                context = self.context_found(text, start, end)
                boost = self.context_boost if context else 0.0
                matches.append(
                    Match(
                        category=self.category,
                        start=start,
                        end=end,
                        score=round(min(1.0, score + boost), 3),
                        explanation=Explanation(
                            detector=self.identifier,
                            method=f"pattern:{pattern.name}",
                            validation=self.validation,
                            context_boost=boost,
                            notes=(f"context:{context}",) if context else (),
                        ),
                    )
                )
        return matches
