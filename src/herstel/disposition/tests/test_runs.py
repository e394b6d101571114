# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Destruction runs: preview, four eyes, resumable execution, checklist, certificate."""

from __future__ import annotations

import datetime
import io
import json
import shutil
from collections import Counter
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import CommandError
from django.core.management import call_command
from django.utils import timezone

import pytest

from herstel.audit.models import AuditEvent
from herstel.disposition.constants import HoldAuthority
from herstel.disposition.constants import ItemStatus
from herstel.disposition.constants import RunStatus
from herstel.disposition.services import SelfApprovalError
from herstel.disposition.services import run_approve
from herstel.disposition.services import run_execute
from herstel.disposition.services import run_prepare
from herstel.disposition.services import run_submit
from herstel.dossiers.constants import LocationKind
from herstel.dossiers.models import Document
from herstel.dossiers.models import Mention
from herstel.dossiers.models import StorageLocation
from herstel.dossiers.services import PURPOSE_FILENAME
from herstel.dossiers.services import PURPOSE_ORIGINAL
from herstel.dossiers.services import PURPOSE_TEXT
from herstel.dossiers.services import document_destroy
from herstel.dossiers.services import dossier_create
from herstel.vault.crypto import unseal
from herstel.vault.keystore import KeyShreddedError
from herstel.vault.services import keystore_get

from .factories import NAMES
from .factories import certificate_text
from .factories import place_hold
from .factories import store_documents

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 22)


def _dossier_with_documents(steps, count, *, locations=True):
    dossier = dossier_create(slug="run", title="Run")
    if locations:
        StorageLocation.objects.create(
            dossier=dossier, kind=LocationKind.FILE_SHARE, name="\\\\fs01\\toeslagen"
        )
        StorageLocation.objects.create(
            dossier=dossier, kind=LocationKind.BACKUP_SET, name="Back-up 2019"
        )
    documents = store_documents(dossier, count, steps.analyst)
    steps.approve_destroy(documents)
    return dossier, documents


def test_the_person_who_prepared_a_run_cannot_approve_it(people, steps):
    dossier, _documents = _dossier_with_documents(steps, 1)
    both = people["analyst"]
    both.groups.add(*people["reviewer"].groups.all())
    both._herstel_roles = None
    run = run_prepare(dossier=dossier, planned_for=TODAY, legal_basis="b", actor=both)
    run_submit(run=run, actor=both)
    with pytest.raises(SelfApprovalError):
        run_approve(run=run, actor=both)
    run.refresh_from_db()
    assert run.status == RunStatus.SUBMITTED


def test_a_run_is_not_executed_before_approval_or_its_date(people, steps):
    dossier, _documents = _dossier_with_documents(steps, 1)
    run = run_prepare(
        dossier=dossier,
        planned_for=timezone.localdate() + datetime.timedelta(days=3),
        legal_basis="b",
        actor=people["analyst"],
    )
    with pytest.raises(ValidationError):
        run_execute(run=run, actor=people["analyst"])
    run_submit(run=run, actor=people["analyst"])
    run_approve(run=run, actor=people["reviewer"])
    with pytest.raises(ValidationError):
        run_execute(run=run, actor=people["analyst"])
    assert not Document.objects.filter(shredded_at__isnull=False).exists()


def test_preview_shows_a_held_document_and_the_run_leaves_it(people, steps):
    dossier, documents = _dossier_with_documents(steps, 3)
    held = documents[1]
    place_hold(
        people["analyst"],
        "NO-2026-7",
        "Onderzoek",
        authority=HoldAuthority.OMBUDSMAN,
        document=held,
    )
    run = steps.approved_run(dossier)
    preview = steps.preview(run)
    assert preview[held.reference][0]["reference"] == "NO-2026-7"
    assert not preview[documents[0].reference]

    run = run_execute(run=run, actor=people["analyst"])
    assert run.status == RunStatus.CHECKLIST
    statuses = dict(run.items.values_list("reference", "status"))
    assert statuses[held.reference] == ItemStatus.BLOCKED
    assert Counter(statuses.values()) == {"destroyed": 2, "blocked": 1}
    held.refresh_from_db()
    assert not held.is_shredded
    assert run.certificate is None

    run = steps.locations_confirm(run, "Map verwijderd")
    assert run.status == RunStatus.COMPLETED
    text = certificate_text(run)
    assert "NO-2026-7" in text
    assert held.reference in text
    assert "J. Beheerder" in text


def test_a_run_killed_halfway_resumes_and_destroys_each_document_once(people, steps):
    """The process dies after three documents, the fourth mid-way (keys shredded,
    database not committed); resuming finishes with each document destroyed once."""
    dossier, documents = _dossier_with_documents(steps, 6)
    run = steps.approved_run(dossier)
    calls = []

    def dying(*, document, actor, reason):
        calls.append(document.pk)
        if len(calls) == 4:
            document_destroy(document=document, actor=actor, reason=reason)
            raise RuntimeError("killed")
        return document_destroy(document=document, actor=actor, reason=reason)

    with pytest.raises(RuntimeError):
        run_execute(run=run, actor=people["analyst"], destroy=dying)
    run.refresh_from_db()
    assert run.status == RunStatus.EXECUTING
    assert run.items.filter(status=ItemStatus.DESTROYED).count() == 3
    assert run.items.filter(status=ItemStatus.PENDING).count() == 3

    run = run_execute(run=run, actor=people["analyst"])
    assert run.items.filter(status=ItemStatus.DESTROYED).count() == 6
    shredded = Counter(
        AuditEvent.objects.filter(event="document.shredded").values_list(
            "object_id", flat=True
        )
    )
    assert shredded == Counter({str(d.pk): 1 for d in documents})
    journal = keystore_get().journal.entries()
    key_ids = [entry.key_id for entry in journal]
    assert len(key_ids) == len(set(key_ids)) == 12
    # Running it again changes nothing.
    run_execute(
        run=run, actor=people["analyst"]
    ) if run.status != RunStatus.CHECKLIST else None
    run = steps.locations_confirm(run, "Map verwijderd")
    text = certificate_text(run)
    for document in documents:
        assert document.reference in text
        assert document.sha256 in text.replace("\n", "")
    assert "6" in text


def _everything(extra_blob_roots=()) -> str:
    """All rows of all tables, all stored files, and whatever the live keys decrypt."""
    parts = []
    for model in apps.get_models():
        for row in model.objects.all().values():
            parts.append(repr(row))
            parts.extend(
                bytes(value).decode("latin-1")
                for value in row.values()
                if isinstance(value, bytes | memoryview)
            )
    store = keystore_get()
    keys = {}
    for key_id, _wrapped, _master in store._iter_rows():
        try:
            keys[key_id] = store.get_key(key_id)
        except KeyShreddedError:
            continue
    roots = [Path(settings.STORAGES["blobs"]["OPTIONS"]["location"]), *extra_blob_roots]
    roots.append(Path(settings.HERSTEL_KEYSTORE_DIR))
    sealed_values = [
        bytes(v)
        for v in Document.objects.exclude(filename_sealed=None).values_list(
            "filename_sealed", flat=True
        )
    ]
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                parts.append(data.decode("latin-1"))
                sealed_values.append(data)
    purposes = (PURPOSE_ORIGINAL, PURPOSE_TEXT, PURPOSE_FILENAME)
    for sealed in sealed_values:
        for key_id, key in keys.items():
            for purpose in purposes:
                try:
                    plain = unseal(
                        data_key=key, sealed=sealed, aad=f"{key_id}:{purpose}".encode()
                    )
                except Exception:  # noqa: S112 - wrong key or purpose
                    continue
                parts.append(plain.decode("utf-8", "replace"))
    return "\n".join(parts)


def test_after_a_run_a_destroyed_persons_name_is_nowhere(people, steps, tmp_path):
    """Before the run the name can be read back (the search works); after it,
    neither the database, nor storage, nor any live key, nor a storage backup
    made before the run gives it back. Mentions (the derived index) are gone."""
    dossier, documents = _dossier_with_documents(steps, 2, locations=False)
    name = NAMES[0]
    assert name in _everything()
    assert Mention.objects.filter(document__in=documents).exists()
    blob_root = Path(settings.STORAGES["blobs"]["OPTIONS"]["location"])
    backup = tmp_path / "blobs-backup"
    shutil.copytree(blob_root, backup)
    dump = tmp_path / "db.json"
    call_command("dumpdata", output=str(dump), verbosity=0)
    keystore_backup = tmp_path / "keystore-backup.sqlite3"
    call_command("keystore_backup", str(keystore_backup), verbosity=0)
    records = [
        r for r in json.loads(dump.read_text()) if r["model"] == "dossiers.document"
    ]

    run = steps.approved_run(dossier)
    run = run_execute(run=run, actor=people["analyst"])
    assert run.status == RunStatus.COMPLETED  # no storage locations to confirm

    everything = _everything(extra_blob_roots=[backup])
    assert name not in everything
    assert NAMES[1] not in everything
    assert "Tiel" not in everything
    assert not Mention.objects.filter(document__in=documents).exists()
    # The backup copy of storage and the old database dump do not decrypt, not
    # even after the key-store backup made before the run is restored.
    call_command("keystore_restore", str(keystore_backup), verbosity=0)
    keystore_get.cache_clear()
    for record in records:
        fields = record["fields"]
        for key_field in ("text_key_id", "original_key_id"):
            with pytest.raises(KeyShreddedError):
                keystore_get().get_key(fields[key_field])
        assert (backup / fields["text_blob"]).exists()
    assert name not in _everything(extra_blob_roots=[backup])
    text = certificate_text(run)
    for person in NAMES:
        assert person not in text
    assert "verslag-" not in text


def test_a_run_collects_only_approved_destroy_documents(people, steps):
    dossier, documents = _dossier_with_documents(steps, 2)
    extra = store_documents(dossier, 3, people["analyst"])[2:]
    run = run_prepare(
        dossier=dossier, planned_for=TODAY, legal_basis="b", actor=people["analyst"]
    )
    assert sorted(run.items.values_list("document_id", flat=True)) == sorted(
        d.pk for d in documents
    )
    assert extra[0].pk not in run.items.values_list("document_id", flat=True)
    # A second run does not take documents already in an open run.
    with pytest.raises(ValidationError):
        run_prepare(
            dossier=dossier, planned_for=TODAY, legal_basis="b", actor=people["analyst"]
        )


def test_the_command_resumes_an_interrupted_run(people, steps):
    """An operator resumes a crashed run from the command line."""
    dossier, _documents = _dossier_with_documents(steps, 3, locations=False)
    run = steps.approved_run(dossier)

    def dying(*, document, actor, reason):
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        run_execute(run=run, actor=people["analyst"], destroy=dying)
    out = io.StringIO()
    call_command(
        "execute_destruction_run",
        run.reference,
        "--as",
        people["analyst"].username,
        stdout=out,
    )
    assert "3 destroyed, 0 blocked, status completed" in out.getvalue()
    with pytest.raises(CommandError):
        call_command(
            "execute_destruction_run",
            run.reference,
            "--as",
            people["reviewer"].username,
        )
