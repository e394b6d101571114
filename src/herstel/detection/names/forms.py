# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Names in the forms of government documents, found by patterns over the text.

The run splitter (:mod:`.runs`) sees one line at a time and a given name or
initials before the surname. Lists, signatures and references in government
documents also write:

- the surname first: "Horst ter G.", "Keunen, L.J.", "Dijk J.J. van";
- initials and surname broken over a line: "M.\\nBussemaker", "Van\\nToorenburg";
- bibliographic references: "Audhoe SS, Hoving JL, Jong PR de (2019)".

And public bodies and their parts are phrases ("Sociale Zaken en
Werkgelegenheid", also in capitals or over a line break) whose words are never
persons: :class:`BodyIndex` holds their patterns, by word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from ..regex_cache import compile as compile_cached
from ..scope import LATIN1_WORD
from .words import ACRONYM
from .words import DERIVED
from .words import FOREIGN
from .words import FUNCTION
from .words import INITIAL
from .words import LETTER
from .words import NON_PERSON
from .words import ORG_CUE
from .words import PARTICLE
from .words import PARTICLES
from .words import UPPER
from .words import WORD
from .words import public_body_sources

_TUSSEN: Final = (
    r"(?:van der|van den|van de|van 't|in 't|van|de|der|den|ter|ten|te|la|le|el|al)"
)
_SPACE: Final = r"[ \t]*\n[ \t]*|[ \t]+"

_SURNAME: Final = (
    rf"(?P<surname>[{UPPER}](?<![\w.][{UPPER}])(?:{LETTER}|['’\-](?={LETTER}))*)"
)
"""``(?=[UPPER])(?<![\\w.])(?P<surname>WORD)``: a word that starts with a
capital, not after a letter or full stop; written to start with the capital so
that the engine skips ahead to capitals (the look-around assertions made it try
the expression at every character), the character before it checked behind
it."""

SURNAME_FIRST: Final = compile_cached(
    # "Horst ter G.", "Keunen, L.J.", "Dijk J.J. van", "Ark, T. van"
    rf"{_SURNAME}(?: {_TUSSEN})?(?:,[ \t]*|{_SPACE})"
    rf"(?P<initials>(?:{INITIAL}[ \t]?)+)(?:(?:{_SPACE}){_TUSSEN}(?![\w]))?"
    rf"(?![ \t\n]*[{UPPER}][a-z])"
)
"""A surname followed by initials (not a given name and surname after them)."""

BROKEN: Final = compile_cached(
    # "M.\nBussemaker", "J.J.\nvan Dijk", "Van\nToorenburg"
    rf"(?=[{UPPER}])(?<![\w.])(?:(?P<initials>(?:{INITIAL} ?)+)(?: (?:{PARTICLE}))*"
    rf"|(?P<particle>Van|De|Ter|Ten|Van der|Van den|Van de))[ \t]*\n[ \t]*"
    rf"(?:(?:{PARTICLE}) )*(?P<surname>{WORD})"
)
"""Initials or a capital particle at the end of a line, the surname on the next."""

_MAY_BREAK: Final = compile_cached(
    r"\n(?:(?<=[^\W\d_]\n)|(?<=[^\W\d_]\.\n)|(?<=[ \t]\n))"
)
"""Cheap pre-check for :data:`BROKEN`: a line that ends in a letter, in a full
stop after a letter, or in a space (the line feed is a literal the engine
skips ahead to)."""

REFERENCE: Final = compile_cached(
    # "Audhoe SS,", "Jagt E van der,", "Faas WA." "Dekkers-Sánchez PM,"
    rf"{_SURNAME} (?P<initials>[{UPPER}]{{1,4}})"
    rf"(?: {_TUSSEN})?(?=[,.]|[ \t]*\(\d{{4}}\))"
)
"""A surname with bare initials, as in Vancouver-style references."""

_REFERENCE_INITIALS: Final = compile_cached(
    rf" [{UPPER}]{{1,4}}(?: {_TUSSEN})?(?=[,.]|[ \t]*\(\d{{4}}\))"
)
"""The part of :data:`REFERENCE` after the surname; it starts with a space, so
the engine skips ahead to spaces (:data:`REFERENCE` is tried at every capital)."""


AFTER_INITIAL: Final = compile_cached(rf"(?<![\w.])[{UPPER}]\.[ \t]?\Z")
"""An initial just before a position (searched with ``endpos``)."""
REFUSED_SURNAME: Final = NON_PERSON | ORG_CUE | ACRONYM | FUNCTION | FOREIGN | DERIVED
"""Word properties that keep a word out of the surname slot of these forms."""

MAY_HAVE_INITIALS_AFTER: Final = compile_cached(rf"\.(?<=[{UPPER}]\.)")
"""Cheap pre-check for :data:`SURNAME_FIRST`: the full stop of an initial (the
capital is checked behind it: the engine skips ahead to a literal character
ten times faster than to one of a class of capitals)."""
MAY_BE_REFERENCE: Final = compile_cached(
    # The look-ahead lets the engine skip to capitals (twice as fast).
    rf"(?=[{UPPER}])(?:[{UPPER}]{{1,4}}[,.](?<=[^\W\d_] [{UPPER}][,.])|"
    rf"[{UPPER}]{{2,4}}[,.])"
)
"""Cheap pre-check for :data:`REFERENCE`: bare initials before a comma or full
stop."""


def surname_first_iter(text: str) -> Iterator[re.Match[str]]:
    """The hits of :data:`SURNAME_FIRST.finditer(text) <SURNAME_FIRST>`, but the
    expression (which starts with assertions, so the engine cannot skip ahead)
    is only tried from 80 characters before each initial, found by the fast
    :data:`MAY_HAVE_INITIALS_AFTER`. Every hit holds an initial well within
    those 80 characters, so the hits are the same."""
    cursor = 0
    for initial in MAY_HAVE_INITIALS_AFTER.finditer(text):
        position = initial.start() - 1  # the capital
        if position < cursor:
            continue
        hit = SURNAME_FIRST.search(text, max(cursor, position - 80))
        if hit is None:
            return
        yield hit
        cursor = hit.end()


_LINE_END_PARTICLES: Final = PARTICLES | {"Van", "De", "Ter", "Ten", "t"}
"""The last letters of a line that can end :data:`BROKEN` before the line feed
("t" of "'t")."""


def broken_iter(text: str) -> Iterator[re.Match[str]]:
    """The hits of :data:`BROKEN.finditer(text) <BROKEN>`, but the expression
    (which starts with assertions, so the engine tried it at every character)
    is only tried on the line before a line feed that ends in an initial or a
    particle, and on the line after it. A hit holds exactly one line feed,
    ends on the next line and ends its first line in one of the two, so the
    hits are the same."""
    cursor = 0
    for found in _MAY_BREAK.finditer(text):
        newline = found.start()
        if newline < cursor:
            continue
        before = newline - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        if before < 1:
            continue
        if text[before] == ".":
            if not text[before - 1].isalpha():
                continue  # not an initial
        else:
            begin = before
            while begin >= 0 and before - begin < 6 and text[begin].isalpha():
                begin -= 1
            if text[begin + 1 : before + 1] not in _LINE_END_PARTICLES:
                continue
        line_start = text.rfind("\n", 0, newline) + 1
        line_end = text.find("\n", newline + 1)
        hit = BROKEN.search(
            text, max(cursor, line_start), len(text) if line_end < 0 else line_end
        )
        if hit is not None:
            yield hit
            cursor = hit.end()


def reference_iter(text: str) -> Iterator[re.Match[str]]:
    """The hits of :data:`REFERENCE.finditer(text) <REFERENCE>`, but the
    expression is only tried from the start of the word before each
    :data:`_REFERENCE_INITIALS` (every hit holds one; the surname is one word),
    so the hits are the same at a seventh of the cost."""
    cursor = 0
    for initials in _REFERENCE_INITIALS.finditer(text):
        position = initials.start()
        if position < cursor:
            continue
        begin = 1 + max(
            text.rfind(" ", 0, position),
            text.rfind("\n", 0, position),
            text.rfind("\t", 0, position),
        )
        hit = REFERENCE.search(text, max(cursor, begin))
        if hit is None:
            return
        yield hit
        cursor = hit.end()


class BodyIndex:
    """One pattern per capitalised word (lower case) of the public bodies: the
    phrases that contain it, longest first. A word's pattern is compiled the
    first time a text holds that word (a start-up of a few hundred compiles
    otherwise, for words most texts never contain).

    Text below U+0100 (:func:`..scope.latin1`) is searched in its lower-case
    form with a lower-case pattern whose word boundaries are bitmap classes:
    the engine then compares characters without folding case and without a
    call into Unicode's database at every position (the same hits)."""

    def __init__(self) -> None:
        self._sources = public_body_sources()
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._latin1: dict[str, re.Pattern[str]] = {}

    def get(self, word: str, latin1: bool = False) -> re.Pattern[str] | None:
        """The pattern of the phrases that contain ``word``, or ``None``; with
        ``latin1``, the one for the lower-case form of text below U+0100."""
        cache = self._latin1 if latin1 else self._compiled
        pattern = cache.get(word)
        if pattern is None:
            source = self._sources.get(word)
            if source is None:
                return None
            flags: int = re.IGNORECASE
            if latin1:
                # The sources are escaped words joined by r"\s+", between
                # (?<!\w) and (?!\w) (public_body_sources): lower-casing
                # them changes only the words.
                source = (
                    source.lower()
                    .replace(r"(?<!\w)", f"(?<![{LATIN1_WORD}])", 1)
                    .replace(r"(?!\w)", f"(?![{LATIN1_WORD}])")
                )
                flags = 0
            pattern = cache[word] = compile_cached(source, flags)
        return pattern
