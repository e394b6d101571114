# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Blobs on a real S3-compatible server, versioned buckets included.

The harness starts moto's S3 server as a separate process on loopback; Herstel
talks to it through django-storages and boto3 exactly as to MinIO, Ceph or
AWS. A versioned bucket keeps a deleted object's older versions: destruction
must delete every version it may, name on the certificate what the storage
refused (here: versions under an Object Lock retention), and every version
left must be unreadable because its data key is shredded.
"""

from __future__ import annotations

import datetime
import io
import socket
import subprocess
import sys
import time
import uuid

from django.utils import timezone

import pytest
from pypdf import PdfReader

from herstel.disposition.constants import ItemStatus
from herstel.disposition.constants import RunStatus
from herstel.disposition.services import run_execute
from herstel.dossiers.services import PURPOSE_ORIGINAL
from herstel.dossiers.services import dossier_create
from herstel.vault.crypto import DecryptionError
from herstel.vault.crypto import unseal
from herstel.vault.keystore import KeyShreddedError
from herstel.vault.services import blob_put
from herstel.vault.services import blob_read
from herstel.vault.services import blob_storage
from herstel.vault.services import keystore_get

from .factories import approve_destroy
from .factories import approved_run
from .factories import store_documents

pytest.importorskip(
    "moto", reason="moto (the S3-compatible test server) is not installed"
)
boto3 = pytest.importorskip("boto3", reason="boto3 (the 's3' extra) is not installed")

pytestmark = pytest.mark.django_db

ACCESS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 server in its own process, for the whole session."""
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("the moto S3 server did not start")
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(10)


@pytest.fixture
def s3(s3_endpoint):
    return boto3.client(
        "s3", endpoint_url=s3_endpoint, region_name="eu-west-1", **ACCESS
    )


def _use_bucket(settings, s3_endpoint, s3, *, versioned=False, locked=False) -> str:
    bucket = f"herstel-{uuid.uuid4().hex[:16]}"
    s3.create_bucket(
        Bucket=bucket,
        CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
        **({"ObjectLockEnabledForBucket": True} if locked else {}),
    )
    if versioned and not locked:  # Object Lock turns versioning on itself
        s3.put_bucket_versioning(
            Bucket=bucket, VersioningConfiguration={"Status": "Enabled"}
        )
    settings.STORAGES = {
        **settings.STORAGES,
        "blobs": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": s3_endpoint,
                "access_key": "testing",
                "secret_key": "testing",
                "region_name": "eu-west-1",
                "default_acl": "private",
                "querystring_auth": True,
                "file_overwrite": False,
            },
        },
    }
    return bucket


def _versions(s3, bucket, key):
    page = s3.list_object_versions(Bucket=bucket, Prefix=key)
    return [
        v
        for v in page.get("Versions", []) + page.get("DeleteMarkers", [])
        if v["Key"] == key
    ]


def _run(people, dossier):
    run = approved_run(
        dossier, people["analyst"], people["reviewer"], legal_basis="AVG art. 17"
    )
    return run_execute(run=run, actor=people["analyst"])


def test_blobs_go_to_the_bucket_as_ciphertext_and_come_back(settings, s3_endpoint, s3):
    bucket = _use_bucket(settings, s3_endpoint, s3)
    ref = blob_put(data=b"Mevrouw Sevda Yildiz, Tiel", purpose=PURPOSE_ORIGINAL)
    stored = s3.get_object(Bucket=bucket, Key=ref.blob_name)["Body"].read()
    assert b"Sevda" not in stored
    assert blob_read(blob=ref, purpose=PURPOSE_ORIGINAL) == (
        b"Mevrouw Sevda Yildiz, Tiel"
    )


def test_destruction_deletes_every_version_in_a_versioned_bucket(
    settings, s3_endpoint, s3, people
):
    bucket = _use_bucket(settings, s3_endpoint, s3, versioned=True)
    dossier = dossier_create(slug="s3", title="S3")
    documents = store_documents(dossier, 3, people["analyst"])
    approve_destroy(documents, people["analyst"], people["reviewer"])
    names = [n for d in documents for n in (d.original_blob, d.text_blob)]
    # Older versions, as a re-upload or a storage-side restore leaves them.
    for name in names:
        body = s3.get_object(Bucket=bucket, Key=name)["Body"].read()
        s3.put_object(Bucket=bucket, Key=name, Body=body)
        assert len(_versions(s3, bucket, name)) == 2

    run = _run(people, dossier)

    assert run.status == RunStatus.COMPLETED
    for name in names:
        assert _versions(s3, bucket, name) == []  # no version, no delete marker
    assert not run.items.exclude(storage_remnants=[]).exists()


def test_versions_the_storage_refuses_to_delete_are_named_and_unreadable(
    settings, s3_endpoint, s3, people
):
    bucket = _use_bucket(settings, s3_endpoint, s3, versioned=True, locked=True)
    dossier = dossier_create(slug="s3-locked", title="S3 locked")
    locked, free = store_documents(dossier, 2, people["analyst"])
    approve_destroy([locked, free], people["analyst"], people["reviewer"])
    until = timezone.now() + datetime.timedelta(days=30)
    kept = s3.get_object(Bucket=bucket, Key=locked.original_blob)
    retained = s3.put_object(
        Bucket=bucket,
        Key=locked.original_blob,
        Body=kept["Body"].read(),
        ObjectLockMode="COMPLIANCE",
        ObjectLockRetainUntilDate=until,
    )["VersionId"]

    run = _run(people, dossier)

    assert run.status == RunStatus.COMPLETED
    item = run.items.get(document=locked)
    assert item.status == ItemStatus.DESTROYED
    assert len(item.storage_remnants) == 1
    assert item.storage_remnants[0].startswith(retained)
    assert not run.items.get(document=free).storage_remnants
    # What remains is exactly the locked version ...
    remaining = _versions(s3, bucket, locked.original_blob)
    assert [v["VersionId"] for v in remaining] == [retained]
    for name in (locked.text_blob, free.original_blob, free.text_blob):
        assert _versions(s3, bucket, name) == []
    # ... and nobody can read it: its key is shredded, no other key opens it.
    body = s3.get_object(Bucket=bucket, Key=locked.original_blob, VersionId=retained)[
        "Body"
    ].read()
    assert b"Gespreksverslag" not in body
    store = keystore_get()
    with pytest.raises(KeyShreddedError):
        store.get_key(locked.original_key_id)
    for key_id, _wrapped, _master in store._iter_rows():
        with pytest.raises(DecryptionError):
            unseal(
                data_key=store.get_key(key_id),
                sealed=body,
                aad=f"{locked.original_key_id}:{PURPOSE_ORIGINAL}".encode(),
            )
    # The certificate says what the storage kept.
    text = "\n".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(bytes(run.certificate))).pages
    )
    assert retained in text
    assert blob_storage().exists(locked.original_blob) is True
