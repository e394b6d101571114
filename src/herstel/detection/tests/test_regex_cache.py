# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The regular-expression cache gives the patterns ``re.compile`` gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from herstel.detection import regex_cache

PATTERNS = [
    (r"(?P<surname>[A-Z][a-z]+),? (?P<initials>(?:[A-Z]\.)+)", 0),
    (r"(?<!\w)(?:woont|adres)(?!\w)", re.IGNORECASE),
    (r"[^\w](?P<term>mos(?:kee\w*|lim\w*)|imam)(?!\w)", 0),
]
TEXT = "Jansen, J.P. woont bij de moskee; Adres: Keunen L.J. en de imam."


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache in a temporary folder, as a new process sees it."""
    monkeypatch.setenv("HERSTEL_REGEX_CACHE", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_new", 0)
    return tmp_path


def _same(cached: re.Pattern[str], pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    assert cached.pattern == plain.pattern
    assert cached.flags == plain.flags
    assert cached.groupindex == plain.groupindex
    assert [m.groupdict() | {"span": m.span()} for m in cached.finditer(TEXT)] == [
        m.groupdict() | {"span": m.span()} for m in plain.finditer(TEXT)
    ]


def test_compiled_then_read_back_from_the_file(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        _same(regex_cache.compile(pattern, flags), pattern, flags)
    regex_cache._save()
    [written] = fresh.iterdir()
    assert written.name.startswith("regex-")
    # A later process: the entries come from the file, nothing is compiled.
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_new", 0)
    for pattern, flags in PATTERNS:
        _same(regex_cache.compile(pattern, flags), pattern, flags)
    assert regex_cache._new == 0


def test_a_damaged_file_only_costs_the_compile(fresh):
    regex_cache.compile("x")  # finds the file's name
    path = regex_cache._path()
    assert path is not None
    path.write_bytes(b"\x00not marshal")
    regex_cache._entries = None
    pattern, flags = PATTERNS[0]
    _same(regex_cache.compile(pattern, flags), pattern, flags)


def test_a_damaged_entry_is_compiled_again(fresh):
    pattern, flags = PATTERNS[1]
    regex_cache._load()[(pattern, int(flags))] = (int(flags), [999, 1, 2], 0, {}, ())
    _same(regex_cache.compile(pattern, flags), pattern, flags)


def test_switched_off(monkeypatch):
    monkeypatch.setenv("HERSTEL_REGEX_CACHE", "")
    assert regex_cache._path() is None


def test_no_home_folder_means_no_cache(monkeypatch):
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("HERSTEL_REGEX_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert regex_cache._path() is None


def test_a_built_source_is_kept_by_its_key(fresh, monkeypatch):
    built = []

    def build() -> str:
        built.append(1)
        return "mos(?:kee|lim)"

    assert regex_cache.source("trie\nmoskee\nmoslim", build) == "mos(?:kee|lim)"
    regex_cache._save()
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_new", 0)
    assert regex_cache.source("trie\nmoskee\nmoslim", build) == "mos(?:kee|lim)"
    assert built == [1]  # read back, not built again
    assert regex_cache.source("trie\nimam", lambda: "imam") == "imam"  # other key
    # A source never stands in for a compiled pattern of the same text.
    assert regex_cache.compile("trie\nimam").pattern == "trie\nimam"
