# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Lazy, cached access to the lexicons and word lists shipped with the package.

Built lexicons (``data/*.txt.gz``) come from ``bin/build_lexicons.py`` and are
described by ``data/manifest.json``; curated word lists live in
``data/vocabulary/*.txt``. Nothing is read at import: the first call loads the
files and later calls return the cached sets.
"""

from __future__ import annotations

import array
import bisect
import functools
import gzip
import hashlib
import json
import marshal
import sys
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


def word_hash(word: str) -> int:
    """A stable 64-bit hash of ``word`` (``hash()`` differs per process): its
    CRC-32 and Adler-32 side by side, the cheapest stable hash the standard
    library has (a cryptographic one costs twice the look-up)."""
    data = word.encode("utf-8", "surrogatepass")
    return zlib.crc32(data) << 32 | zlib.adler32(data)


FORMAT = 2
"""Version of the prebuilt structures; a file of another version is rebuilt
in memory from the ``*.txt.gz`` files (change it with :func:`word_hash`)."""


class HashedWords:
    """A read-only set of words kept as the sorted 64-bit hashes of its words
    (:func:`word_hash`), searched by bisection.

    Loading one is a copy of bytes into an array: no string object per entry
    and no hash table, which for the large lexicons (about 200,000 Dutch words,
    100,000 street names) cost more than the rest of the start-up. A word not
    in the set is taken for one with a chance below 1 in 10^11 per look-up.
    The name analyser caches its per-word decisions, so the slower look-up is
    paid once per distinct word. Use ``in`` only.
    """

    __slots__ = ("_hashes",)

    def __init__(self, hashes: array.array[int]) -> None:
        """``hashes`` must be sorted (:meth:`of` and :meth:`from_bytes` do)."""
        self._hashes = hashes

    @classmethod
    def of(cls, words: Iterable[str]) -> HashedWords:
        """The set of ``words``."""
        return cls(array.array("Q", sorted({word_hash(w) for w in words})))

    @classmethod
    def from_bytes(cls, data: bytes) -> HashedWords:
        """Read what :meth:`to_bytes` wrote."""
        hashes = array.array("Q")
        hashes.frombytes(data)
        if sys.byteorder != "little":
            hashes.byteswap()
        return cls(hashes)

    def to_bytes(self) -> bytes:
        """The sorted hashes, 8 bytes each, little-endian."""
        hashes = array.array("Q", self._hashes)
        if sys.byteorder != "little":
            hashes.byteswap()
        return hashes.tobytes()

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        hashes = self._hashes
        key = word_hash(word)
        index = bisect.bisect_left(hashes, key)
        return index < len(hashes) and hashes[index] == key

    def __len__(self) -> int:
        return len(self._hashes)


@dataclass(frozen=True, slots=True)
class Lexicons:
    """The built lexicons (see ``herstel.detection.build.lexicons``)."""

    given_names: WordSet
    """Capitalised given names, e.g. ``"Jan"``."""
    surnames: HashedWords
    """Capitalised surnames without particles, e.g. ``"Galen"``."""
    places: WordSet
    """Place names, possibly several words, e.g. ``"Alphen aan den Rijn"``."""
    common_words: HashedWords
    """Approved Dutch words that start with a lower-case letter."""
    capitalised_words: WordSet
    """Approved Dutch words that start with a capital, e.g. ``"Belgische"``."""
    proper_names: HashedWords
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


HASHED = frozenset({"common_words", "surnames", "proper_names", "streets"})
"""The large lexicons, kept as :class:`HashedWords` (the others are dicts)."""

Compact = dict[str, "list[str] | HashedWords"]
"""A prebuilt structure: word lists, and :class:`HashedWords` for :data:`HASHED`."""


def compact_write() -> None:
    """Write the prebuilt structures ``lexicons.bin`` and ``streets.bin``.

    One ``marshal`` record each, with the fingerprint of the inputs: the small
    lexicons as one zlib-compressed, newline-joined text each (loading one is a
    decompression, a split and a ``dict.fromkeys``), the large ones
    (:data:`HASHED`) as the raw bytes of :class:`HashedWords`. The street
    names, only needed for addresses, are a file of their own."""
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
            "format": FORMAT,
            "words": {
                key: zlib.compress("\n".join(dict.fromkeys(entries)).encode(), 9)
                for key, entries in lexicons.items()
                if key not in HASHED
            },
            "hashed": {
                key: HashedWords.of(entries).to_bytes()
                for key, entries in lexicons.items()
                if key in HASHED
            },
        }
        _compact_path(name).write_bytes(marshal.dumps(payload))


def _compact_read(name: str) -> Compact | None:
    """A prebuilt structure, or ``None`` when absent or out of date."""
    try:
        # Our own file, shipped in the package and checked by fingerprint.
        payload = marshal.loads(_compact_path(name).read_bytes())  # noqa: S302
        if payload.get("fingerprint") != _fingerprint() or (
            payload.get("format") != FORMAT
        ):
            return None
        compact: Compact = {
            key: zlib.decompress(data).decode().split("\n")
            for key, data in payload["words"].items()
        }
        for key, data in payload["hashed"].items():
            compact[key] = HashedWords.from_bytes(data)
    except (OSError, ValueError, EOFError, KeyError, AttributeError, zlib.error):
        return None
    return compact


def _from_entries(entries: Compact | dict[str, list[str]]) -> dict[str, object]:
    """The lexicons of ``entries``: dicts, or :class:`HashedWords` for
    :data:`HASHED` (already built in a prebuilt structure)."""
    return {
        key: words
        if isinstance(words, HashedWords)
        else HashedWords.of(words)
        if key in HASHED
        else _word_set(words)
        for key, words in entries.items()
    }


@functools.cache
def lexicons_load() -> Lexicons:
    """Load the built lexicons once and return them (from the prebuilt
    structure when it is current, else from the ``*.txt.gz`` files)."""
    entries = _compact_read("lexicons") or _entries()
    return Lexicons(**_from_entries(entries))  # type: ignore[arg-type]


@functools.cache
def streets_load() -> HashedWords:
    """The BAG street names in lower case, e.g. ``"jan van galenstraat"``;
    loaded on first use (only addresses need them)."""
    compact = _compact_read("streets")
    if compact is None:
        compact = {
            "streets": [s.lower() for s in _read_lines(DATA_DIR / "streets.txt.gz")]
        }
    streets = _from_entries(compact)["streets"]
    assert isinstance(streets, HashedWords)
    return streets


def manifest() -> dict[str, object]:
    """Return the build manifest of the shipped lexicons."""
    data = json.loads((DATA_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data
