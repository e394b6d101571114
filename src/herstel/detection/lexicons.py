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
import json
import marshal
import sys
import zlib
from collections.abc import Iterable
from collections.abc import Mapping
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


FORMAT = 3
"""Version of the prebuilt structures; a file of another version is rebuilt
in memory from the ``*.txt.gz`` files (change it with :func:`word_hash`)."""


class HashedWords:
    """A read-only set of words kept as the sorted 64-bit hashes of its words
    (:func:`word_hash`), with an index of where each run of hashes with the
    same top bits starts.

    Loading one is a copy of bytes into two arrays: no string object per entry
    and no hash table, which for the large lexicons (about 200,000 Dutch words,
    100,000 street names) cost more than the rest of the start-up. A look-up
    bisects only the few hashes of its bucket (about four), not the whole
    array (eighteen steps, each making an integer object): twice as fast. A
    word not in the set is taken for one with a chance below 1 in 10^11 per
    look-up. Use ``in`` only.
    """

    __slots__ = ("_hashes", "_shift", "_starts")

    def __init__(
        self, hashes: array.array[int], starts: array.array[int] | None = None
    ) -> None:
        """``hashes`` must be sorted (:meth:`of` and :meth:`from_bytes` do);
        ``starts`` is their bucket index (computed when not given)."""
        self._hashes = hashes
        bits = max(1, (len(hashes) // 4).bit_length())
        self._shift = 64 - bits
        if starts is None or len(starts) != (1 << bits) + 1:
            starts = array.array("I", [0]) * ((1 << bits) + 1)
            count = 0
            for top in range(1 << bits):
                count = bisect.bisect_left(hashes, (top + 1) << self._shift, count)
                starts[top + 1] = count
        self._starts = starts

    @classmethod
    def of(cls, words: Iterable[str]) -> HashedWords:
        """The set of ``words``."""
        return cls(array.array("Q", sorted({word_hash(w) for w in words})))

    @classmethod
    def from_bytes(cls, data: bytes, index: bytes = b"") -> HashedWords:
        """Read what :meth:`to_bytes` and :meth:`index_bytes` wrote."""
        hashes = array.array("Q")
        hashes.frombytes(data)
        starts = array.array("I")
        starts.frombytes(index)
        if sys.byteorder != "little":
            hashes.byteswap()
            starts.byteswap()
        return cls(hashes, starts or None)

    def to_bytes(self) -> bytes:
        """The sorted hashes, 8 bytes each, little-endian."""
        return self._little(array.array("Q", self._hashes))

    def index_bytes(self) -> bytes:
        """The bucket index, 4 bytes per entry, little-endian."""
        return self._little(array.array("I", self._starts))

    @staticmethod
    def _little(values: array.array[int]) -> bytes:
        if sys.byteorder != "little":
            values.byteswap()
        return values.tobytes()

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.has_hash(word_hash(word))

    def has_hash(self, key: int) -> bool:
        """Whether the word whose :func:`word_hash` is ``key`` is in the set
        (for a word looked up in several sets: it is hashed once)."""
        starts = self._starts
        top = key >> self._shift
        high = starts[top + 1]
        index = bisect.bisect_left(self._hashes, key, starts[top], high)
        return index < high and self._hashes[index] == key

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
    """Name, size and CRC-32 of every input of the lexicons: it tells a stale
    prebuilt structure from a current one (the files ship together in the
    package; zlib is loaded anyway, hashlib would add 4 ms to the start-up).

    A gzip file's last eight bytes are the CRC-32 and length of its content,
    written by gzip itself: read those, not the 1.5 MB of the files."""
    parts = []
    for path in _inputs():
        with path.open("rb") as handle:
            size = handle.seek(0, 2)
            if path.suffix == ".gz" and size >= 18:  # header and trailer
                handle.seek(size - 8)
                check = handle.read(8).hex()
            else:
                handle.seek(0)
                check = f"{zlib.crc32(handle.read()):08x}"
        parts.append(f"{path.name}:{size}:{check}")
    return " ".join(parts)


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
    (:data:`HASHED`) as the raw bytes of :class:`HashedWords` and its bucket
    index. The street
    names, only needed for addresses, are a file of their own."""
    fingerprint = _fingerprint()
    parts = {
        "lexicons": _entries(),
        "streets": {
            "streets": [s.lower() for s in _read_lines(DATA_DIR / "streets.txt.gz")]
        },
    }
    for name, lexicons in parts.items():
        hashed = {
            key: HashedWords.of(entries)
            for key, entries in lexicons.items()
            if key in HASHED
        }
        payload = {
            "fingerprint": fingerprint,
            "format": FORMAT,
            "words": {
                key: zlib.compress("\n".join(dict.fromkeys(entries)).encode(), 9)
                for key, entries in lexicons.items()
                if key not in HASHED
            },
            "hashed": {key: words.to_bytes() for key, words in hashed.items()},
            "index": {key: words.index_bytes() for key, words in hashed.items()},
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
            compact[key] = HashedWords.from_bytes(data, payload["index"][key])
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
