# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Lazy, cached access to the lexicons and word lists shipped with the package.

Built lexicons (``data/*.txt.gz``) come from ``bin/build_lexicons.py`` and are
described by ``data/manifest.json``; curated word lists live in
``data/vocabulary/*.txt``. Nothing is read at import: the first call loads the
files and later calls return the cached sets.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
"""Folder with the built lexicons, the manifest and the curated vocabularies."""


WordSet = Mapping[str, None]
"""A read-only set of words, stored as a dict with ``None`` values.

A dict of strings is not tracked by the garbage collector, a (frozen)set is: a
full collection would otherwise walk hundreds of thousands of lexicon entries
every time, which costs more than a third of the scan time. Use ``in`` only.
"""


def _word_set(words: Iterable[str]) -> WordSet:
    return dict.fromkeys(words)


@dataclass(frozen=True, slots=True)
class Lexicons:
    """The built lexicons (see ``herstel.detection.build.lexicons``)."""

    given_names: WordSet
    """Capitalised given names, e.g. ``"Jan"``."""
    surnames: WordSet
    """Capitalised surnames without particles, e.g. ``"Galen"``."""
    places: WordSet
    """Place names, possibly several words, e.g. ``"Alphen aan den Rijn"``."""
    streets: WordSet
    """Street names in lower case, e.g. ``"jan van galenstraat"``."""
    common_words: WordSet
    """Approved Dutch words that start with a lower-case letter."""
    capitalised_words: WordSet
    """Approved Dutch words that start with a capital, e.g. ``"Belgische"``."""
    proper_names: WordSet
    """Untyped proper names (persons, places, brands) from OpenTaal."""
    org_cues: WordSet
    """Lower-case words that mark an organisation name."""
    english_words: WordSet
    """Frequent English words in lower case ("health", "public")."""


def _read_lines(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [
            line
            for line in handle.read().splitlines()
            if line and not line.startswith("#")
        ]


@functools.cache
def vocabulary(name: str) -> frozenset[str]:
    """Return the curated word list ``data/vocabulary/<name>.txt`` as a set."""
    return frozenset(_read_lines(DATA_DIR / "vocabulary" / f"{name}.txt"))


@functools.cache
def lexicons_load() -> Lexicons:
    """Load the built lexicons once and return them."""

    def built(name: str) -> list[str]:
        return _read_lines(DATA_DIR / f"{name}.txt.gz")

    approved = built("common_words")
    return Lexicons(
        given_names=_word_set([*built("given_names"), *built("world_given_names")]),
        surnames=_word_set([*built("surnames"), *built("world_surnames")]),
        places=_word_set(built("places")),
        streets=_word_set(street.lower() for street in built("streets")),
        common_words=_word_set(w for w in approved if not w[0].isupper()),
        capitalised_words=_word_set(w for w in approved if w[0].isupper()),
        proper_names=_word_set(built("proper_names")),
        org_cues=_word_set([*built("org_cues"), *sorted(vocabulary("org_cues"))]),
        english_words=_word_set(
            [*built("world_english_words"), *sorted(vocabulary("english_words"))]
        ),
    )


def manifest() -> dict[str, object]:
    """Return the build manifest of the shipped lexicons."""
    data = json.loads((DATA_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data
