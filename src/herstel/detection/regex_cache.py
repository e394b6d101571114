# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Regular expressions compiled once per machine, not once per process.

Compiling the engine's large expressions (the trie of special-category terms,
the capitalised-run scanner, the name forms, the public-body phrases) costs
about 40 ms of CPU at every start of ``herstel scan``, a fifth of its start-up:
``re`` parses each pattern in Python. :func:`compile` keeps the result of that
parse (the engine's code, a list of integers, and the group names) in a cache
file and hands it straight to the regular-expression engine in later
processes, which checks the code before it uses it. The result is the same
``re.Pattern`` that ``re.compile`` returns.

The file lives in ``$HERSTEL_REGEX_CACHE`` (a folder; empty to switch the cache
off), else ``$XDG_CACHE_HOME/herstel`` or ``~/.cache/herstel``; its name holds
the Python version and the engine's magic number, so another Python never
reads it. A missing, unreadable or damaged file only costs the compile; the
file is written (atomically) at exit when a process compiled something new.
It holds patterns (word lists, no document text).

:func:`source` keeps the source of an expression that is itself costly to
build (the trie of the special categories, 5 ms) in the same file.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:  # CPython's engine; elsewhere this module is plain ``re.compile``
    import _sre
    from re import _compiler  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

_Key = tuple[str, int]
_entries: dict[_Key, tuple[Any, ...]] | None = None
_new = 0
_used: set[_Key] = set()
LIMIT = 2000
"""Beyond this many entries (patterns built from older word lists pile up),
the file keeps only the patterns of the process that writes it."""


def _path() -> Path | None:
    folder = os.environ.get("HERSTEL_REGEX_CACHE")
    if folder == "" or _sre is None:
        return None
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME")
        if not base:
            try:
                base = str(Path.home() / ".cache")
            except RuntimeError:
                return None  # no home folder (a service account): no cache
        folder = str(Path(base) / "herstel")
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return Path(folder) / f"regex-{tag}.marshal"


def _load() -> dict[_Key, tuple[Any, ...]]:
    global _entries
    if _entries is None:
        _entries = {}
        path = _path()
        if path is not None:
            try:
                # Our own file in the user's cache; the engine checks the code.
                loaded = marshal.loads(path.read_bytes())  # noqa: S302
                if isinstance(loaded, dict):
                    _entries = loaded
            except (OSError, EOFError, ValueError, TypeError):
                pass  # no cache yet, or a damaged one: compile
            atexit.register(_save)
    return _entries


def _save() -> None:
    path = _path()
    if not _new or path is None or _entries is None:
        return
    entries = _entries
    if len(entries) > LIMIT:
        entries = {key: entries[key] for key in _used if key in entries}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_bytes(marshal.dumps(entries))
        os.replace(partial, path)
    except (OSError, ValueError):
        pass  # a read-only home: the next process compiles again


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when it holds it."""
    global _new
    if _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    flags = int(flags)
    entries = _load()
    key = (pattern, flags)
    _used.add(key)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)  # type: ignore[no-any-return]
        except (TypeError, ValueError, RuntimeError):
            pass  # a damaged entry: compile it again
    parsed = _parser.parse(pattern, flags)
    # Opcodes are int subclasses, which marshal refuses: plain ints.
    code = [int(word) for word in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    compiled = _sre.compile(pattern, *entry)
    entries[key] = entry
    _new += 1
    return compiled  # type: ignore[no-any-return]


def source(key: str, build: Callable[[], str]) -> str:
    """``build()``, from the cache when it holds the result for ``key``.

    For the source of an expression that costs more to build than to compile
    (a trie over a word list); ``key`` must determine the result (the word
    list itself), since the file outlives changes to the lists.
    """
    global _new
    if _sre is None:
        return build()
    entries = _load()
    cache_key = (key, -1)  # never the flags of a compiled pattern
    _used.add(cache_key)
    entry = entries.get(cache_key)
    if entry is not None and len(entry) == 1 and isinstance(entry[0], str):
        return entry[0]
    built = build()
    entries[cache_key] = (built,)
    _new += 1
    return built
