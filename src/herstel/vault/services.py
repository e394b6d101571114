# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Encrypted blob storage with crypto-shredding, for every app that stores documents.

Each blob gets its own data key. Keys live in the key store (see
``keystore.py``), blobs in the ``blobs`` storage, references in the database:
none of the three alone can reveal content.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.core.files.storage import storages
from django.utils.module_loading import import_string

from herstel.audit.registry import AuditEventType
from herstel.audit.selectors import audit_object_ids
from herstel.audit.selectors import audit_object_recorded
from herstel.audit.services import ContextValue
from herstel.audit.services import Target
from herstel.audit.services import audit_event_record

from .audit_events import KEY_SHREDDED
from .audit_events import KEYSTORE_BACKED_UP
from .audit_events import KEYSTORE_RESTORED
from .audit_events import MASTER_KEY_ROTATED
from .crypto import KeyWrapper
from .crypto import MasterKey
from .crypto import seal
from .crypto import unseal
from .keystore import KeyStore
from .keystore import RotationResult

if TYPE_CHECKING:
    from herstel.core.actor import Actor

BLOB_DELETE_THREADS = 4


@dataclass(frozen=True, slots=True)
class SealedBlob:
    """Where an encrypted blob is and which key opens it; no content."""

    key_id: str
    blob_name: str

    def as_fields(self, prefix: str) -> dict[str, str]:
        """The model fields ``<prefix>_key_id`` and ``<prefix>_blob`` that
        point to this blob, e.g. ``as_fields("letter")``."""
        return {f"{prefix}_key_id": self.key_id, f"{prefix}_blob": self.blob_name}


@functools.cache
def keystore_get() -> KeyStore:
    """Return the configured key store (one per process)."""
    backend = import_string(settings.HERSTEL_KEYSTORE_BACKEND)
    previous: list[KeyWrapper] = [
        MasterKey.from_text(text) for text in settings.HERSTEL_PREVIOUS_MASTER_KEYS
    ]
    master: KeyWrapper
    if settings.HERSTEL_PKCS11_MODULE:
        from .hsm import Pkcs11MasterKey

        master = Pkcs11MasterKey(
            module=settings.HERSTEL_PKCS11_MODULE,
            token_label=settings.HERSTEL_PKCS11_TOKEN,
            pin=settings.HERSTEL_PKCS11_PIN,
            key_label=settings.HERSTEL_PKCS11_KEY_LABEL,
        )
        if settings.HERSTEL_MASTER_KEY:  # the software key being rotated away from
            previous.append(MasterKey.from_text(settings.HERSTEL_MASTER_KEY))
    else:
        master = MasterKey.from_text(settings.HERSTEL_MASTER_KEY)
    return backend.from_settings(  # type: ignore[no-any-return]
        settings, master=master, previous_masters=previous
    )


def blob_storage() -> Storage:
    """The storage that holds the sealed blobs (the ``blobs`` storage setting)."""
    return storages["blobs"]


def _blob_aad(key_id: str, purpose: str) -> bytes:
    return f"{key_id}:{purpose}".encode()


def blob_put(*, data: bytes, purpose: str) -> SealedBlob:
    """Encrypt ``data`` under a fresh data key and store it; return its reference."""
    key_id, data_key = keystore_get().create_key()
    name = uuid.uuid4().hex
    stored = blob_storage().save(
        f"{name[:2]}/{name[2:4]}/{name}.bin",
        ContentFile(
            seal(data_key=data_key, plaintext=data, aad=_blob_aad(key_id, purpose))
        ),
    )
    return SealedBlob(key_id=key_id, blob_name=stored)


def blobs_put(*, items: Sequence[bytes], purpose: str) -> list[SealedBlob]:
    """:func:`blob_put` for many blobs, their fresh keys committed together.

    A crash after the keys are committed leaves unused keys, which open nothing.
    """
    return blobs_put_keyed(items=[(data, purpose) for data in items])[0]


def blobs_put_keyed(
    *, items: Sequence[tuple[bytes, str]]
) -> tuple[list[SealedBlob], dict[str, bytes]]:
    """:func:`blobs_put` for ``(data, purpose)`` items, one key-store commit;
    also the fresh data keys by id, to seal small values with them in the
    same call (``value_seal(keys=...)``) without reading the key store again.
    Never keep the keys beyond that call, as for :func:`keys_get`.
    """
    keys = keystore_get().create_keys(len(items))
    storage = blob_storage()
    blobs = []
    for (key_id, data_key), (data, purpose) in zip(keys, items, strict=True):
        name = uuid.uuid4().hex
        sealed = seal(data_key=data_key, plaintext=data, aad=_blob_aad(key_id, purpose))
        stored = storage.save(f"{name[:2]}/{name[2:4]}/{name}.bin", ContentFile(sealed))
        blobs.append(SealedBlob(key_id=key_id, blob_name=stored))
    return blobs, dict(keys)


def keys_get(key_ids: Iterable[str]) -> dict[str, bytes]:
    """Data keys of several ids in one key-store read, for one request's use only.

    Never keep the result beyond the request: a key shredded meanwhile must stop
    opening anything at once, in every process.
    """
    return keystore_get().get_keys(key_ids)


def blob_read(
    *, blob: SealedBlob, purpose: str, keys: Mapping[str, bytes] | None = None
) -> bytes:
    """Decrypt a stored blob. Raises ``KeyShreddedError`` after shredding.

    ``keys`` (from :func:`keys_get`) saves the key-store read when the caller
    fetched this blob's key together with others.
    """
    data_key = _key(blob.key_id, keys)
    with blob_storage().open(blob.blob_name, "rb") as handle:
        sealed = handle.read()
    return unseal(data_key=data_key, sealed=sealed, aad=_blob_aad(blob.key_id, purpose))


def blob_read_audited(
    *,
    blob: SealedBlob,
    purpose: str,
    event: AuditEventType,
    actor: Actor,
    target: Target,
    context: Mapping[str, ContextValue] | None = None,
    reason: str = "",
    sized: bool = True,
) -> bytes:
    """Decrypt a stored blob for ``actor`` and record ``event`` on ``target``:
    every read of a sealed letter, copy or package is audited.

    The entry's context is ``context`` with the plaintext's ``size`` (unless
    ``sized`` is false); never the content.
    """
    data = blob_read(blob=blob, purpose=purpose)
    audit_event_record(
        event=event,
        actor=actor,
        target=target,
        reason=reason,
        context={**(context or {}), **({"size": len(data)} if sized else {})},
    )
    return data


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A kind of sealed file that a model keeps in two fields,
    ``<field>_key_id`` and ``<field>_blob`` (see :meth:`SealedBlob.as_fields`),
    named once with the purpose its keys are bound to and the audit event
    that records a read: ``StoredFile("pdf", PURPOSE_REDACTED, EVENT)``."""

    field: str
    purpose: str
    read_event: AuditEventType

    def sealed(self, obj: Any) -> SealedBlob | None:
        """Where ``obj``'s file is, or ``None`` when it has none stored."""
        key_id = getattr(obj, f"{self.field}_key_id")
        if not key_id:
            return None
        return SealedBlob(key_id=key_id, blob_name=getattr(obj, f"{self.field}_blob"))

    def read(
        self,
        obj: Any,
        actor: Actor,
        context: Mapping[str, ContextValue] | None = None,
        *,
        sized: bool = True,
    ) -> bytes:
        """Decrypt ``obj``'s file for ``actor`` and record the read on ``obj``
        (:func:`blob_read_audited`); the caller has checked that one is
        stored and may be read."""
        blob = self.sealed(obj)
        if blob is None:
            raise LookupError(f"no {self.field} file is stored")
        return blob_read_audited(
            blob=blob,
            purpose=self.purpose,
            event=self.read_event,
            actor=actor,
            target=obj,
            context=context,
            sized=sized,
        )


def value_seal(
    *,
    key_id: str,
    value: str,
    purpose: str,
    keys: Mapping[str, bytes] | None = None,
) -> bytes:
    """Encrypt a small value (a file name) with an existing blob's data key;
    ``keys`` as for :func:`blob_read`."""
    return seal(
        data_key=_key(key_id, keys),
        plaintext=value.encode(),
        aad=_blob_aad(key_id, purpose),
    )


def value_open(
    *,
    key_id: str,
    sealed: bytes | memoryview,
    purpose: str,
    keys: Mapping[str, bytes] | None = None,
) -> str:
    """Decrypt a small sealed value; ``keys`` as for :func:`blob_read`."""
    return unseal(
        data_key=_key(key_id, keys),
        sealed=bytes(sealed),
        aad=_blob_aad(key_id, purpose),
    ).decode()


def _key(key_id: str, keys: Mapping[str, bytes] | None) -> bytes:
    if keys is not None and key_id in keys:
        return keys[key_id]
    return keystore_get().get_key(key_id)


@contextmanager
def blob_put_guarded(*, data: bytes, purpose: str) -> Iterator[SealedBlob]:
    """Store ``data`` encrypted (as :func:`blob_put`) for the ``with`` block,
    and shred it again when the block fails: a blob stored before the
    database write that points to it must not outlive a failed write."""
    sealed = blob_put(data=data, purpose=purpose)
    try:
        yield sealed
    except BaseException:
        blob_shred(blob=sealed)
        raise


def blob_shred(*, blob: SealedBlob) -> None:
    """Crypto-shred: destroy the data key (journaled), then delete the blob.

    Idempotent. Copies of the ciphertext elsewhere (backups) stay unreadable
    because no key store, current or restored, can give the key back.
    """
    store = keystore_get()
    journaled = store.is_shredded(blob.key_id)
    # Always: a crash between the journal write and the deletion left the key.
    store.shred(blob.key_id)
    if not journaled or not key_shred_audited(blob.key_id):
        # A crash after the journal write rolled back the caller's transaction
        # with its audit entry: record it now, once.
        audit_event_record(
            event=KEY_SHREDDED, actor=None, target=("vault.key", blob.key_id)
        )
    blob_delete_all_versions(blob.blob_name)


def blob_delete_all_versions(name: str) -> list[str]:
    """Delete a stored blob, and on object storage every version of it.

    A versioned bucket keeps a deleted object's older versions; each is deleted
    by its version id. Returns what could not be deleted (version ids with the
    storage's error code, never content), for the certificate of destruction.
    Whatever remains is ciphertext whose key is already shredded.
    """
    storage = blob_storage()
    client = _s3_client(storage)
    if client is None:
        storage.delete(name)  # no error when it is already gone
        return []
    from botocore.exceptions import ClientError
    from storages.utils import clean_name

    bucket = storage.bucket_name  # type: ignore[attr-defined]
    key = storage._normalize_name(clean_name(name))  # type: ignore[attr-defined]
    remnants: list[str] = []
    try:
        pages = list(
            client.get_paginator("list_object_versions").paginate(
                Bucket=bucket, Prefix=key
            )
        )
    except ClientError as exc:
        storage.delete(name)
        code = exc.response.get("Error", {}).get("Code", "error")
        return [f"versions not listed: {code}"]
    for page in pages:
        for version in page.get("Versions", []) + page.get("DeleteMarkers", []):
            if version["Key"] != key:
                continue
            try:
                client.delete_object(
                    Bucket=bucket, Key=key, VersionId=version["VersionId"]
                )
            except ClientError as exc:
                code = exc.response.get("Error", {}).get("Code", "error")
                remnants.append(f"{version['VersionId']}: {code}")
    return remnants


def blobs_delete_all_versions(names: Sequence[str]) -> dict[str, list[str]]:
    """:func:`blob_delete_all_versions` for many blobs, several at a time.

    Each deletion waits on the disk or on an object-storage request, so a few
    threads overlap the waits. Returns what could not be deleted, by name.
    """
    names = [name for name in dict.fromkeys(names) if name]
    if len(names) < 2:
        return {name: blob_delete_all_versions(name) for name in names}
    with ThreadPoolExecutor(max_workers=BLOB_DELETE_THREADS) as pool:
        return dict(zip(names, pool.map(blob_delete_all_versions, names), strict=True))


def _s3_client(storage: Storage) -> Any:
    """The boto3 client behind a django-storages S3 storage, else None."""
    if not hasattr(storage, "bucket_name") or not hasattr(storage, "connection"):
        return None
    return storage.connection.meta.client


def key_shred_audited(key_id: str) -> bool:
    """Whether the audit trail records this key as shredded."""
    return audit_object_recorded(
        event=KEY_SHREDDED.name, object_type="vault.key", object_id=key_id
    )


def shredded_key_ids_from_audit() -> set[str]:
    """Key ids the audit trail records as shredded: a second journal."""
    return audit_object_ids(event=KEY_SHREDDED.name, object_type="vault.key")


def keystore_backup(*, destination: Path, actor: Actor | None = None) -> int:
    """Write a consistent copy of the key store; return how many keys it holds."""
    store = keystore_get()
    store.backup_to(destination)
    count = store.count()
    audit_event_record(event=KEYSTORE_BACKED_UP, actor=actor, context={"keys": count})
    return count


def keystore_restore(*, source: Path, actor: Actor | None = None) -> int:
    """Restore a key-store backup, replaying the shred journal and the audit trail.

    Returns how many keys the backup held that had been shredded since it was
    made; they are deleted before the copy goes live.
    """
    store = keystore_get()
    removed = store.restore_from(source, also_shredded=shredded_key_ids_from_audit())
    audit_event_record(
        event=KEYSTORE_RESTORED,
        actor=actor,
        context={"shredded_keys_removed": removed, "keys": store.count()},
    )
    return removed


def master_key_rotate(*, actor: Actor | None = None) -> RotationResult:
    """Re-wrap every data key under the current master key; content untouched."""
    result = keystore_get().rotate()
    audit_event_record(
        event=MASTER_KEY_ROTATED,
        actor=actor,
        context={
            "rewrapped": result.rewrapped,
            "already_current": result.already_current,
        },
    )
    return result
