# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""What only the PostgreSQL key store promises beyond the shared contract."""

from __future__ import annotations

import psycopg
import pytest

from herstel.vault.crypto import MasterKey
from herstel.vault.keystore_postgres import PostgresKeyStore

from .conftest import keystore_database

MASTER = MasterKey(key=b"m" * 32)


@pytest.fixture
def url(keystore_cluster):
    return keystore_database(keystore_cluster)


def _store(url):
    return PostgresKeyStore(database_url=url, master=MASTER, previous_masters=())


def test_journal_and_deletion_commit_together_or_not_at_all(url, monkeypatch):
    store = _store(url)
    key_id, data_key = store.create_key()
    real = store.pg_journal.append_in

    def then_die(conn, key_ids):
        real(conn, key_ids)
        conn.execute("SELECT 1/0")  # the deletion fails after the journal insert

    monkeypatch.setattr(store.pg_journal, "append_in", then_die)
    with pytest.raises(psycopg.errors.DivisionByZero):
        store.shred(key_id)
    monkeypatch.undo()
    assert not store.is_shredded(key_id)
    assert store.get_key(key_id) == data_key
    store.shred(key_id)
    assert store._get(key_id) is None and store.is_shredded(key_id)


def test_the_journal_table_is_append_only(url):
    store = _store(url)
    key_id, _ = store.create_key()
    store.shred(key_id)
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in (
            "UPDATE shred_journal SET key_id = 'x'",
            "DELETE FROM shred_journal",
            "TRUNCATE shred_journal",
        ):
            with pytest.raises(psycopg.errors.RaiseException):
                conn.execute(statement)
    assert [e.key_id for e in store.journal.entries()] == [key_id]


def test_many_processes_open_the_store_at_once(url):
    stores = [_store(url) for _ in range(3)]
    key_id, data_key = stores[0].create_key()
    assert all(s.get_key(key_id) == data_key for s in stores)


def test_it_needs_its_own_database_url():
    with pytest.raises(ValueError, match="HERSTEL_KEYSTORE_DATABASE_URL"):
        PostgresKeyStore(database_url="", master=MASTER, previous_masters=())
