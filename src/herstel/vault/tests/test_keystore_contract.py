# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The key-store contract, run against every backend (SQLite and PostgreSQL).

What every backend promises: keys only wrapped at rest, shredding journaled
before keys go and idempotent, a journaled key never handed out again (even
after a crash between journal and deletion, or from a restored backup),
backup and restore that cannot bring a shredded key back (also across
backends), rotation, and several processes sharing one store.
"""

from __future__ import annotations

import os

import pytest

from herstel.vault.crypto import MasterKey
from herstel.vault.journal import GENESIS
from herstel.vault.keystore import KeyNotFoundError
from herstel.vault.keystore import KeyShreddedError
from herstel.vault.keystore import SQLiteKeyStore
from herstel.vault.keystore import UnknownMasterKeyError

MASTER = MasterKey(key=b"m" * 32)
OTHER = MasterKey(key=b"o" * 32)


def test_keys_round_trip_and_are_stored_wrapped(make_store):
    store = make_store(MASTER)
    key_id, data_key = store.create_key()
    assert store.get_key(key_id) == data_key
    wrapped, master_id = store._get(key_id)
    assert data_key not in wrapped
    assert master_id == MASTER.key_id
    assert store.count() == 1


def test_unknown_key(make_store):
    with pytest.raises(KeyNotFoundError):
        make_store(MASTER).get_key("0" * 32)


def test_shred_destroys_the_key_journals_it_once_and_is_idempotent(make_store):
    store = make_store(MASTER)
    key_id, _ = store.create_key()
    keep_id, keep_key = store.create_key()
    store.shred(key_id)
    store.shred(key_id)
    with pytest.raises(KeyShreddedError):
        store.get_key(key_id)
    assert store._get(key_id) is None
    assert store.get_key(keep_id) == keep_key
    assert [e.key_id for e in store.journal.entries()] == [key_id]
    assert store.is_shredded(key_id) and not store.is_shredded(keep_id)


def test_a_group_shred_journals_every_key_once_in_one_chain(make_store):
    store = make_store(MASTER)
    ids = [store.create_key()[0] for _ in range(5)]
    store.shred(ids[0])
    store.shred_many([*ids, ids[1]])
    entries = store.journal.entries()  # verifies the chain
    assert [e.key_id for e in entries] == ids
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == GENESIS
    assert store.journal.head() == (5, entries[-1].hash)
    assert store.count() == 0
    assert store.journal.shredded_ids() == frozenset(ids)


def test_a_key_journaled_but_not_yet_deleted_is_refused_and_removed(make_store):
    """The crash between the journal write and the deletion."""
    store = make_store(MASTER)
    key_id, _ = store.create_key()
    store.journal.append(key_id)  # the process died here
    assert store._get(key_id) is not None
    with pytest.raises(KeyShreddedError):
        make_store(MASTER).get_key(key_id)
    assert store._get(key_id) is None


def test_another_process_sees_a_shred_at_once(make_store):
    writer, reader = make_store(MASTER), make_store(MASTER)
    key_id, data_key = writer.create_key()
    assert reader.get_key(key_id) == data_key
    writer.shred(key_id)
    with pytest.raises(KeyShreddedError):
        reader.get_key(key_id)


def test_a_forked_worker_uses_the_store_beside_its_parent(make_store):
    """Celery's prefork pool: the child must not share the parent's connection."""
    store = make_store(MASTER)
    key_id, data_key = store.create_key()
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        code = 1
        try:
            new_id, _ = store.create_key()
            if store.get_key(key_id) == data_key:
                os.write(write, new_id.encode())
                code = 0
        finally:
            os._exit(code)
    os.close(write)
    _, status = os.waitpid(child, 0)
    new_id = os.read(read, 64).decode()
    os.close(read)
    assert os.waitstatus_to_exitcode(status) == 0
    assert store.get_key(key_id) == data_key
    assert store._get(new_id) is not None


def test_rotation_rewraps_without_changing_data_keys(make_store):
    old = make_store(OTHER)
    key_id, data_key = old.create_key()
    new = make_store(MASTER, [OTHER])
    result = new.rotate()
    assert (result.rewrapped, result.already_current) == (1, 0)
    assert new.rotate().already_current == 1
    assert make_store(MASTER).get_key(key_id) == data_key
    with pytest.raises(UnknownMasterKeyError):
        make_store(OTHER).get_key(key_id)


def test_restoring_a_backup_never_brings_a_shredded_key_back(make_store, tmp_path):
    store = make_store(MASTER)
    gone, _ = store.create_key()
    from_audit, _ = store.create_key()
    keep, keep_key = store.create_key()
    backup = tmp_path / "backup" / "keystore.sqlite3"
    store.backup_to(backup)
    assert backup.stat().st_mode & 0o077 == 0
    store.shred(gone)
    later, _ = store.create_key()  # made after the backup: lost by restore
    removed = store.restore_from(backup, also_shredded={from_audit})
    assert removed == 2
    assert store.get_key(keep) == keep_key
    for key_id in (gone, from_audit):
        assert store._get(key_id) is None
    with pytest.raises(KeyShreddedError):
        store.get_key(gone)
    with pytest.raises(KeyNotFoundError):
        store.get_key(later)
    assert store.count() == 1


def test_a_backup_restores_into_the_other_backend(make_store, tmp_path):
    """Backups are SQLite files whatever the backend: moving from the SQLite
    key store to PostgreSQL (or back) is a backup and a restore."""
    store = make_store(MASTER)
    other = SQLiteKeyStore(
        directory=tmp_path / "other", master=MASTER, previous_masters=()
    )
    key_id, data_key = other.create_key()
    shredded, _ = other.create_key()
    other.backup_to(tmp_path / "from-sqlite.sqlite3")
    store.journal.append(shredded)  # shredded here meanwhile
    assert store.restore_from(tmp_path / "from-sqlite.sqlite3") == 1
    assert store.get_key(key_id) == data_key
    store.backup_to(tmp_path / "back.sqlite3")
    third = SQLiteKeyStore(
        directory=tmp_path / "third", master=MASTER, previous_masters=()
    )
    assert third.restore_from(tmp_path / "back.sqlite3") == 0
    assert third.get_key(key_id) == data_key


def test_keys_created_in_bulk_read_back_in_one_batch(make_store):
    """create_keys commits many keys at once; get_keys reads them in one go."""
    store = make_store(MASTER)
    created = dict(store.create_keys(5))
    single_id, single_key = store.create_key()
    assert store.count() == 6
    assert store.get_keys([*created, single_id]) == {**created, single_id: single_key}
    assert store.get_keys([]) == {}
    for key_id in created:
        assert created[key_id] not in store._get(key_id)[0]


def test_a_batch_read_refuses_shredded_and_unknown_keys(make_store):
    """One shredded or unknown id makes the whole batch fail, as get_key would."""
    store = make_store(MASTER)
    (keep_id, _), (gone_id, _) = store.create_keys(2)
    store.shred(gone_id)
    with pytest.raises(KeyShreddedError):
        store.get_keys([keep_id, gone_id])
    with pytest.raises(KeyNotFoundError):
        store.get_keys([keep_id, "0" * 32])
