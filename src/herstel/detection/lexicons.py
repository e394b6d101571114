# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Lazy, cached access to the lexicons and word lists shipped with the package.

Built lexicons (``data/*.txt.gz``) come from ``bin/build_lexicons.py`` and are
described by ``data/manifest.json``; curated word lists live in
``data/vocabulary/*.txt``. Nothing is read at import: the first call loads the
files and later calls return the cached sets.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import hashlib
import json
import marshal
import zlib
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


class SortedWords:
    """A read-only set of words kept as one sorted list, searched by bisection.

    For the largest lexicon (about 200,000 Dutch words) this skips building a
    hash table at start-up, which cost more than the rest of the lexicon load;
    the name analyser caches its per-word decisions, so the slower look-up is
    paid once per distinct word. Use ``in`` only.
    """

    __slots__ = ("_words",)

    def __init__(self, words: list[str]) -> None:
        """``words`` must be sorted (``_entries`` sorts them, and the prebuilt
        structure is written from it)."""
        self._words = words

    def __contains__(self, word: object) -> bool:
        words = self._words
        index = bisect.bisect_left(words, word)  # type: ignore[call-overload]
        return index < len(words) and words[index] == word

    def __len__(self) -> int:
        return len(self._words)


@dataclass(frozen=True, slots=True)
class Lexicons:
    """The built lexicons (see ``herstel.detection.build.lexicons``)."""

    given_names: WordSet
    """Capitalised given names, e.g. ``"Jan"``."""
    surnames: WordSet
    """Capitalised surnames without particles, e.g. ``"Galen"``."""
    places: WordSet
    """Place names, possibly several words, e.g. ``"Alphen aan den Rijn"``."""
    common_words: SortedWords
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


_BUILT = (
    "given_names",
    "world_given_names",
    "surnames",
    "world_surnames",
    "places",
    "streets",
    "common_words",
    "proper_names",
    "org_cues",
    "world_english_words",
)
_VOCABULARIES = ("org_cues", "english_words")


def _inputs() -> list[Path]:
    return [DATA_DIR / f"{name}.txt.gz" for name in _BUILT] + [
        DATA_DIR / "vocabulary" / f"{name}.txt" for name in _VOCABULARIES
    ]


@functools.cache
def _fingerprint() -> str:
    """SHA-256 over every input of the lexicons."""
    digest = hashlib.sha256()
    for path in _inputs():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _entries() -> dict[str, list[str]]:
    """Every lexicon's entries, computed from the built files."""

    def built(name: str) -> list[str]:
        return _read_lines(DATA_DIR / f"{name}.txt.gz")

    approved = built("common_words")
    return {
        "given_names": [*built("given_names"), *built("world_given_names")],
        "surnames": [*built("surnames"), *built("world_surnames")],
        "places": built("places"),
        "common_words": sorted({w for w in approved if not w[0].isupper()}),
        "capitalised_words": [w for w in approved if w[0].isupper()],
        "proper_names": built("proper_names"),
        "org_cues": [*built("org_cues"), *sorted(vocabulary("org_cues"))],
        "english_words": [
            *built("world_english_words"),
            *sorted(vocabulary("english_words")),
        ],
    }


def _compact_path(name: str) -> Path:
    return DATA_DIR / f"{name}.bin"


def compact_write() -> None:
    """Write the prebuilt structures ``lexicons.bin`` and ``streets.bin``:
    every lexicon as one newline-joined string (``marshal``, zlib-compressed),
    with the fingerprint of the inputs. Loading one is a decompression, a split
    and a ``dict.fromkeys`` per lexicon, no Python loop over the entries; the
    street names, only needed for addresses, are a file of their own."""
    fingerprint = _fingerprint()
    parts = {
        "lexicons": _entries(),
        "streets": {
            "streets": [s.lower() for s in _read_lines(DATA_DIR / "streets.txt.gz")]
        },
    }
    for name, lexicons in parts.items():
        payload = {
            "fingerprint": fingerprint,
            "lexicons": {
                key: "\n".join(dict.fromkeys(entries))
                for key, entries in lexicons.items()
            },
        }
        _compact_path(name).write_bytes(zlib.compress(marshal.dumps(payload), 9))


def _compact_read(name: str) -> dict[str, list[str]] | None:
    """A prebuilt structure, or ``None`` when absent or out of date."""
    try:
        # Our own file, shipped in the package and checked by fingerprint.
        data = zlib.decompress(_compact_path(name).read_bytes())
        payload = marshal.loads(data)  # noqa: S302
    except (OSError, ValueError, EOFError, zlib.error):
        return None
    if payload.get("fingerprint") != _fingerprint():
        return None
    return {key: text.split("\n") for key, text in payload["lexicons"].items()}


@functools.cache
def lexicons_load() -> Lexicons:
    """Load the built lexicons once and return them (from the prebuilt
    structure when it is current, else from the ``*.txt.gz`` files)."""
    entries = _compact_read("lexicons") or _entries()
    sets: dict[str, object] = {
        name: _word_set(words)
        for name, words in entries.items()
        if name != "common_words"
    }
    return Lexicons(common_words=SortedWords(entries["common_words"]), **sets)  # type: ignore[arg-type]


@functools.cache
def streets_load() -> WordSet:
    """The BAG street names in lower case, e.g. ``"jan van galenstraat"``;
    loaded on first use (only addresses need them)."""
    compact = _compact_read("streets")
    if compact is not None:
        return _word_set(compact["streets"])
    return _word_set(s.lower() for s in _read_lines(DATA_DIR / "streets.txt.gz"))


def manifest() -> dict[str, object]:
    """Return the build manifest of the shipped lexicons."""
    data = json.loads((DATA_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data
