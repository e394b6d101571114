# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Key stores: where wrapped data keys live, apart from database and blobs.

The default :class:`SQLiteKeyStore` keeps them in their own SQLite file (with
``secure_delete`` on, so a deleted key is overwritten in the file) beside a
file shred journal. :class:`herstel.vault.keystore_postgres.PostgresKeyStore`
keeps keys and journal in their own PostgreSQL database, shared by every web
and worker process. A KMS or Vault backend subclasses :class:`KeyStore`.

Backups of every backend are SQLite files of the ``data_keys`` table below, so
a backup of one backend restores into another.
"""

from __future__ import annotations

import abc
import os
import sqlite3
import uuid
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import closing
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

from .crypto import KeyWrapper
from .crypto import new_data_key
from .crypto import unwrap_key
from .crypto import wrap_key
from .journal import Journal
from .journal import ShredJournal

KEYSTORE_FILENAME = "keystore.sqlite3"
JOURNAL_FILENAME = "shred-journal.jsonl"


class KeyShreddedError(LookupError):
    """The data key was destroyed: its ciphertext can no longer be read."""


class KeyNotFoundError(LookupError):
    """No such data key in this key store."""


class UnknownMasterKeyError(LookupError):
    """A data key is wrapped by a master key that is not configured."""


@dataclass(frozen=True, slots=True)
class RotationResult:
    rewrapped: int
    already_current: int


class KeyStore(abc.ABC):
    """Creates, unwraps and destroys data keys; consults the shred journal."""

    def __init__(
        self,
        *,
        master: KeyWrapper,
        previous_masters: Iterable[KeyWrapper] = (),
        journal: Journal,
    ) -> None:
        self.master = master
        self.masters = {master.key_id: master} | {
            old.key_id: old for old in previous_masters
        }
        self.journal = journal

    @classmethod
    def from_settings(
        cls,
        settings: Any,
        *,
        master: KeyWrapper,
        previous_masters: Iterable[KeyWrapper],
    ) -> KeyStore:
        """Build the store from Django settings (each backend reads its own,
        in :meth:`settings_options`)."""
        return cls(
            master=master,
            previous_masters=previous_masters,
            **cls.settings_options(settings),
        )

    @classmethod
    def settings_options(cls, settings: Any) -> dict[str, Any]:
        """The backend's own constructor arguments, from Django settings."""
        return {}

    def create_key(self) -> tuple[str, bytes]:
        """Create and store a fresh data key; return its id and the raw key."""
        key_id = uuid.uuid4().hex
        data_key = new_data_key()
        self._put(
            key_id,
            wrap_key(master=self.master, data_key=data_key, key_id=key_id),
            self.master.key_id,
        )
        return key_id, data_key

    def create_keys(self, count: int) -> list[tuple[str, bytes]]:
        """Create and store ``count`` fresh data keys in one commit (bulk set-up
        and ingestion); return their ids and raw keys."""
        keys = [(uuid.uuid4().hex, new_data_key()) for _ in range(count)]
        self._put_many(
            [
                (key_id, wrap_key(master=self.master, data_key=key, key_id=key_id))
                for key_id, key in keys
            ],
            self.master.key_id,
        )
        return keys

    def get_keys(self, key_ids: Iterable[str]) -> dict[str, bytes]:
        """Raw data keys of several ids with one journal check and one read.

        Raises like :meth:`get_key` for the first id that was shredded or never
        existed, so a page either opens every value it shows or none.
        """
        wanted = list(dict.fromkeys(key_ids))
        if not wanted:
            return {}
        shredded = self.journal.shredded_among(wanted)
        if shredded:
            self._delete_many(sorted(shredded))
            raise KeyShreddedError(sorted(shredded)[0])
        rows = self._get_many(wanted)
        keys: dict[str, bytes] = {}
        for key_id in wanted:
            if key_id not in rows:
                raise KeyNotFoundError(key_id)
            wrapped, master_id = rows[key_id]
            master = self.masters.get(master_id)
            if master is None:
                raise UnknownMasterKeyError(master_id)
            keys[key_id] = unwrap_key(master=master, wrapped=wrapped, key_id=key_id)
        return keys

    def get_key(self, key_id: str) -> bytes:
        """Return the raw data key, or raise if it was shredded or never existed."""
        if self.journal.contains(key_id):
            # Also covers an old key-store copy put back by hand.
            self._delete(key_id)
            raise KeyShreddedError(key_id)
        row = self._get(key_id)
        if row is None:
            raise KeyNotFoundError(key_id)
        wrapped, master_id = row
        master = self.masters.get(master_id)
        if master is None:
            raise UnknownMasterKeyError(master_id)
        return unwrap_key(master=master, wrapped=wrapped, key_id=key_id)

    def shred(self, key_id: str) -> None:
        """Destroy a data key: journal first (durable), then delete. Idempotent."""
        self.shred_many([key_id])

    def shred_many(self, key_ids: Iterable[str]) -> None:
        """Destroy data keys as one group: one durable journal write for all,
        then one deletion. Idempotent; a crash between the two leaves keys that
        every read refuses and deletes (the journal holds them)."""
        key_ids = list(dict.fromkeys(key_ids))
        if not key_ids:
            return
        self.journal.append_many(key_ids)
        self._delete_many(key_ids)

    def is_shredded(self, key_id: str) -> bool:
        return self.journal.contains(key_id)

    def rotate(self) -> RotationResult:
        """Re-wrap every data key under the current master key; content untouched."""
        rewrapped = current = 0
        for key_id, wrapped, master_id in self._iter_rows():
            if master_id == self.master.key_id:
                current += 1
                continue
            master = self.masters.get(master_id)
            if master is None:
                raise UnknownMasterKeyError(master_id)
            data_key = unwrap_key(master=master, wrapped=wrapped, key_id=key_id)
            self._replace(
                key_id,
                wrap_key(master=self.master, data_key=data_key, key_id=key_id),
                self.master.key_id,
            )
            rewrapped += 1
        return RotationResult(rewrapped=rewrapped, already_current=current)

    @abc.abstractmethod
    def _put(self, key_id: str, wrapped: bytes, master_id: str) -> None: ...

    @abc.abstractmethod
    def _replace(self, key_id: str, wrapped: bytes, master_id: str) -> None: ...

    @abc.abstractmethod
    def _get(self, key_id: str) -> tuple[bytes, str] | None: ...

    @abc.abstractmethod
    def _delete(self, key_id: str) -> None: ...

    def _put_many(self, rows: list[tuple[str, bytes]], master_id: str) -> None:
        for key_id, wrapped in rows:
            self._put(key_id, wrapped, master_id)

    def _get_many(self, key_ids: list[str]) -> dict[str, tuple[bytes, str]]:
        found = {key_id: self._get(key_id) for key_id in key_ids}
        return {key_id: row for key_id, row in found.items() if row is not None}

    def _delete_many(self, key_ids: list[str]) -> None:
        for key_id in key_ids:
            self._delete(key_id)

    @abc.abstractmethod
    def _iter_rows(self) -> Iterator[tuple[str, bytes, str]]: ...

    @abc.abstractmethod
    def count(self) -> int: ...

    @abc.abstractmethod
    def backup_to(self, destination: Path) -> None:
        """Write a consistent copy of the wrapped keys to ``destination``."""

    @abc.abstractmethod
    def restore_from(self, source: Path, *, also_shredded: Iterable[str] = ()) -> int:
        """Replace the live keys with a backup, minus every shredded key."""


SCHEMA = """
CREATE TABLE IF NOT EXISTS data_keys (
    key_id TEXT PRIMARY KEY,
    wrapped BLOB NOT NULL,
    master_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


class SQLiteKeyStore(KeyStore):
    """Wrapped data keys in one SQLite file under ``HERSTEL_KEYSTORE_DIR``."""

    def __init__(self, *, directory: Path, **kwargs: Any) -> None:
        directory = Path(directory)
        super().__init__(
            journal=ShredJournal(directory / JOURNAL_FILENAME),
            **kwargs,
        )
        self.directory = directory
        self.path = directory / KEYSTORE_FILENAME
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._connect() as conn:
            conn.executescript(SCHEMA)
        self.replay_journal()

    @classmethod
    def settings_options(cls, settings: Any) -> dict[str, Any]:
        """The key store directory, from Django settings."""
        return {"directory": Path(settings.HERSTEL_KEYSTORE_DIR)}

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(
            sqlite3.connect(self.path, timeout=30, isolation_level=None)
        ) as conn:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA journal_mode = DELETE")
            os.chmod(self.path, 0o600)
            yield conn

    def replay_journal(self) -> int:
        """Delete every journaled key still present; return how many were found."""
        return delete_keys(self.path, self.journal.shredded_ids())

    def _put(self, key_id: str, wrapped: bytes, master_id: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO data_keys (key_id, wrapped, master_id, created_at) "
                "VALUES (?, ?, ?, ?)",
                (key_id, wrapped, master_id, datetime.now(UTC).isoformat()),
            )

    def _put_many(self, rows: list[tuple[str, bytes]], master_id: str) -> None:
        """One transaction (one commit) for all the new keys."""
        created = datetime.now(UTC).isoformat()
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO data_keys (key_id, wrapped, master_id, created_at) "
                "VALUES (?, ?, ?, ?)",
                [(key_id, wrapped, master_id, created) for key_id, wrapped in rows],
            )
            conn.execute("COMMIT")

    def _replace(self, key_id: str, wrapped: bytes, master_id: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE data_keys SET wrapped = ?, master_id = ? WHERE key_id = ?",
                (wrapped, master_id, key_id),
            )

    def _get(self, key_id: str) -> tuple[bytes, str] | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT wrapped, master_id FROM data_keys WHERE key_id = ?", (key_id,)
            ).fetchone()
        return (bytes(row[0]), row[1]) if row else None

    def _get_many(self, key_ids: list[str]) -> dict[str, tuple[bytes, str]]:
        found: dict[str, tuple[bytes, str]] = {}
        with self._connect() as conn:
            # SQLite's default limit is 999 bound parameters per statement.
            for start in range(0, len(key_ids), 900):
                chunk = key_ids[start : start + 900]
                marks = ", ".join("?" * len(chunk))
                for key_id, wrapped, master_id in conn.execute(
                    "SELECT key_id, wrapped, master_id FROM data_keys "  # noqa: S608
                    f"WHERE key_id IN ({marks})",
                    chunk,
                ):
                    found[key_id] = (bytes(wrapped), master_id)
        return found

    def _delete(self, key_id: str) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM data_keys WHERE key_id = ?", (key_id,))

    def _delete_many(self, key_ids: list[str]) -> None:
        """One transaction (one commit) for the whole group."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "DELETE FROM data_keys WHERE key_id = ?", [(k,) for k in key_ids]
            )
            conn.execute("COMMIT")

    def _iter_rows(self) -> Iterator[tuple[str, bytes, str]]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT key_id, wrapped, master_id FROM data_keys ORDER BY key_id"
            ).fetchall()
        for key_id, wrapped, master_id in rows:
            yield key_id, bytes(wrapped), master_id

    def count(self) -> int:
        with self._connect() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM data_keys").fetchone()[0])

    def restore_from(self, source: Path, *, also_shredded: Iterable[str] = ()) -> int:
        """Put a key-store backup in place after replaying the journal onto it.

        Every key id in the current journal (and ``also_shredded``, e.g. from
        the audit trail) is deleted from the copy before it replaces the live
        file, so restoring can never bring a shredded key back. Returns how many
        shredded keys the backup still held.
        """
        staging = self.directory / f".restore-{uuid.uuid4().hex}.sqlite3"
        with (
            closing(sqlite3.connect(Path(source))) as src,
            closing(sqlite3.connect(staging)) as target,
        ):
            src.backup(target)
        try:
            removed = delete_keys(
                staging, set(self.journal.shredded_ids()) | set(also_shredded)
            )
            os.chmod(staging, 0o600)
            os.replace(staging, self.path)
        finally:
            staging.unlink(missing_ok=True)
        return removed

    def backup_to(self, destination: Path) -> None:
        """Write a consistent copy of the key store (SQLite online backup)."""
        destination = Path(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn, closing(sqlite3.connect(destination)) as target:
            conn.backup(target)
        os.chmod(destination, 0o600)


def delete_keys(path: Path, key_ids: frozenset[str] | set[str]) -> int:
    """Delete the given key ids from a key-store file; vacuum so no copy lingers."""
    if not key_ids:
        return 0
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA secure_delete = ON")
        conn.executescript(SCHEMA)
        present = [
            row[0]
            for row in conn.execute("SELECT key_id FROM data_keys").fetchall()
            if row[0] in key_ids
        ]
        if present:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "DELETE FROM data_keys WHERE key_id = ?", [(k,) for k in present]
            )
            conn.execute("COMMIT")
            conn.execute("VACUUM")
    return len(present)
