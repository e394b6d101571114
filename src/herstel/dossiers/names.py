# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Name normalisation for the subject index (pure Python, no Django).

A person appears under many spellings: "Johan van der Berg", "J. van der
Berg", "Berg, J. van der", "VAN DER BERG", "Jóhan v.d. Berg". :func:`name_parse`
reduces a spelling to given names and a surname core without the Dutch
*tussenvoegsels* (prefix particles); :func:`name_keys` turns that into match
keys of decreasing strength. The keys are hashed with a secret before they
reach the database (see ``subjects.py``), so the index holds no readable names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Dutch (and common Arabic, Turkish, French, German) surname prefixes.
PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "des",
        "du",
        "da",
        "di",
        "dos",
        "het",
        "t",
        "ter",
        "ten",
        "te",
        "in",
        "op",
        "onder",
        "aan",
        "uit",
        "bij",
        "el",
        "al",
        "ul",
        "la",
        "le",
        "los",
        "las",
        "vd",
        "v",
        "d",
        "ben",
        "bin",
        "ibn",
        "abu",
    }
)
# Forms of address and titles that are not part of a name.
TITLES = frozenset(
    {
        "heer",
        "mevrouw",
        "mevr",
        "mw",
        "mvr",
        "dhr",
        "hr",
        "dr",
        "drs",
        "mr",
        "ir",
        "ing",
        "prof",
        "ds",
        "imam",
        "meneer",
        "mijnheer",
        "juffrouw",
        "familie",
        "fam",
    }
)
_TOKEN = re.compile(r"[a-z0-9']+")


class KeyKind:
    """How strongly a key identifies a person; the value is its weight."""

    FULL = 3
    """First given name and surname core: "johan|berg"."""
    INITIAL = 2
    """First initial and surname core: "j|berg"."""
    SURNAME = 1
    """Surname core alone: "berg"."""
    PLACE = 10
    """A place named in the same document (strengthens a link)."""
    BIRTH = 11
    """A date of birth named in the same document."""


@dataclass(frozen=True, slots=True)
class ParsedName:
    given: tuple[str, ...]
    """Given names or initials, folded (may be empty)."""
    surname: str
    """The surname core without particles, folded; "" when not a name."""

    @property
    def initial(self) -> str:
        return self.given[0][0] if self.given else ""

    @property
    def first_name(self) -> str:
        """The first given name when written out (not an initial)."""
        return self.given[0] if self.given and len(self.given[0]) > 1 else ""


def fold(text: str) -> str:
    """Lower case without diacritics; "Çelik-Öztürk" becomes "celik-ozturk"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(text: str) -> list[str]:
    # Initials written together ("J.P." or "JP.") become separate tokens.
    spaced = re.sub(r"\.", ". ", text)
    words: list[str] = []
    for raw in spaced.replace("-", "").split():
        word = raw.strip('.,;:()"')
        if not word:
            continue
        words.extend(_TOKEN.findall(word.replace("’", "'")))
    return [w.strip("'") for w in words if w.strip("'")]


def _strip_titles(tokens: list[str]) -> list[str]:
    # "de heer", "mevrouw", "dr." before the name.
    while tokens:
        if tokens[0] in TITLES:
            tokens = tokens[1:]
        elif tokens[0] == "de" and len(tokens) > 1 and tokens[1] in TITLES:
            tokens = tokens[2:]
        else:
            break
    return tokens


def _split(tokens: list[str]) -> tuple[list[str], str]:
    """Given names and surname core of a name written in natural order."""
    if not tokens:
        return [], ""
    if tokens[0] in PARTICLES:  # "van der Berg" without a given name
        return [], "".join(t for t in tokens if t not in PARTICLES)
    # The surname starts at the first particle after a given name or
    # initial; without particles it is the last word.
    for index in range(1, len(tokens)):
        if tokens[index] in PARTICLES and index < len(tokens) - 1:
            rest = [t for t in tokens[index:] if t not in PARTICLES]
            return tokens[:index], "".join(rest)
    return tokens[:-1], tokens[-1]


def name_parse(text: str) -> ParsedName:
    """Split one spelling of a name into given names and a surname core."""
    folded = fold(text)
    if "," in folded:
        # "El Amrani, A." or "Berg, Johan van der": surname first.
        left, right = folded.split(",", 1)
        surname_tokens = _strip_titles(_tokens(left))
        given = [t for t in _tokens(right) if t not in TITLES]
        given_names = [t for t in given if t not in PARTICLES]
        core = "".join(t for t in surname_tokens if t not in PARTICLES)
        return ParsedName(given=tuple(given_names), surname=core)
    tokens = _strip_titles(_tokens(folded))
    given, core = _split(tokens)
    return ParsedName(given=tuple(g for g in given if g), surname=core)


def name_keys(text: str) -> dict[int, str]:
    """The match keys of one spelling, by kind (strongest first)."""
    parsed = name_parse(text)
    if len(parsed.surname) < 2:
        return {}
    keys = {KeyKind.SURNAME: parsed.surname}
    if parsed.initial:
        keys[KeyKind.INITIAL] = f"{parsed.initial}|{parsed.surname}"
    if parsed.first_name:
        keys[KeyKind.FULL] = f"{parsed.first_name}|{parsed.surname}"
    return dict(sorted(keys.items(), reverse=True))


def place_key(text: str) -> str:
    """Key of a place name: folded, letters only ("'s-Hertogenbosch")."""
    return "".join(re.findall(r"[a-z0-9]+", fold(text)))


def birth_key(text: str) -> str:
    """Key of a date written as digits (d-m-yyyy in any separator); "" if none."""
    parts = re.findall(r"\d+", text)
    if len(parts) != 3:
        return ""
    day, month, year = (int(p) for p in parts)
    if year < 100:
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"
