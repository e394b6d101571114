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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

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


class ShredJournal:
    """A JSON-lines file, appended under an exclusive lock and fsynced."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._cache_size = -1
        self._cache: list[JournalEntry] = []
        self._ids: frozenset[str] = frozenset()

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

    def entries(self) -> list[JournalEntry]:
        """Read and verify the whole journal (cached while the file is unchanged)."""
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return []
        if size == self._cache_size:
            return list(self._cache)
        entries = self._read_verified(self.path.read_bytes())
        self._cache, self._cache_size = entries, size
        self._ids = frozenset(entry.key_id for entry in entries)
        return list(entries)

    @staticmethod
    def _read_verified(raw: bytes) -> list[JournalEntry]:
        entries: list[JournalEntry] = []
        prev = GENESIS
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                entry = JournalEntry(**data)
            except (ValueError, TypeError) as exc:
                raise JournalCorruptError(
                    f"Line {number} is not a journal entry."
                ) from exc
            expected = JournalEntry.compute_hash(
                seq=entry.seq,
                key_id=entry.key_id,
                shredded_at=entry.shredded_at,
                prev_hash=entry.prev_hash,
            )
            if entry.seq != len(entries) + 1 or entry.prev_hash != prev:
                raise JournalCorruptError(
                    f"Line {number}: the chain is broken (entry removed or reordered)."
                )
            if entry.hash != expected:
                raise JournalCorruptError(f"Line {number}: the entry was altered.")
            entries.append(entry)
            prev = entry.hash
        return entries

    def shredded_ids(self) -> frozenset[str]:
        self.entries()
        return self._ids

    def head(self) -> tuple[int, str]:
        entries = self.entries()
        return (entries[-1].seq, entries[-1].hash) if entries else (0, GENESIS)

    def append(self, key_id: str) -> JournalEntry:
        """Record a key id as shredded; durable before it returns."""
        with self._locked() as fd:
            with open(self.path, "rb") as handle:
                existing = self._read_verified(handle.read())
            for entry in existing:
                if entry.key_id == key_id:
                    return entry
            seq = len(existing) + 1
            prev = existing[-1].hash if existing else GENESIS
            shredded_at = datetime.now(UTC).isoformat(timespec="seconds")
            entry = JournalEntry(
                seq=seq,
                key_id=key_id,
                shredded_at=shredded_at,
                prev_hash=prev,
                hash=JournalEntry.compute_hash(
                    seq=seq, key_id=key_id, shredded_at=shredded_at, prev_hash=prev
                ),
            )
            line = json.dumps(
                {
                    "seq": entry.seq,
                    "key_id": entry.key_id,
                    "shredded_at": entry.shredded_at,
                    "prev_hash": entry.prev_hash,
                    "hash": entry.hash,
                },
                separators=(",", ":"),
            )
            os.write(fd, line.encode() + b"\n")
            os.fsync(fd)
        return entry
