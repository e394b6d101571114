# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The crypto-shredding promise: backups made before a shred stay unreadable.

(a) A copy of blob storage and a database dump made before shredding cannot
    be decrypted with the live key store afterwards.
(b) A key-store backup made before shredding, restored the documented way,
    still cannot decrypt the shredded document, while the others decrypt.
"""

import json
import shutil
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.dossiers.services import PURPOSE_TEXT
from herstel.dossiers.services import document_shred
from herstel.dossiers.services import document_text_read
from herstel.dossiers.services import dossier_create
from herstel.dossiers.tests.factories import text_document
from herstel.vault.crypto import unseal
from herstel.vault.keystore import KeyShreddedError
from herstel.vault.services import keystore_get

pytestmark = pytest.mark.django_db

SECRET_A = "Fictieve persoon Karim Bouzidi uit Tiel bezoekt de moskee."
SECRET_B = "Mevrouw Jolanda de Wit uit Zwolle sprak op de bijeenkomst."


def _store_two(actor):
    dossier = dossier_create(slug="backup-test", title="Backup test")
    return (
        text_document(dossier, "a.txt", SECRET_A, actor),
        text_document(dossier, "b.txt", SECRET_B, actor),
    )


def _decrypt_from_copy(blob_copy: Path, record: dict) -> str:
    """Decrypt a backed-up text blob with the *live* key store."""
    fields = record["fields"]
    data_key = keystore_get().get_key(fields["text_key_id"])
    sealed = (blob_copy / fields["text_blob"]).read_bytes()
    aad = f"{fields['text_key_id']}:{PURPOSE_TEXT}".encode()
    return unseal(data_key=data_key, sealed=sealed, aad=aad).decode()


def test_a_storage_copy_and_database_dump_do_not_decrypt_after_shredding(tmp_path):
    analyst = UserFactory(roles=[Role.ANALYST])
    doc_a, doc_b = _store_two(analyst)

    blob_root = Path(settings.STORAGES["blobs"]["OPTIONS"]["location"])
    blob_copy = tmp_path / "storage-backup"
    shutil.copytree(blob_root, blob_copy)
    dump = tmp_path / "database-backup.json"
    call_command("dumpdata", "dossiers", "audit", output=str(dump), verbosity=0)

    # The backups hold ciphertext only.
    dump_text = dump.read_text()
    for secret in (SECRET_A, SECRET_B, "Karim", "Jolanda", "a.txt"):
        assert secret not in dump_text
        for path in blob_copy.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes()

    records = {
        r["fields"]["reference"]: r
        for r in json.loads(dump_text)
        if r["model"] == "dossiers.document"
    }
    # Before shredding, the backup copy decrypts with the live key store.
    assert _decrypt_from_copy(blob_copy, records[doc_a.reference]) == SECRET_A

    document_shred(document=doc_a, actor=analyst, reason="test")

    with pytest.raises(KeyShreddedError):
        _decrypt_from_copy(blob_copy, records[doc_a.reference])
    assert _decrypt_from_copy(blob_copy, records[doc_b.reference]) == SECRET_B
    assert not (blob_root / records[doc_a.reference]["fields"]["text_blob"]).exists()


def _keystore_file() -> Path:
    return Path(settings.HERSTEL_KEYSTORE_DIR) / "keystore.sqlite3"


def test_b_restored_key_store_backup_cannot_bring_a_shredded_key_back(tmp_path):
    analyst = UserFactory(roles=[Role.ANALYST])
    doc_a, doc_b = _store_two(analyst)
    backup = tmp_path / "keystore-backup.sqlite3"
    call_command("keystore_backup", str(backup), verbosity=0)

    document_shred(document=doc_a, actor=analyst, reason="test")
    call_command("keystore_restore", str(backup), verbosity=0)

    with pytest.raises(KeyShreddedError):
        keystore_get().get_key(doc_a.text_key_id)
    # A fresh process (no cached journal) sees the same.
    keystore_get.cache_clear()
    with pytest.raises(KeyShreddedError):
        keystore_get().get_key(doc_a.original_key_id)
    doc_b.refresh_from_db()
    assert document_text_read(document=doc_b, actor=analyst) == SECRET_B


def test_b_restore_also_replays_the_audit_trail_when_the_journal_is_lost(tmp_path):
    """Even with the shred journal gone, the audit trail's shred records are
    replayed onto the backup, and the restored store holds no shredded key."""
    analyst = UserFactory(roles=[Role.ANALYST])
    doc_a, doc_b = _store_two(analyst)
    backup = tmp_path / "keystore-backup.sqlite3"
    call_command("keystore_backup", str(backup), verbosity=0)
    document_shred(document=doc_a, actor=analyst, reason="test")

    (Path(settings.HERSTEL_KEYSTORE_DIR) / "shred-journal.jsonl").unlink()
    keystore_get.cache_clear()
    call_command("keystore_restore", str(backup), verbosity=0)

    store = keystore_get()
    assert store._get(doc_a.text_key_id) is None
    assert store._get(doc_a.original_key_id) is None
    assert doc_a.text_key_id.encode() not in _keystore_file().read_bytes()
    doc_b.refresh_from_db()
    assert document_text_read(document=doc_b, actor=analyst) == SECRET_B
