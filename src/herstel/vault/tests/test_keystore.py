# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Envelope encryption and the key store, without Django's database.

What every key-store backend promises (shredding, unknown keys, rotation,
backups) is tested once for all backends in test_keystore_contract.py."""

import json
import os
import shutil

import pytest

from herstel.vault.crypto import DecryptionError
from herstel.vault.crypto import MasterKey
from herstel.vault.crypto import MasterKeyError
from herstel.vault.crypto import new_data_key
from herstel.vault.crypto import seal
from herstel.vault.crypto import unseal
from herstel.vault.journal import JournalCorruptError
from herstel.vault.journal import ShredJournal
from herstel.vault.keystore import KeyShreddedError
from herstel.vault.keystore import SQLiteKeyStore

MASTER = MasterKey(key=b"m" * 32)


def _store(tmp_path):
    return SQLiteKeyStore(directory=tmp_path, master=MASTER)


def test_seal_round_trip_and_tamper_detection():
    key = new_data_key()
    sealed = seal(data_key=key, plaintext=b"Ahmed woont in Gouda", aad=b"k1")
    assert b"Ahmed" not in sealed
    assert unseal(data_key=key, sealed=sealed, aad=b"k1") == b"Ahmed woont in Gouda"
    with pytest.raises(DecryptionError):
        unseal(data_key=key, sealed=sealed, aad=b"k2")
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(DecryptionError):
        unseal(data_key=key, sealed=tampered, aad=b"k1")


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        # Generated in the test: parallel workers must collect the same ids.
        ("generated", True),
        ("dG9vLXNob3J0", False),
        ("not base64 at all!!", False),
    ],
)
def test_master_key_parsing(text, valid):
    if text == "generated":
        text = MasterKey.generate_text()
    if valid:
        assert len(MasterKey.from_text(text).key) == 32
    else:
        with pytest.raises(MasterKeyError):
            MasterKey.from_text(text)


def test_keys_are_stored_wrapped_never_in_clear(tmp_path):
    store = _store(tmp_path)
    key_id, data_key = store.create_key()
    assert store.get_key(key_id) == data_key
    assert data_key not in (tmp_path / "keystore.sqlite3").read_bytes()


def test_secure_delete_leaves_no_wrapped_key_in_the_file(tmp_path):
    store = _store(tmp_path)
    key_id, _ = store.create_key()
    wrapped = store._get(key_id)[0]
    store.shred(key_id)
    assert wrapped not in (tmp_path / "keystore.sqlite3").read_bytes()


def test_a_key_store_copied_back_by_hand_still_cannot_return_a_shredded_key(tmp_path):
    live = tmp_path / "live"
    store = _store(live)
    key_id, _ = store.create_key()
    keep_id, keep_key = store.create_key()
    shutil.copy(live / "keystore.sqlite3", tmp_path / "old.sqlite3")
    store.shred(key_id)
    shutil.copy(tmp_path / "old.sqlite3", live / "keystore.sqlite3")
    with pytest.raises(KeyShreddedError):
        store.get_key(key_id)
    assert _store(live).get_key(keep_id) == keep_key
    assert store._get(key_id) is None  # and the stale copy of the key is gone


@pytest.mark.parametrize("tamper", ["alter", "remove", "reorder"])
def test_journal_tampering_is_detected(tmp_path, tamper):
    journal = ShredJournal(tmp_path / "journal.jsonl")
    for n in range(3):
        journal.append(f"{n:032x}")
    lines = journal.path.read_text().splitlines()
    if tamper == "alter":
        entry = json.loads(lines[1])
        entry["key_id"] = "f" * 32
        lines[1] = json.dumps(entry)
    elif tamper == "remove":
        del lines[1]
    else:
        lines[0], lines[1] = lines[1], lines[0]
    journal.path.write_text("\n".join(lines) + "\n")
    with pytest.raises(JournalCorruptError):
        ShredJournal(journal.path).entries()


def test_files_are_private(tmp_path):
    store = _store(tmp_path)
    key_id, _ = store.create_key()
    store.shred(key_id)
    assert os.stat(tmp_path / "keystore.sqlite3").st_mode & 0o077 == 0
    assert os.stat(tmp_path / "shred-journal.jsonl").st_mode & 0o077 == 0


def test_journal_reads_appends_incrementally_and_still_checks_the_chain(tmp_path):
    """A second process's appends are picked up; a forged tail is refused."""
    path = tmp_path / "journal.jsonl"
    reader, writer = ShredJournal(path), ShredJournal(path)
    writer.append("a" * 32)
    assert reader.contains("a" * 32)
    writer.append("b" * 32)
    assert reader.contains("b" * 32)
    assert [e.seq for e in reader.entries()] == [1, 2]
    forged = json.loads(path.read_text().splitlines()[-1])
    forged.update(seq=3, key_id="c" * 32)  # hash and link left stale
    with path.open("a") as handle:
        handle.write(json.dumps(forged) + "\n")
    with pytest.raises(JournalCorruptError):
        reader.contains("c" * 32)
