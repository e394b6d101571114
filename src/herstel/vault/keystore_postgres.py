# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A key store in its own PostgreSQL database, shared by every process.

Web servers and Celery workers on different machines use one key store: the
wrapped data keys and the shred journal are two tables of a database that is
*not* Herstel's main database (its own server or at least its own database and
role, set with ``HERSTEL_KEYSTORE_DATABASE_URL``), so a dump of the main
database never holds a key and the main database's role cannot read one.

Crash guarantees are those of the SQLite store, and stronger: a shred writes
the journal entries and deletes the keys in **one** transaction, so after a
crash either both happened or neither did. The journal is hash-chained exactly
like the file journal and append-only (a trigger refuses updates and deletes).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable
from collections.abc import Iterator
from contextlib import closing
from contextlib import contextmanager
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from .journal import GENESIS
from .journal import JournalEntry
from .journal import chain_extend
from .journal import chain_verify
from .keystore import SCHEMA as SQLITE_SCHEMA
from .keystore import KeyStore

LOCK_ID = 0x4845_5253_5445_4C00 >> 8
"""Advisory lock taken by every journal append and restore (serialises them)."""

SCHEMA = """
SELECT pg_advisory_xact_lock(%(lock)s);
CREATE TABLE IF NOT EXISTS data_keys (
    key_id text PRIMARY KEY,
    wrapped bytea NOT NULL,
    master_id text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS shred_journal (
    seq bigint PRIMARY KEY,
    key_id text NOT NULL UNIQUE,
    shredded_at text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL UNIQUE
);
CREATE OR REPLACE FUNCTION shred_journal_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the shred journal is append-only';
END
$$;
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_trigger WHERE tgname = 'shred_journal_append_only'
    ) THEN
        CREATE TRIGGER shred_journal_append_only
            BEFORE UPDATE OR DELETE OR TRUNCATE ON shred_journal
            FOR EACH STATEMENT EXECUTE FUNCTION shred_journal_append_only();
    END IF;
END
$$;
"""


class _Connections:
    """One autocommit connection per process and thread, opened lazily.

    A forked worker (Celery prefork) never reuses its parent's connection.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()

    def get(self) -> psycopg.Connection[Any]:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed or conn.broken or self._local.pid != os.getpid():
            conn = psycopg.connect(self.url, autocommit=True)
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid == os.getpid():
            conn.close()
        self._local.conn = None


class PostgresShredJournal:
    """The shred journal as an append-only, hash-chained table."""

    def __init__(self, connections: _Connections) -> None:
        self._connections = connections

    def entries(self) -> list[JournalEntry]:
        rows = (
            self._connections.get()
            .execute(
                "SELECT seq, key_id, shredded_at, prev_hash, hash "
                "FROM shred_journal ORDER BY seq"
            )
            .fetchall()
        )
        return chain_verify(JournalEntry(*row) for row in rows)

    def shredded_ids(self) -> frozenset[str]:
        rows = self._connections.get().execute("SELECT key_id FROM shred_journal")
        return frozenset(row[0] for row in rows)

    def contains(self, key_id: str) -> bool:
        row = (
            self._connections.get()
            .execute("SELECT 1 FROM shred_journal WHERE key_id = %s", (key_id,))
            .fetchone()
        )
        return row is not None

    def shredded_among(self, key_ids: Iterable[str]) -> set[str]:
        rows = self._connections.get().execute(
            "SELECT key_id FROM shred_journal WHERE key_id = ANY(%s)", (list(key_ids),)
        )
        return {str(row[0]) for row in rows}

    def head(self) -> tuple[int, str]:
        row = (
            self._connections.get()
            .execute("SELECT seq, hash FROM shred_journal ORDER BY seq DESC LIMIT 1")
            .fetchone()
        )
        return (int(row[0]), str(row[1])) if row else (0, GENESIS)

    def append(self, key_id: str) -> JournalEntry:
        return self.append_many([key_id])[0]

    def append_many(self, key_ids: Iterable[str]) -> list[JournalEntry]:
        conn = self._connections.get()
        with conn.transaction():
            return self.append_in(conn, list(dict.fromkeys(key_ids)))

    def append_in(
        self, conn: psycopg.Connection[Any], key_ids: list[str]
    ) -> list[JournalEntry]:
        """Append inside the caller's transaction (under the advisory lock)."""
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_ID,))
        existing = {
            row[1]: JournalEntry(*row)
            for row in conn.execute(
                "SELECT seq, key_id, shredded_at, prev_hash, hash FROM shred_journal "
                "WHERE key_id = ANY(%s)",
                (key_ids,),
            )
        }
        head = conn.execute(
            "SELECT seq, hash FROM shred_journal ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        new = chain_extend(
            [k for k in key_ids if k not in existing],
            head=(int(head[0]), str(head[1])) if head else (0, GENESIS),
        )
        if new:
            with conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO shred_journal "
                    "(seq, key_id, shredded_at, prev_hash, hash) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    [
                        (e.seq, e.key_id, e.shredded_at, e.prev_hash, e.hash)
                        for e in new
                    ],
                )
        fresh = {e.key_id: e for e in new}
        return [existing.get(k) or fresh[k] for k in key_ids]


class PostgresKeyStore(KeyStore):
    """Wrapped data keys and the shred journal in their own PostgreSQL database."""

    def __init__(self, *, database_url: str, **kwargs: Any) -> None:
        if not database_url:
            raise ValueError(
                "The PostgreSQL key store needs HERSTEL_KEYSTORE_DATABASE_URL."
            )
        self.connections = _Connections(database_url)
        self.pg_journal = PostgresShredJournal(self.connections)
        super().__init__(journal=self.pg_journal, **kwargs)
        conn = self.connections.get()
        with conn.transaction():
            conn.execute(SCHEMA.replace("%(lock)s", str(LOCK_ID)))

    @classmethod
    def settings_options(cls, settings: Any) -> dict[str, Any]:
        """The key store database, from Django settings."""
        return {"database_url": settings.HERSTEL_KEYSTORE_DATABASE_URL}

    def close(self) -> None:
        self.connections.close()

    def shred_many(self, key_ids: Iterable[str]) -> None:
        """Journal and delete in one transaction: both or neither survive a crash."""
        key_ids = list(dict.fromkeys(key_ids))
        if not key_ids:
            return
        conn = self.connections.get()
        with conn.transaction():
            self.pg_journal.append_in(conn, key_ids)
            conn.execute("DELETE FROM data_keys WHERE key_id = ANY(%s)", (key_ids,))

    def _put(self, key_id: str, wrapped: bytes, master_id: str) -> None:
        self.connections.get().execute(
            "INSERT INTO data_keys (key_id, wrapped, master_id) VALUES (%s, %s, %s)",
            (key_id, wrapped, master_id),
        )

    def _put_many(self, rows: list[tuple[str, bytes]], master_id: str) -> None:
        conn = self.connections.get()
        with conn.transaction(), conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO data_keys (key_id, wrapped, master_id) "
                "VALUES (%s, %s, %s)",
                [(key_id, wrapped, master_id) for key_id, wrapped in rows],
            )

    def _get_many(self, key_ids: list[str]) -> dict[str, tuple[bytes, str]]:
        rows = self.connections.get().execute(
            "SELECT key_id, wrapped, master_id FROM data_keys WHERE key_id = ANY(%s)",
            (key_ids,),
        )
        return {str(k): (bytes(wrapped), str(master)) for k, wrapped, master in rows}

    def _replace(self, key_id: str, wrapped: bytes, master_id: str) -> None:
        self.connections.get().execute(
            "UPDATE data_keys SET wrapped = %s, master_id = %s WHERE key_id = %s",
            (wrapped, master_id, key_id),
        )

    def _get(self, key_id: str) -> tuple[bytes, str] | None:
        row = (
            self.connections.get()
            .execute(
                "SELECT wrapped, master_id FROM data_keys WHERE key_id = %s", (key_id,)
            )
            .fetchone()
        )
        return (bytes(row[0]), str(row[1])) if row else None

    def _delete(self, key_id: str) -> None:
        self.connections.get().execute(
            "DELETE FROM data_keys WHERE key_id = %s", (key_id,)
        )

    def _delete_many(self, key_ids: list[str]) -> None:
        self.connections.get().execute(
            "DELETE FROM data_keys WHERE key_id = ANY(%s)", (key_ids,)
        )

    def _iter_rows(self) -> Iterator[tuple[str, bytes, str]]:
        rows = (
            self.connections.get()
            .execute("SELECT key_id, wrapped, master_id FROM data_keys ORDER BY key_id")
            .fetchall()
        )
        for key_id, wrapped, master_id in rows:
            yield str(key_id), bytes(wrapped), str(master_id)

    def count(self) -> int:
        row = (
            self.connections.get().execute("SELECT COUNT(*) FROM data_keys").fetchone()
        )
        return int(row[0]) if row else 0

    def backup_to(self, destination: Path) -> None:
        """Write the keys to an SQLite file (the format of every key-store backup).

        One SELECT is one snapshot, so the copy is consistent.
        """
        destination = Path(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        staging = destination.with_name(destination.name + ".partial")
        staging.unlink(missing_ok=True)
        rows = self.connections.get().execute(
            "SELECT key_id, wrapped, master_id, created_at FROM data_keys"
        )
        with closing(sqlite3.connect(staging)) as target:
            target.executescript(SQLITE_SCHEMA)
            target.executemany(
                "INSERT INTO data_keys (key_id, wrapped, master_id, created_at) "
                "VALUES (?, ?, ?, ?)",
                (
                    (key_id, bytes(wrapped), master_id, created.isoformat())
                    for key_id, wrapped, master_id, created in rows
                ),
            )
            target.commit()
        os.chmod(staging, 0o600)
        os.replace(staging, destination)

    def restore_from(self, source: Path, *, also_shredded: Iterable[str] = ()) -> int:
        """Replace the live keys with a backup's, minus every shredded key.

        Under the journal's lock, in one transaction: a shred running at the
        same time waits, and is then applied to the restored keys as well.
        """
        with _read_backup(Path(source)) as backup:
            also = set(also_shredded)
            conn = self.connections.get()
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_ID,))
                shredded = {
                    row[0] for row in conn.execute("SELECT key_id FROM shred_journal")
                } | also
                keep = [row for row in backup if row[0] not in shredded]
                removed = len(backup) - len(keep)
                conn.execute("DELETE FROM data_keys")
                with conn.cursor() as cursor:
                    cursor.executemany(
                        "INSERT INTO data_keys "
                        "(key_id, wrapped, master_id, created_at) "
                        "VALUES (%s, %s, %s, %s)",
                        keep,
                    )
        return removed


@contextmanager
def _read_backup(
    source: Path,
) -> Iterator[list[tuple[str, bytes, str, datetime]]]:
    if not source.is_file():
        raise FileNotFoundError(source)
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
        rows = [
            (
                str(key_id),
                bytes(wrapped),
                str(master_id),
                _parse_time(created_at),
            )
            for key_id, wrapped, master_id, created_at in conn.execute(
                "SELECT key_id, wrapped, master_id, created_at FROM data_keys"
            )
        ]
    yield rows


def _parse_time(text: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return datetime.now(UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
