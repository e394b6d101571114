# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""No file ever stops a batch: whatever fails is recorded on that file.

The regression behind these tests: pypdf returned lone surrogates for a line of
Gothic script, ``text.encode()`` raised while storing, the document stayed
``stored`` and every later run crashed on it again.
"""

from __future__ import annotations

import os

from django.urls import reverse

import pypdf
import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.dossiers import analysis as analysis_module
from herstel.dossiers import ingestion as ingestion_module
from herstel.dossiers import services as services_module
from herstel.dossiers import storing as storing_module
from herstel.dossiers.constants import DocumentStatus
from herstel.dossiers.constants import IngestionSource
from herstel.dossiers.ingestion import IngestFile
from herstel.dossiers.ingestion import ingest
from herstel.dossiers.models import Document
from herstel.dossiers.services import document_analyse
from herstel.dossiers.services import document_failed_parts
from herstel.dossiers.services import document_store
from herstel.dossiers.services import document_text_read
from herstel.extraction import extract_text
from herstel.extraction.tests.samples import make_email
from herstel.extraction.tests.samples import make_pdf

from .factories import DossierFactory
from .factories import document_stored_unanalysed

pytestmark = pytest.mark.django_db

NOTE = "Mevrouw Fatima el Amrani woont in Gouda.\n"
GOTHIC = "Gotisch: \ud800\udf30\ud800 en Jan Jansen"  # what pypdf gave


@pytest.fixture
def surrogate_pdf(monkeypatch):
    """A real PDF whose text layer pypdf reads with lone surrogates.

    Extraction runs in this process so that the patched pypdf is used.
    """

    def in_process(data, filename="", **kwargs):
        kwargs["isolate"] = False
        return extract_text(data, filename, **kwargs)

    monkeypatch.setattr(pypdf.PageObject, "extract_text", lambda self, **kw: GOTHIC)
    monkeypatch.setattr(analysis_module, "extract_text", in_process)
    return make_pdf()


def _files(*items: tuple[str, bytes]) -> list[IngestFile]:
    return [IngestFile(name=name, read=lambda data=data: data) for name, data in items]


def _ingest(dossier, *items: tuple[str, bytes]):
    """Ingest ``items`` (name, content) into ``dossier`` as the command does."""
    return ingest(
        dossier=dossier,
        files=_files(*items),
        actor=None,
        source=IngestionSource.COMMAND,
    )


def test_pdf_with_lone_surrogates_is_extracted_valid(surrogate_pdf):
    result = extract_text(surrogate_pdf, "gotisch.pdf", isolate=False)
    result.text.encode("utf-8")  # must not raise
    assert "\ud800" not in result.text
    # The pair becomes the Gothic letter it spells; the lone one is replaced.
    assert "Gotisch: \U00010330\ufffd en Jan Jansen" in result.text
    assert result.replaced_characters == result.text.count("Jan Jansen") > 0
    assert any("not valid Unicode" in note for note in result.notes)
    assert "Jan Jansen" in result.text


def test_ingest_stores_the_surrogate_pdf_and_goes_on(surrogate_pdf):
    dossier = DossierFactory()
    report = _ingest(dossier, ("gotisch.pdf", surrogate_pdf), ("ok.txt", NOTE.encode()))
    assert report.run.stored == 2
    assert not dossier.documents.exclude(status=DocumentStatus.EXTRACTED).exists()
    document = dossier.documents.get(media_type="application/pdf")
    reader = UserFactory(roles=[Role.ANALYST])
    text = document_text_read(document=document, actor=reader)
    assert "\ufffd" in text and "Jan Jansen" in text
    assert document.mentions.filter(category="person").exists()


def test_surrogates_from_any_extractor_are_made_valid_before_storing(monkeypatch):
    """Defence in depth: even text that skipped the boundary is stored valid."""
    from herstel.extraction import ExtractionResult

    monkeypatch.setattr(
        analysis_module,
        "extract_text",
        lambda data, name, **kw: ExtractionResult(text=GOTHIC, media_type="x/y"),
    )
    dossier = DossierFactory()
    stored = document_store(
        dossier=dossier, data=b"x", filename="x\udcff.txt", actor=None
    )
    assert stored.document.status == DocumentStatus.EXTRACTED
    assert stored.document.text_length == len(GOTHIC) - 1  # the pair joined


def test_detection_error_is_recorded_and_the_text_kept(monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("detector bug")

    monkeypatch.setattr(analysis_module, "text_scan", broken)
    dossier = DossierFactory()
    report = _ingest(dossier, ("a.txt", NOTE.encode()), ("b.txt", b"Nog een notitie."))
    assert report.run.stored == 2
    for document in dossier.documents.all():
        assert document.status == DocumentStatus.EXTRACTED
        assert document.failure_code == "detection_failed"
        assert document.text_length > 0


def test_storage_error_is_recorded_and_the_batch_goes_on(monkeypatch):
    real = storing_module.subjects_index_document

    def flaky(*, document, text):
        if "Amrani" in text:
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
        return real(document=document, text=text)

    # Both ways of storing (one transaction, then step by step) index here.
    monkeypatch.setattr(storing_module, "subjects_index_document", flaky)
    dossier = DossierFactory()
    report = _ingest(dossier, ("a.txt", NOTE.encode()), ("b.txt", b"Nog een notitie."))
    assert report.run.stored == 2
    assert report.run.failed == 1
    failed = dossier.documents.get(status=DocumentStatus.FAILED)
    assert failed.failure_code == "storage_failed"
    assert dossier.documents.filter(status=DocumentStatus.EXTRACTED).count() == 1


def test_failed_single_transaction_is_undone_and_stored_step_by_step(monkeypatch):
    from herstel.audit.models import AuditEvent
    from herstel.vault.services import keystore_get

    calls = []

    def down(records):
        calls.append(records)
        raise RuntimeError("audit chain busy")

    monkeypatch.setattr(storing_module, "audit_events_record_many", down)
    dossier = DossierFactory()
    report = _ingest(dossier, ("a.txt", NOTE.encode()))
    assert len(calls) == 1
    assert report.run.stored == 1
    assert report.run.failed == 0
    document = dossier.documents.get()
    assert document.status == DocumentStatus.EXTRACTED
    assert document.mentions.filter(subject__isnull=False).exists()
    # The first attempt's two keys were shredded; the document has its own.
    assert len(keystore_get().journal.entries()) == 2
    assert keystore_get().count() == 2
    events = AuditEvent.objects.filter(
        object_id=str(document.pk), event__startswith="document."
    )
    assert sorted(events.values_list("event", flat=True)) == [
        "document.analysed",
        "document.stored",
    ]


def test_extraction_crash_is_recorded(monkeypatch):
    def crash(data, name, **kwargs):
        raise KeyError("bug")

    monkeypatch.setattr(analysis_module, "extract_text", crash)
    dossier = DossierFactory()
    result = document_store(dossier=dossier, data=b"abc", filename="a", actor=None)
    assert result.document.status == DocumentStatus.FAILED
    assert result.document.failure_code == "analysis_failed"


def test_half_done_document_is_completed_on_the_next_run():
    dossier = DossierFactory()
    document = document_stored_unanalysed(dossier, NOTE.encode(), "a.txt")
    report = _ingest(dossier, ("a.txt", NOTE.encode()))
    assert report.run.duplicates == 1
    document.refresh_from_db()
    assert document.status == DocumentStatus.EXTRACTED


def test_half_done_document_that_fails_again_is_marked_failed(monkeypatch):
    dossier = DossierFactory()
    document = document_stored_unanalysed(dossier, b"abc", "a.txt")

    def crash(**kwargs):
        raise ValueError("still broken")

    monkeypatch.setattr(services_module, "document_analysis_apply", crash)
    _ingest(dossier, ("a.txt", b"abc"))
    document.refresh_from_db()
    assert document.status == DocumentStatus.FAILED
    assert document.failure_code == "storage_failed"


def test_worker_task_records_failure(monkeypatch):
    """The Celery path (document_analyse) records the error too."""
    dossier = DossierFactory()
    document = document_stored_unanalysed(dossier, b"abc", "a.txt")

    def crash(data, name, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(analysis_module, "extract_text", crash)
    document = document_analyse(document=document, actor=None)
    assert document.status == DocumentStatus.FAILED
    assert document.failure_code == "analysis_failed"


def test_dead_pool_worker_does_not_stop_the_batch(monkeypatch):
    """A worker process that dies breaks the pool; its files are analysed here."""

    def dying(data, name):
        if name == "dood.txt":
            os._exit(1)
        return analysis_module.analyse(data, name)

    monkeypatch.setattr(ingestion_module, "_analyse_job", dying)
    dossier = DossierFactory()
    files = [(f"n{i}.txt", f"Notitie {i} over Jan Jansen.".encode()) for i in range(6)]
    files.insert(2, ("dood.txt", NOTE.encode()))
    report = ingest(
        dossier=dossier,
        files=_files(*files),
        actor=None,
        source=IngestionSource.COMMAND,
        jobs=2,
    )
    assert report.run.stored == 7
    assert dossier.documents.filter(status=DocumentStatus.EXTRACTED).count() == 7


def test_failed_parts_are_listed_on_the_dossier_page(client):
    message = make_email(
        attachments=(("kapot.pdf", b"%PDF-1.4 broken", "application", "pdf"),)
    )
    dossier = DossierFactory()
    report = _ingest(dossier, ("bericht.eml", message))
    assert report.incomplete == [("bericht.eml", 1)]
    document = Document.objects.get()
    assert document.status == DocumentStatus.EXTRACTED
    assert document.failed_part_count == 1
    assert document_failed_parts(document=document) == [("kapot.pdf", "corrupt")]
    login_verified(client, UserFactory(roles=[Role.ANALYST]))
    body = client.get(reverse("dossiers:detail", args=[dossier.slug])).content.decode()
    assert "kapot.pdf" in body
    assert document.reference in body


def test_empty_file_in_an_upload_is_named_and_the_rest_stored(
    client, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    login_verified(client, UserFactory(roles=[Role.ANALYST]))
    dossier = DossierFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("dossiers:upload", args=[dossier.slug]),
            {
                "documents": [
                    SimpleUploadedFile("leeg.txt", b""),
                    SimpleUploadedFile("a.txt", NOTE.encode()),
                ]
            },
            follow=True,
        )
    assert dossier.documents.count() == 1
    assert "leeg.txt" in response.content.decode()


def test_upload_of_only_empty_files_names_them(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    login_verified(client, UserFactory(roles=[Role.ANALYST]))
    dossier = DossierFactory()
    response = client.post(
        reverse("dossiers:upload", args=[dossier.slug]),
        {"documents": [SimpleUploadedFile("leeg.txt", b"")]},
    )
    assert response.status_code == 200
    assert "leeg.txt" in response.content.decode()
    assert dossier.documents.count() == 0


def test_metadata_author_names_become_mentions():
    """Author and comment author of a PDF are personal data: they are flagged."""
    from herstel.extraction.tests.samples_more import make_annotated_pdf

    dossier = DossierFactory()
    _ingest(dossier, ("besluit.pdf", make_annotated_pdf()))
    document = dossier.documents.get()
    text = document_text_read(
        document=document, actor=UserFactory(roles=[Role.ANALYST])
    )
    metadata_start = text.index("--- Metadata ---")
    flagged = {
        text[m.start : m.end]
        for m in document.mentions.filter(category="person", start__gt=metadata_start)
    }
    assert any("Koster" in span for span in flagged), flagged
    assert any("Lotte Visser" in span for span in flagged), flagged
    labels = {"author", "title", "comment", "Author", "Title", "Comment"}
    assert not flagged & labels, flagged


def test_upload_without_files_is_refused_and_starts_no_run(client):
    """Regression (issue 16 bug 3): no files gave "0 bestanden" and an empty run."""
    from herstel.dossiers.models import IngestionRun

    login_verified(client, UserFactory(roles=[Role.ANALYST]))
    dossier = DossierFactory()
    # What a browser sends when no file is chosen: the form's other fields only.
    response = client.post(
        reverse("dossiers:upload", args=[dossier.slug]), {"csrfmiddlewaretoken": "x"}
    )
    assert response.status_code in (200, 400)
    assert "Dit veld is verplicht" in response.content.decode()
    assert not IngestionRun.objects.exists()
