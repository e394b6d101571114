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


@pytest.mark.django_db
def test_the_commands_back_up_restore_and_rotate_the_postgres_store(
    url, settings, tmp_path, capsys
):
    """The operator's path, configured through settings like a deployment."""
    from django.core.management import call_command

    from herstel.accounts.constants import Role
    from herstel.accounts.tests.factories import UserFactory
    from herstel.dossiers.services import document_shred
    from herstel.dossiers.services import document_store
    from herstel.dossiers.services import document_text_read
    from herstel.dossiers.services import dossier_create
    from herstel.vault.keystore import KeyShreddedError
    from herstel.vault.services import keystore_get

    settings.HERSTEL_KEYSTORE_BACKEND = (
        "herstel.vault.keystore_postgres.PostgresKeyStore"
    )
    settings.HERSTEL_KEYSTORE_DATABASE_URL = url
    keystore_get.cache_clear()
    assert isinstance(keystore_get(), PostgresKeyStore)
    analyst = UserFactory(roles=[Role.ANALYST])
    dossier = dossier_create(slug="pg-keys", title="PG keys")
    kept, shredded = (
        document_store(
            dossier=dossier, data=text.encode(), filename="d.txt", actor=analyst
        ).document
        for text in ("Blijft bewaard", "Wordt vernietigd")
    )
    backup = tmp_path / "keystore-backup.sqlite3"
    call_command("keystore_backup", str(backup))
    document_shred(document=shredded, actor=analyst, reason="test")
    call_command("keystore_restore", str(backup))
    with pytest.raises(KeyShreddedError):
        keystore_get().get_key(shredded.text_key_id)
    assert keystore_get()._get(shredded.text_key_id) is None
    assert document_text_read(document=kept, actor=analyst) == "Blijft bewaard"

    old = settings.HERSTEL_MASTER_KEY
    settings.HERSTEL_MASTER_KEY = MasterKey.generate_text()
    settings.HERSTEL_PREVIOUS_MASTER_KEYS = [old]
    keystore_get.cache_clear()
    call_command("rotate_master_key")
    assert "Re-wrapped 2 data key(s)" in capsys.readouterr().out
    settings.HERSTEL_PREVIOUS_MASTER_KEYS = []
    keystore_get.cache_clear()
    assert document_text_read(document=kept, actor=analyst) == "Blijft bewaard"
