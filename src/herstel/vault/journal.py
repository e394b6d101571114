# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The shred journal: an append-only, hash-chained record of destroyed key ids.

It holds key ids and times only, never key material. The key store consults it
on every read, so a key store restored from an older backup cannot hand out a
key that was shredded after that backup was made.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Protocol

GENESIS = "0" * 64


class JournalCorruptError(Exception):
    """The journal's chain is broken: an entry was altered, removed or reordered."""


@dataclass(frozen=True, slots=True)
class JournalEntry:
    seq: int
    key_id: str
    shredded_at: str
    prev_hash: str
    hash: str

    @staticmethod
    def compute_hash(*, seq: int, key_id: str, shredded_at: str, prev_hash: str) -> str:
        payload = json.dumps(
            [seq, key_id, shredded_at, prev_hash], separators=(",", ":")
        ).encode()
        return hashlib.sha256(payload).hexdigest()


class Journal(Protocol):
    """What a key store needs of its shred journal (a file, or a table)."""

    def entries(self) -> list[JournalEntry]: ...

    def shredded_ids(self) -> frozenset[str]: ...

    def contains(self, key_id: str) -> bool: ...

    def shredded_among(self, key_ids: Iterable[str]) -> set[str]: ...

    def head(self) -> tuple[int, str]: ...

    def append(self, key_id: str) -> JournalEntry: ...

    def append_many(self, key_ids: Iterable[str]) -> list[JournalEntry]: ...


def chain_verify(
    entries: Iterable[JournalEntry], *, after: JournalEntry | None = None
) -> list[JournalEntry]:
    """Check sequence, links and hashes; return the entries or raise."""
    checked: list[JournalEntry] = []
    prev = after.hash if after else GENESIS
    first_seq = after.seq + 1 if after else 1
    for entry in entries:
        if entry.seq != first_seq + len(checked) or entry.prev_hash != prev:
            raise JournalCorruptError(
                f"Entry {entry.seq}: the chain is broken (entry removed or reordered)."
            )
        expected = JournalEntry.compute_hash(
            seq=entry.seq,
            key_id=entry.key_id,
            shredded_at=entry.shredded_at,
            prev_hash=entry.prev_hash,
        )
        if entry.hash != expected:
            raise JournalCorruptError(f"Entry {entry.seq}: the entry was altered.")
        checked.append(entry)
        prev = entry.hash
    return checked


def chain_extend(
    key_ids: Iterable[str], *, head: tuple[int, str]
) -> list[JournalEntry]:
    """New entries for ``key_ids`` continuing the chain after ``head``."""
    seq, prev = head
    shredded_at = datetime.now(UTC).isoformat(timespec="seconds")
    new: list[JournalEntry] = []
    for key_id in key_ids:
        seq += 1
        entry = JournalEntry(
            seq=seq,
            key_id=key_id,
            shredded_at=shredded_at,
            prev_hash=prev,
            hash=JournalEntry.compute_hash(
                seq=seq, key_id=key_id, shredded_at=shredded_at, prev_hash=prev
            ),
        )
        new.append(entry)
        prev = entry.hash
    return new


class ShredJournal:
    """A JSON-lines file, appended under an exclusive lock and fsynced."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._cache_key: tuple[int, int] | None = None  # (inode, size) read so far
        self._cache: list[JournalEntry] = []
        self._ids: set[str] = set()

    @contextmanager
    def _locked(self) -> Iterator[int]:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield fd
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _refresh(self) -> None:
        """Bring the cache up to date, reading only what was appended since.

        A replaced or shorter file (another inode, a smaller size) is read and
        verified in full; appended lines must continue the cached chain.
        """
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._cache_key, self._cache, self._ids = None, [], set()
            return
        key = (stat.st_ino, stat.st_size)
        if key == self._cache_key:
            return
        cached = self._cache_key
        if cached is None or cached[0] != stat.st_ino or stat.st_size < cached[1]:
            entries = self._read_verified(self.path.read_bytes())
            self._cache, self._ids = entries, {e.key_id for e in entries}
        else:
            with open(self.path, "rb") as handle:
                handle.seek(cached[1])
                tail = handle.read(stat.st_size - cached[1])
            new = self._read_verified(
                tail, after=self._cache[-1] if self._cache else None
            )
            self._cache.extend(new)
            self._ids.update(e.key_id for e in new)
        self._cache_key = key

    def entries(self) -> list[JournalEntry]:
        """The verified journal (cached; appended lines are read incrementally)."""
        self._refresh()
        return list(self._cache)

    @staticmethod
    def _read_verified(
        raw: bytes, *, after: JournalEntry | None = None
    ) -> list[JournalEntry]:
        entries: list[JournalEntry] = []
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                entries.append(JournalEntry(**json.loads(line)))
            except (ValueError, TypeError) as exc:
                raise JournalCorruptError(
                    f"Line {number} is not a journal entry."
                ) from exc
        return chain_verify(entries, after=after)

    def shredded_ids(self) -> frozenset[str]:
        self._refresh()
        return frozenset(self._ids)

    def contains(self, key_id: str) -> bool:
        """Whether ``key_id`` was shredded (no copy of the id set)."""
        self._refresh()
        return key_id in self._ids

    def shredded_among(self, key_ids: Iterable[str]) -> set[str]:
        """Which of ``key_ids`` were shredded (one refresh for all)."""
        self._refresh()
        return {key_id for key_id in key_ids if key_id in self._ids}

    def head(self) -> tuple[int, str]:
        self._refresh()
        last = self._cache[-1] if self._cache else None
        return (last.seq, last.hash) if last else (0, GENESIS)

    def append(self, key_id: str) -> JournalEntry:
        """Record a key id as shredded; durable before it returns."""
        return self.append_many([key_id])[0]

    def append_many(self, key_ids: Iterable[str]) -> list[JournalEntry]:
        """Record key ids as shredded with one write and one fsync (group commit).

        Ids already in the journal are not written again; their existing
        entries are returned. The lines go out in one ``write`` followed by one
        ``fsync``: durable before it returns, so callers delete keys only after.
        """
        wanted = list(dict.fromkeys(key_ids))
        if not wanted:
            return []
        with self._locked() as fd:
            # Under the lock nobody else appends: the cache is exact after this.
            self._refresh()
            # Membership through the id set: scanning the cache per call made
            # a long run quadratic.
            already = {k for k in wanted if k in self._ids}
            existing = (
                {e.key_id: e for e in self._cache if e.key_id in already}
                if already
                else {}
            )
            last = self._cache[-1] if self._cache else None
            new = chain_extend(
                [k for k in wanted if k not in existing],
                head=(last.seq, last.hash) if last else (0, GENESIS),
            )
            fresh = {e.key_id: e for e in new}
            result = [existing.get(k) or fresh[k] for k in wanted]
            lines = [entry_line(e) for e in new]
            if lines:
                os.write(fd, b"".join(lines))
                os.fsync(fd)
        return result


def entry_line(entry: JournalEntry) -> bytes:
    """One journal line (JSON, newline-terminated)."""
    return (
        json.dumps(
            {
                "seq": entry.seq,
                "key_id": entry.key_id,
                "shredded_at": entry.shredded_at,
                "prev_hash": entry.prev_hash,
                "hash": entry.hash,
            },
            separators=(",", ":"),
        ).encode()
        + b"\n"
    )
