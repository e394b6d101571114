# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Word-level knowledge: patterns, property bits and their classification.

:class:`WordClassifier` turns a capitalised word into a set of property bits
(given name, surname, place, common word, role, ...) from the lexicons and the
curated vocabularies, and caches the result per word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from .. import base
from ..lexicons import Lexicons
from ..lexicons import vocabulary
from ..lexicons import word_hash
from ..regex_cache import compile as compile_cached
from ..regex_cache import source as cached_source
from ..scope import latin1_class
from ..trie import trie_source


def _words(text: str) -> frozenset[str]:
    """The space-separated words of ``text`` as a set."""
    return frozenset(text.split())


def _longest_first(word: str) -> tuple[int, str]:
    """Sort key for alternatives: longest first, then alphabetical, so that an
    expression built from a set is the same string in every process (set order
    changes with the hash seed) and its compiled form can be cached."""
    return -len(word), word


UPPER: Final = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
LETTER: Final = r"[^\W\d_]"
WORD: Final = rf"(?:'s-)?[{UPPER}](?:{LETTER}|['’\-](?={LETTER}))*"
INITIAL: Final = rf"(?:[{UPPER}]|Ph|Th|Chr|IJ|Ij)\.(?:-?[{UPPER}]\.)*"
PARTICLES: Final = _words(
    "van de der den des het 't ten ter te in op el al von vom zu du da di do dos "
    "das del della la le bin ben ibn abu ould aan bij onder"
)
"""Lower-case name particles (tussenvoegsels and their foreign equivalents)."""
PARTICLE: Final = "|".join(
    sorted((re.escape(p) for p in PARTICLES), key=_longest_first)
)
_INITIAL_REST: Final = (
    rf"(?:(?<=[{UPPER}])|(?<=P)h|(?<=T)h|(?<=C)hr|(?<=I)J|(?<=I)j)\.(?:-?[{UPPER}]\.)*"
)
"""What follows the first letter of an :data:`INITIAL` (the alternatives in the
same order, the letter checked by a look-behind)."""


PARTICLE_TRIE: Final = trie_source((particle, False) for particle in PARTICLES)
"""The same strings as :data:`PARTICLE`, as a trie."""


def _run_source(letter: str) -> str:
    """The source of :data:`RUN_PATTERN` with ``letter`` as its letter class."""
    # A word: "(?:'s-)?[UPPER](?:LETTER|['’-](?=LETTER))*", its letters
    # written as runs between apostrophes and hyphens, the same strings: the
    # engine repeats a class in a tight loop, while it enters a repeated
    # group with two alternatives anew at each letter (a third of the time).
    rest = rf"{letter}*(?:['’\-]{letter}+)*"
    word = rf"(?:'s-)?[{UPPER}]{rest}"
    # What follows the first character of a word.
    word_rest = rf"(?:(?<=')s-[{UPPER}]|(?<=[{UPPER}])){rest}"
    # The same expression as "(?:(?:INITIAL ?)+(?:(?:PARTICLE) )*)?WORD" and
    # "(?:(?: (?:PARTICLE))* (?:INITIAL ?)*WORD)*" (one after the other), with
    # its first character taken out as a class: an expression that starts with
    # a class lets the engine skip ahead to capitals (a look-ahead does not:
    # the engine then tried the whole expression at every character, 40 %
    # slower). What may not precede a run (NOT_BEFORE_RUN) is checked in
    # Python: a look-behind here costs twice the time. A run rejected that way
    # is skipped whole ("x.Jansen").
    # The rest of a first initial starts with ".", "h" ("Ph."), or "J"/"j"
    # ("IJ."): the look-ahead rules out the initial's six alternatives for
    # the other words in one test.
    return (
        rf"[{UPPER}'](?:(?=[.hJj]){_INITIAL_REST} ?(?:{INITIAL} ?)*"
        rf"(?:{PARTICLE_TRIE} )*{word}"
        rf"|{word_rest})(?:(?: {PARTICLE_TRIE})* (?:{INITIAL} ?)*{word})*"
    )


RUN_PATTERN: Final = compile_cached(_run_source(LETTER))
"""A run of capitalised words, initials and particles on one line."""
RUN_PATTERN_LATIN1: Final = compile_cached(_run_source(f"[{latin1_class(LETTER)}]"))
"""The same for text below U+0100 (:func:`..scope.latin1`): its letter class
is a bitmap, which the engine tests faster than Unicode's categories."""
NOT_BEFORE_RUN: Final = compile_cached(r"[\w@.'’/]")

UNAMBIGUOUS_PARTICLES: Final = _words(
    "der den ten ter el al von vom zu del della dos das bin ben ibn abu ould"
)
"""Particles that almost never mean "of" or "the" between two capitalised words."""
PLACE_PARTICLES: Final = frozenset(["aan", "bij", "onder", "op"])
CAPITAL_PARTICLES: Final = _words(
    "Van Vande Vanden Vander De Den Der Ten Ter Le La Du Da Di Del El Al Von Ben "
    "Bin Abu"
)
ARTICLES: Final = frozenset(["de", "het", "een", "des", "der", "den", "'t"])
FOREIGN_FUNCTION_WORDS: Final = _words(
    "The Of And For In On At By With A An To Les Des Et Der Die Das Und Los Las El"
)
SENTENCE_END: Final = frozenset(".!?:;\n\r\u2029")
SKIP_BEFORE: Final = frozenset(" \t\"'“”‘’„«»()[]-–—•*")
AGE: Final = compile_cached(r" ?[(,] ?(\d{1,3})(?: jaar)? ?[),]")
AFFILIATION: Final = compile_cached(rf"\s?\( ?[{UPPER}][{UPPER}\w.\-!&]{{0,15}} ?\)")
PARTY: Final = compile_cached(r"\s?\( ?(?:beiden |allen |beide )?([^()\n]{1,24}?) ?\)")
"""A parenthesis that may hold a party: "(SP)", "(beiden ChristenUnie)"."""
TRAILING_PARTICLE: Final = compile_cached(
    r",[ \t]*(?:van der|van den|van de|van|de|der|den|ter|ten|te)(?=[ \t]*\()"
)
"""The particle of a surname written first in a list: "Ham, van der (D66)"."""
ACRONYM_PATTERN: Final = compile_cached(rf"[{UPPER}0-9][{UPPER}0-9&\-]+")
COMPASS: Final = compile_cached(
    r"(?:Noord|Zuid|Oost|West|Midden|Centraal|Groot|Klein|Opper|Neder|Boven|"
    r"Beneden|Sint|Saint|Sankt|San|Santa|Nieuw|Oud)-[A-ZÀ-Þ]"
)
VOWELS: Final = frozenset("aeiou")
STREET: Final = compile_cached(
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|hof|park|dijk)$"
)
"""The end of a street name ("Laurens Costerstraat")."""
POSTCODE_DIGITS: Final = compile_cached(r".?[1-9]\d{3} ?")
INITIALS_LINE: Final = compile_cached(r"\s*\( ?[A-Z][A-Za-z]{1,3} ?\)\s*")
COORDINATOR: Final = compile_cached(
    r"\s?(?:\([^()\n]{1,40}\)\s?)?(?:,|en|&|of|,? en)\s"
)

PER: Final = base.PERSON
LOC: Final = base.PLACE
ORG: Final = base.ORGANISATION

# Word properties: bits computed once per distinct word (WordClassifier.flags).
GIVEN: Final = 1 << 0  # in the given-name lexicon
SURNAME: Final = 1 << 1  # in the surname lexicon
PROPER: Final = 1 << 2  # in the untyped proper-name list
PLACE: Final = 1 << 3  # in the place lexicon, or "Noord-", "Sint-" ...
COMMON: Final = 1 << 4  # a Dutch word (also inflected) and no known name
DERIVED: Final = 1 << 5  # adjective, language or inhabitant: "Belgische"
ACRONYM: Final = 1 << 6  # "NMBS", "VVD"
ORG_CUE: Final = 1 << 7  # "Stichting", "Bank", "Moskee"
CAPITAL_PARTICLE: Final = 1 << 8  # "Van", "De", "El"
TITLE: Final = 1 << 9  # "heer", "mw.", "imam"
ROLE: Final = 1 << 10  # "minister", "bondscoach"
KIN: Final = 1 << 11  # "broer", "dochtertje"
FOREIGN: Final = 1 << 12  # "The", "Of", "Les"
FUNCTION: Final = 1 << 13  # closed-class Dutch words: "Volgens", "Maar"
LOWER_COMMON: Final = 1 << 14  # the lower-case form is a Dutch word, even for names
AGENT: Final = 1 << 15  # agent nouns: "aanvaller", "ethicus"
EXACT_COMMON: Final = 1 << 16  # the lower-case form itself is listed, not an inflection
NON_PERSON: Final = 1 << 17  # a law, document, heading or policy word: never a person
ENGLISH: Final = 1 << 18  # an English function word ("The", "For"): never a name
ENGLISH_WORD: Final = 1 << 19  # a frequent English word ("Health", "Policies")
BODY: Final = 1 << 20  # a word of a public body's name ("Werkgelegenheid")
NOT_NAME: Final = COMMON | DERIVED | ACRONYM | ORG_CUE | PLACE | FOREIGN
"""Bits that speak against a person name."""
INTRODUCER: Final = TITLE | ROLE | KIN | AGENT
"""Bits of words that introduce a person name."""
CUE_NAMES: Final = {TITLE: "title", ROLE: "role", KIN: "kin", AGENT: "agent"}
CUE_BOOST: Final = {"title": 0.45, "role": 0.35, "kin": 0.3, "agent": 0.2}
NAMING_CUES: Final = ("title:", "role:")
"""Cues after which a title or role word is a surname ("het lid Prins")."""
PERSON_ONLY_ROLES: Final = frozenset(
    f"role:{word}"
    for word in _words(
        "lid leden kamerlid kamerleden minister ministers staatssecretaris "
        "staatssecretarissen fractievoorzitter premier minister-president "
        "bewindspersoon bewindspersonen"
    )
)
"""Role cues that only ever name persons: after them a surname that is also a
place ("het lid Van Dijk", "de leden De Boer en ...") is the person."""
AGENT_SUFFIXES: Final = tuple(
    _words("aar eur ist icus oloog iater ier ler mer ner ver der ster trice")
)
CACHE_LIMIT: Final = 200_000
"""Word caches are cleared when they grow past this many entries."""


class Suffixes:
    """An expression that ends in ``(?:head|...)$``, searched only in words
    that end in one of the heads: ``str.endswith`` over a tuple is one C call,
    while the search tries the expression at every position of the word (this
    halves the cost of classifying a new word). The result is the search's."""

    __slots__ = ("heads", "pattern", "size", "tails")

    def __init__(self, heads: Iterable[str], pattern: re.Pattern[str]) -> None:
        heads = tuple(heads)
        # The last letters every head ends in: one set look-up rules out most
        # words before ``endswith`` compares all the heads (169 roles).
        self.size = min(len(head) for head in heads)
        self.tails = frozenset(head[-self.size :] for head in heads)
        # "$" also matches before a final newline.
        self.heads = (*heads, "\n")
        self.pattern = pattern

    def search(self, word: str) -> re.Match[str] | None:
        if word[-self.size :] not in self.tails and word[-1:] != "\n":
            return None
        return self.pattern.search(word) if word.endswith(self.heads) else None


def _suffix_pattern(heads: frozenset[str]) -> Suffixes:
    """A pattern for a word that is one of ``heads`` or a compound ending in one
    (at least three letters before the head)."""
    alternatives = "|".join(sorted((re.escape(h) for h in heads), key=_longest_first))
    return Suffixes(heads, compile_cached(rf"(?:^|\w{{3}}-?)(?:{alternatives})$"))


@functools.cache
def public_body_sources() -> dict[str, str]:
    """For each capitalised word (lower case) of the public bodies, the source
    of an expression for the phrases that contain it, longest first.

    Built from ``public_bodies.txt`` once per machine: the result is kept in
    the regex cache by the phrases (building it cost 2 ms per process)."""
    phrases = sorted(vocabulary("public_bodies"))

    def build() -> str:
        expressions: dict[str, list[str]] = {}
        for phrase in phrases:
            tokens = phrase.split()
            expression = r"\s+".join(re.escape(t) for t in tokens)
            for token in tokens:
                if token[:1].isupper():
                    word = token.lower().rstrip(",")
                    expressions.setdefault(word, []).append(expression)
        return "\0".join(
            word
            + "\1"
            + r"(?<!\w)(?:"
            + "|".join(sorted(alternatives, key=len, reverse=True))
            + r")(?!\w)"
            for word, alternatives in expressions.items()
        )

    packed = cached_source("public-bodies\n" + "\n".join(phrases), build)
    return dict(item.split("\1", 1) for item in packed.split("\0") if item)


class WordClassifier:
    """Classifies single words; the base of the name analyser."""

    def __init__(self, lexicons: Lexicons) -> None:
        """Keep the lexicons and word lists; compile the role-suffix pattern."""
        self.lex = lexicons
        self.titles = vocabulary("titles")
        self.roles = vocabulary("roles")
        self.roles_and_titles = self.roles | self.titles
        self.kinship = vocabulary("kinship")
        self.person_verbs = vocabulary("person_verbs")
        self.place_cues = vocabulary("place_cues")
        self.function_words = vocabulary("function_words")
        self.acronyms = vocabulary("acronyms")
        self.furniture = vocabulary("furniture")
        self.parties = vocabulary("parties")
        self.body_abbreviations = vocabulary("body_abbreviations")
        self.english = vocabulary("english_function_words")
        self._body_words = frozenset(public_body_sources())
        self._non_person_suffix = _suffix_pattern(vocabulary("non_person_suffixes"))
        self._org_head = _suffix_pattern(vocabulary("org_heads"))
        heads = sorted(self.roles, key=_longest_first)
        self._role_suffix = Suffixes(
            heads,
            compile_cached("(?:" + "|".join(re.escape(h) for h in heads) + ")$"),
        )
        self._flags: dict[str, int] = {}  # word -> property bits
        self._cues: dict[str, str] = {}  # preceding word -> cue
        self._appositions: dict[str, int] = {}  # word after a comma -> introducer
        # (word, cue, right context) -> scores, evidence, notes
        self._singles: dict[tuple, tuple] = {}

    # -- words ------------------------------------------------------------------

    def common(self, lower: str) -> bool:
        """Whether ``lower`` is a Dutch word, allowing for inflection.

        The OpenTaal list holds base forms only: "verenigde", "grote", "zaken"
        and "wordt" are found through "verenigd", "groot", "zaak" and "worden".
        """
        return lower in self.lex.common_words or self._inflected(lower)

    def _inflected(self, lower: str) -> bool:
        """Whether ``lower`` is an inflected form of a listed Dutch word (see
        :meth:`common`)."""
        words = self.lex.common_words
        last = lower[-1:]
        if last not in "enst" or not last:
            return False  # no inflection below ends otherwise
        for suffix in ("e", "en", "s", "'s"):
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
                stem = lower[: -len(suffix)]
                if stem in words:
                    return True
                if stem[-1] == stem[-2] and stem[:-1] in words:
                    return True  # dikke -> dik
                if (
                    stem[-2] in VOWELS
                    and stem[-1] not in VOWELS
                    and f"{stem[:-1]}{stem[-2]}{stem[-1]}" in words
                ):
                    return True  # grote -> groot, zaken -> zaak, sociale
        for suffix in ("t", "dt"):
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
                stem = lower[: -len(suffix)]
                if f"{stem}en" in words or f"{stem}n" in words:
                    return True  # wordt -> worden, gaat -> gaan
                if f"{stem}{stem[-1]}en" in words:
                    return True  # klopt -> kloppen
        return False

    def flags(self, word: str) -> int:
        """Return the cached property bits of ``word``."""
        cached = self._flags.get(word)
        if cached is not None:
            return cached
        if len(self._flags) > CACHE_LIMIT:
            self._flags.clear()
        lex = self.lex
        bits = 0
        key = word.removesuffix("'s").removesuffix("’s")
        lower = key.lower()
        if key in lex.given_names and not (
            (lower in self.english and len(lower) > 2) or lower in self.function_words
        ):
            bits |= GIVEN  # but "The", "De" or "Het" never ("An" is a name)
        hashed = word_hash(key)  # once for both lists
        if lex.surnames.has_hash(hashed):
            bits |= SURNAME
        if lex.proper_names.has_hash(hashed):
            bits |= PROPER
        if key in lex.places or COMPASS.match(key):
            bits |= PLACE
        if ACRONYM_PATTERN.fullmatch(key):
            bits |= ACRONYM
            if lower in lex.common_words or key in self.acronyms:
                bits |= LOWER_COMMON | EXACT_COMMON  # "BSN", "DNA", "AVG"
        elif lower in self.function_words:
            bits |= COMMON | LOWER_COMMON | FUNCTION
        elif (exact := lower in lex.common_words) or self._inflected(lower):
            bits |= LOWER_COMMON
            if exact:
                bits |= EXACT_COMMON
            # A capitalised word that is also a name ("Bakker", "Moore") only
            # counts as a common word at the start of a sentence.
            if not bits & (GIVEN | SURNAME | PROPER):
                bits |= COMMON
        if self._derived(key, bool(bits & SURNAME) or key in lex.given_names):
            bits |= DERIVED
        if lower in lex.org_cues or lower.rpartition("-")[2] in lex.org_cues:
            bits |= ORG_CUE
        if key in CAPITAL_PARTICLES:
            bits |= CAPITAL_PARTICLE
        if word in FOREIGN_FUNCTION_WORDS:
            bits |= FOREIGN
        if lower in self.english and not bits & GIVEN:
            bits |= ENGLISH | FOREIGN
        if not bits & GIVEN and (
            lower in lex.english_words
            or (lower.endswith("s") and lower[:-1] in lex.english_words)
            or (lower.endswith("ies") and f"{lower[:-3]}y" in lex.english_words)
        ):
            bits |= ENGLISH_WORD
        if lower in self._body_words:
            bits |= BODY
        if key in self.parties:
            bits |= ORG_CUE | NON_PERSON
        elif key in self.body_abbreviations:
            bits |= NON_PERSON  # an organisation's name, never a person's
        elif not bits & GIVEN:
            # "Comptabiliteitswet", "Kernpunten", "Belastingdienst": laws,
            # headings and bodies, never persons (also in capitals).
            if lower in self.furniture or self._non_person_suffix.search(lower):
                bits |= NON_PERSON
            if not bits & SURNAME and self._org_head.search(lower):
                bits |= ORG_CUE | NON_PERSON
        bits |= self._introducer(lower)
        self._flags[word] = bits
        return bits

    def _introducer(self, lower: str) -> int:
        """``TITLE``, ``ROLE``, ``KIN`` or ``AGENT`` when ``lower`` introduces a
        name, else 0."""
        lower = lower.rstrip(".:,")
        if lower in self.titles:
            return TITLE
        if lower in self.kinship:
            return KIN
        if lower.endswith("je"):
            for cut in (2, 3, 4):  # diminutives: "dochtertje", "broertje"
                if lower[:-cut] in self.kinship:
                    return KIN
        tail = lower.rpartition("-")[2]
        if tail in self.roles or (tail != lower and tail in self.kinship):
            return ROLE
        head = self._role_suffix.search(tail) if len(tail) > 5 else None
        if head and (len(head.group()) >= 7 or self.common(tail)):
            # Compounds such as "bondscoach" or "Midden-Oostendeskundige"; with
            # a short head the whole must be a word ("Rembrandt" is no "arts").
            return ROLE
        if (
            len(tail) >= 7
            and tail.endswith(AGENT_SUFFIXES)
            and tail not in self.function_words
            and self.common(tail)
        ):
            return AGENT  # agent nouns: "aanvaller", "topzwemmer", "ethicus"
        return 0

    def _derived(self, word: str, named: bool) -> bool:
        """Whether ``word`` is an adjective, language or inhabitant ("Belgische");
        ``named``: whether it is a listed surname or given name (known by the
        caller, which saves a second look-up in the large surname list)."""
        known = self.lex.capitalised_words
        if word in known:
            return True
        _, dash, tail = word.rpartition("-")
        if dash and (tail[:1].islower() or tail in known):
            # "BSE-besmetting", "Sabena-aandelen", "Bosnisch-Servische"
            return True
        if named or word[-1:] not in "ensr" or len(word) < 5:
            return False  # no suffix below fits
        for suffix in ("e", "en", "n", "s", "ers", "er"):
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 4 and stem in known:
                return True  # "Amerikaanse", "Palestijnen", "Nederlanders"
        return False
