# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bulk ingestion: parallel, idempotent, every failure recorded, nothing lost."""

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.audit.models import AuditEvent
from herstel.dossiers.constants import DocumentStatus
from herstel.dossiers.constants import IngestionSource
from herstel.dossiers.ingestion import files_in
from herstel.dossiers.ingestion import ingest
from herstel.dossiers.models import Document
from herstel.dossiers.models import IngestionRun
from herstel.dossiers.models import Mention
from herstel.dossiers.services import document_analyse
from herstel.dossiers.services import document_store

from .factories import DossierFactory
from .factories import document_stored_unanalysed

pytestmark = pytest.mark.django_db

NOTE = (
    "Gespreksverslag. De heer Johan van der Berg uit Zwolle bezocht op 3 maart "
    "de moskee. Hij is bereikbaar via j.vanderberg@example.nl of 06-12345678.\n"
)


def _write_batch(folder: Path) -> None:
    folder.mkdir()
    (folder / "verslag.txt").write_text(NOTE, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "notitie.txt").write_text(
        "Mevrouw Fatima el Amrani woont in Gouda.\n", encoding="utf-8"
    )
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.7\n garbage without objects")
    (folder / "leeg.bin").write_bytes(b"\x00\x01\x02\x03" * 10)


def test_ingest_command_stores_scans_and_reports(tmp_path, capsys):
    _write_batch(tmp_path / "batch")
    dossier = DossierFactory(slug="batch")
    call_command("ingest", str(tmp_path / "batch"), "--dossier", "batch", "--jobs", "1")
    out = capsys.readouterr().out
    assert "4 files" in out
    assert dossier.documents.count() == 4
    assert dossier.documents.filter(status=DocumentStatus.EXTRACTED).count() == 2
    failed = dossier.documents.filter(status=DocumentStatus.FAILED)
    assert sorted(failed.values_list("failure_code", flat=True)) == [
        "corrupt",
        "unsupported",
    ]
    categories = set(Mention.objects.values_list("category", flat=True))
    assert {"person", "email", "phone"} <= categories
    run = IngestionRun.objects.get()
    assert (run.files, run.stored, run.failed, run.duplicates) == (4, 4, 2, 0)


def test_ingest_is_idempotent(tmp_path):
    _write_batch(tmp_path / "batch")
    dossier = DossierFactory()
    files = list(files_in([tmp_path / "batch"]))
    ingest(dossier=dossier, files=files, actor=None, source=IngestionSource.COMMAND)
    mentions = Mention.objects.count()
    report = ingest(
        dossier=dossier, files=files, actor=None, source=IngestionSource.COMMAND
    )
    assert report.run.duplicates == 4
    assert report.run.stored == 0
    assert dossier.documents.count() == 4
    assert Mention.objects.count() == mentions


def test_parallel_ingest_matches_serial(tmp_path, settings):
    _write_batch(tmp_path / "batch")
    serial, parallel = DossierFactory(), DossierFactory()
    files = list(files_in([tmp_path / "batch"]))
    ingest(dossier=serial, files=files, actor=None, source=IngestionSource.COMMAND)
    ingest(
        dossier=parallel,
        files=files,
        actor=None,
        source=IngestionSource.COMMAND,
        jobs=2,
    )

    def spans(dossier):
        return sorted(
            Mention.objects.filter(document__dossier=dossier).values_list(
                "document__sha256", "start", "end", "category"
            )
        )

    assert spans(serial) == spans(parallel)


def test_unreadable_file_is_reported_and_the_rest_go_through(tmp_path):
    from herstel.dossiers.ingestion import IngestFile

    def broken() -> bytes:
        raise PermissionError(13, "Permission denied")

    dossier = DossierFactory()
    report = ingest(
        dossier=dossier,
        files=[
            IngestFile(name="geheim.txt", read=broken),
            IngestFile(name="ok.txt", read=lambda: NOTE.encode()),
        ],
        actor=None,
        source=IngestionSource.COMMAND,
    )
    assert report.unreadable == [("geheim.txt", "Permission denied")]
    assert dossier.documents.count() == 1


def test_interrupted_analysis_is_completed_later():
    """A document stored but not analysed (worker died) is finished on re-ingest
    or by the worker task, exactly once."""
    dossier = DossierFactory()
    document = document_stored_unanalysed(dossier, NOTE.encode(), "v.txt")
    document_analyse(document=document, actor=None)
    document_analyse(document=document, actor=None)
    document.refresh_from_db()
    assert document.status == DocumentStatus.EXTRACTED
    assert AuditEvent.objects.filter(event="document.analysed").count() == 1
    assert Mention.objects.filter(document=document).exists()


def test_unknown_dossier_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="No dossier"):
        call_command("ingest", str(tmp_path), "--dossier", "nope")


def test_upload_page(client, django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from herstel.accounts.tests.factories import login_verified

    analyst = UserFactory(roles=[Role.ANALYST])
    login_verified(client, analyst)
    dossier = DossierFactory()
    # Ingested by a background task, run here at commit.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("dossiers:upload", args=[dossier.slug]),
            {
                "documents": [
                    SimpleUploadedFile("a.txt", NOTE.encode()),
                    SimpleUploadedFile("b.pdf", b"%PDF-1.4 broken"),
                ]
            },
        )
    assert response.status_code == 302
    assert dossier.documents.count() == 2
    page = client.get(reverse("dossiers:detail", args=[dossier.slug]))
    body = page.content.decode()
    assert "b.pdf" in body  # listed under files without text
    assert IngestionRun.objects.get().started_by == analyst


def test_reviewer_cannot_upload(client):
    from django.urls import reverse

    from herstel.accounts.tests.factories import login_verified

    login_verified(client, UserFactory(roles=[Role.REVIEWER]))
    dossier = DossierFactory()
    assert (
        client.get(reverse("dossiers:upload", args=[dossier.slug])).status_code == 403
    )


def test_documents_are_stored_encrypted_with_text(tmp_path):
    dossier = DossierFactory()
    document = document_store(
        dossier=dossier, data=NOTE.encode(), filename="x.txt", actor=None
    ).document
    assert document.text_length == len(NOTE)
    assert Document.objects.filter(text_blob="").count() == 0
