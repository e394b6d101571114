# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Special categories of personal data (GDPR art. 9) and criminal data (art. 10).

Each category is a curated word list (``data/vocabulary/<category>.txt``). A
word counts as personal data when it is said of a person: a pronoun, name,
title or kinship word in the same sentence. Words that describe a person by
themselves ("bekeerd", "gedetineerd") count without that context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Category
from ..base import Detector
from ..base import Explanation
from ..base import Match
from ..i18n import gettext_lazy as _
from ..lexicons import vocabulary
from ..regex_cache import compile as compile_cached
from ..regex_cache import source as regex_source
from ..registry import registry
from ..scope import LATIN1_WORD
from ..scope import latin1
from ..scope import lowered
from ..trie import trie_source

_PERSONAL_NAME = compile_cached(
    # "(?<![\w])[A-Z]\. ?[A-Z]|(?<![\w])[A-Z][a-zà-ÿ]+ ...", the capital both
    # alternatives start with taken out first and the word character before it
    # checked behind it: the engine then skips ahead to capitals (five times
    # faster than trying the look-behind at every character).
    r"[A-Z](?<!\w[A-Z])(?:\. ?[A-Z]|[a-zà-ÿ]+ "
    r"(?:(?:van|de|der|den|el|al|ter|ten|te) )*[A-Z][a-zà-ÿ]{2,})"
)
_PRONOUN_WORDS = (
    r"(?:hij|zij|ze|hem|haar|zijn|zich|mijn|ik|jij|uw|betrokkene|cliënt|"
    r"client|aanvrager|aanvraagster|meneer|mevrouw|mevr|heer|dhr|mw|zoon|dochter|"
    r"vader|moeder|broer|zus|echtgeno(?:ot|te))"
)
_PRONOUNS = compile_cached(r"(?<!\w)" + _PRONOUN_WORDS + r"(?!\w)", re.IGNORECASE)
_PRONOUNS_LOWER = compile_cached(
    "(?<![" + LATIN1_WORD + "])" + _PRONOUN_WORDS + r"(?!\w)"
)
""":data:`_PRONOUNS` for the lower-case form of text below U+0100: no case
folding, and a bitmap for the word character before (a third of the time)."""
_SENTENCE_BREAK = compile_cached(r"[.!?\n](?:(?<=[.!?])\s|(?<=\n))")
"""A full stop, question or exclamation mark before a space, or a line feed;
it starts with one class so that the engine skips ahead."""


_CATEGORIES = (
    Category.RELIGION,
    Category.ETHNICITY,
    Category.HEALTH,
    Category.POLITICAL_OPINION,
    Category.CRIMINAL,
)


def _terms(name: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Read the word list ``name``: all ``(term, prefix)`` and the personal ones."""
    terms = []
    personal = []
    for line in sorted(vocabulary(name)):
        entry = line.strip()
        by_itself = entry.endswith("!")
        term = entry.rstrip("!").strip().lower()
        prefix = term.endswith("*")
        term = term.rstrip("*")
        terms.append((term, prefix))
        if by_itself:
            personal.append((term, prefix))
    return terms, personal


class _Scanner:
    """One trie-shaped expression for all lists, and the list of each term.

    The expression consumes the character before a term, so that the engine
    only starts at word boundaries; it runs over the lower-cased text. The
    category of a hit is looked up afterwards (hits are rare), which keeps the
    expression a single trie.
    """

    def __init__(self) -> None:
        self.exact: dict[str, str] = {}
        self.prefixes: dict[str, str] = {}
        self.personal: set[str] = set()
        self.personal_prefixes: set[str] = set()
        everything = []
        for category in _CATEGORIES:
            terms, personal = _terms(category.value)
            everything.extend(terms)
            for term, prefix in terms:
                (self.prefixes if prefix else self.exact).setdefault(
                    term, category.value
                )
            for term, prefix in personal:
                (self.personal_prefixes if prefix else self.personal).add(term)
        # The trie's source costs more than its compile: cached by its terms.
        key = "special-trie\n" + "\n".join(f"{t}\t{int(p)}" for t, p in everything)
        trie = regex_source(key, lambda: trie_source(everything))
        self.pattern = compile_cached(r"[^\w](?P<term>" + trie + r")(?!\w)")
        # The same for text below U+0100, where the engine finds the
        # character before a term through a bitmap (a third of the time).
        self.latin1_pattern = compile_cached(
            "[^" + LATIN1_WORD + r"](?P<term>" + trie + r")(?!\w)"
        )
        self.longest = max(len(t) for t in self.prefixes)

    def classify(self, word: str) -> tuple[str, bool]:
        """Return the category of ``word`` and whether it is personal by itself."""
        category = self.exact.get(word)
        personal = word in self.personal
        for size in range(min(len(word), self.longest), 0, -1):
            head = word[:size]
            if category is None and head in self.prefixes:
                category = self.prefixes[head]
            if head in self.personal_prefixes:
                personal = True
        assert category is not None
        return category, personal


@registry("special_categories")
class SpecialCategoryDetector(Detector):
    """Words of the curated lists, scored by their personal context.

    One detector scans for all five categories in a single pass; the
    ``categories`` argument of ``text_scan`` selects among them.
    """

    verbose_name = _("Special categories of personal data and criminal data")
    entity_types = _CATEGORIES
    context_words = ("hij", "zij", "ze", "betrokkene", "de heer", "mevrouw")
    """Pronouns and forms of address that make a sentence personal."""

    _scanner: _Scanner | None = None

    def detect(self, text: str) -> list[Match]:
        """Return every listed word: 0.8 in a personal context, 0.7 for words
        that describe a person by themselves, 0.35 otherwise."""
        if self._scanner is None:
            self._scanner = _Scanner()
        scanner = self._scanner
        lower = lowered(text)
        matches = []
        below = latin1(text)
        pattern = scanner.latin1_pattern if below else scanner.pattern
        for start, end, term in _hits(pattern, lower):
            category, by_itself = scanner.classify(term)
            context = _personal_context(text, start, end, lower if below else "")
            if context:
                score = 0.8
            elif by_itself:
                score = 0.7
            else:
                score = 0.35
            matches.append(
                Match(
                    category=category,
                    start=start,
                    end=end,
                    score=score,
                    explanation=Explanation(
                        detector=self.identifier,
                        method=f"lexicon:{category}",
                        context_boost=0.1 if context and by_itself else 0.0,
                        notes=(f"personal_context:{context}",) if context else (),
                    ),
                )
            )
        return matches


def _hits(pattern: re.Pattern[str], lower: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, term)`` of every hit in the lower-cased text.

    The scanner needs a non-word character before a term, so a term at the
    very start of the text is looked for separately, on a short prefix.
    """
    head = pattern.match(" " + lower[:80])
    if head is not None:
        yield head.start("term") - 1, head.end("term") - 1, head.group("term")
    for hit in pattern.finditer(lower):
        yield hit.start("term"), hit.end("term"), hit.group("term")


def _personal_context(text: str, start: int, end: int, lower: str = "") -> str:
    """Return the word that makes the sentence about a person, if any.

    ``lower``: the lower-case form of ``text`` when that is below U+0100, in
    which pronouns are found faster (:data:`_PRONOUNS_LOWER`)."""
    begin = max(0, start - 160)
    breaks = list(_SENTENCE_BREAK.finditer(text, begin, start))
    if breaks:
        begin = breaks[-1].end()
    stop = _SENTENCE_BREAK.search(text, end, end + 160)
    finish = stop.start() if stop else min(len(text), end + 160)
    for left, right in ((begin, start), (end, finish)):
        window = text[left:right]
        if lower:
            found = _PRONOUNS_LOWER.search(lower[left:right])
            if found:
                return found.group()
        else:
            found = _PRONOUNS.search(window)
            if found:
                return found.group().lower()
        for name in _PERSONAL_NAME.finditer(window):
            first = name.group().split(" ", 1)[0].lower()
            if first not in vocabulary("function_words"):
                return name.group().lower()
    return ""
