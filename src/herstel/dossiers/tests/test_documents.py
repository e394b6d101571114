# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Documents are stored encrypted, idempotently; every read is audited."""

import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.dossiers.constants import DocumentStatus
from herstel.dossiers.services import document_filename
from herstel.dossiers.services import document_original_read
from herstel.dossiers.services import document_shred
from herstel.dossiers.services import document_store
from herstel.dossiers.services import document_text_read
from herstel.vault.keystore import KeyShreddedError
from herstel.vault.services import keystore_get

from .factories import DossierFactory

pytestmark = pytest.mark.django_db

TEXT = "Notitie: de fictieve heer Tarik Ouali (Almere) bezoekt moskee Al Fajr."


@pytest.fixture
def analyst():
    return UserFactory(roles=[Role.ANALYST])


def _all_stored_bytes() -> bytes:
    root = Path(settings.STORAGES["blobs"]["OPTIONS"]["location"])
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_store_encrypts_original_text_and_file_name(analyst):
    dossier = DossierFactory()
    result = document_store(
        dossier=dossier, data=TEXT.encode(), filename="ouali.txt", actor=analyst
    )
    document = result.document
    assert result.created
    assert document.status == DocumentStatus.EXTRACTED
    assert document.original_key_id != document.text_key_id
    assert b"Ouali" not in _all_stored_bytes()
    assert b"ouali" not in bytes(document.filename_sealed)
    assert document_text_read(document=document, actor=analyst) == TEXT
    assert document_filename(document=document) == "ouali.txt"
    assert document_original_read(document=document, actor=analyst) == TEXT.encode()


def test_store_is_idempotent_per_content(analyst):
    dossier = DossierFactory()
    first = document_store(
        dossier=dossier, data=b"same", filename="a.txt", actor=analyst
    )
    second = document_store(
        dossier=dossier, data=b"same", filename="b.txt", actor=analyst
    )
    assert not second.created
    assert second.document.pk == first.document.pk
    assert dossier.documents.count() == 1


def test_unreadable_file_is_kept_with_its_reason(analyst):
    dossier = DossierFactory()
    result = document_store(
        dossier=dossier, data=b"%PDF-1.7 garbage", filename="kapot.pdf", actor=analyst
    )
    assert result.document.status == DocumentStatus.FAILED
    assert result.document.failure_code == "corrupt"
    assert (
        "damaged" in result.document.failure_text
        or "beschadigd" in result.document.failure_text
    )
    assert document_original_read(document=result.document, actor=analyst).startswith(
        b"%PDF"
    )


def test_failed_database_write_shreds_the_fresh_keys(analyst, monkeypatch):
    dossier = DossierFactory()
    from herstel.dossiers import services

    def boom(**kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(services, "audit_event_record", boom)
    with pytest.raises(RuntimeError):
        document_store(dossier=dossier, data=b"orphan", filename="o.txt", actor=analyst)
    assert keystore_get().count() == 0
    assert len(keystore_get().journal.entries()) == 1  # the original; no text yet


@pytest.mark.parametrize(
    "role", [Role.PRIVACY_OFFICER, Role.ADMINISTRATOR, Role.POLICY_OFFICER]
)
def test_other_roles_cannot_read_content(analyst, role):
    document = document_store(
        dossier=DossierFactory(), data=TEXT.encode(), filename="x.txt", actor=analyst
    ).document
    with pytest.raises(PermissionDenied):
        document_text_read(document=document, actor=UserFactory(roles=[role]))


def test_reads_are_audited_with_purpose_and_no_content(analyst):
    document = document_store(
        dossier=DossierFactory(), data=TEXT.encode(), filename="x.txt", actor=analyst
    ).document
    document_text_read(document=document, actor=analyst)
    document_original_read(document=document, actor=analyst)
    viewed = AuditEvent.objects.get(event="document.viewed")
    assert viewed.actor_id == analyst.pk
    assert viewed.object_id == str(document.pk)
    assert viewed.reason == "inventory"
    assert "avg" in viewed.tags
    assert AuditEvent.objects.filter(event="document.downloaded").exists()
    for entry in AuditEvent.objects.all():
        assert "Ouali" not in str(entry.context) + entry.reason


def test_shred_makes_everything_unreadable_and_is_idempotent(analyst):
    document = document_store(
        dossier=DossierFactory(), data=TEXT.encode(), filename="x.txt", actor=analyst
    ).document
    keys = (document.original_key_id, document.text_key_id)
    document_shred(document=document, actor=analyst, reason="test")
    document_shred(document=document, actor=analyst, reason="test")
    document.refresh_from_db()
    assert document.is_shredded
    assert document.filename_sealed is None
    assert document_text_read(document=document, actor=analyst) == ""
    for key_id in keys:
        with pytest.raises(KeyShreddedError):
            keystore_get().get_key(key_id)
    assert AuditEvent.objects.filter(event="document.shredded").count() == 1
    assert AuditEvent.objects.filter(event="vault.key_shredded").count() == 2
    assert _all_stored_bytes() == b""


def test_document_page_shows_text_and_records_the_view(client, analyst):
    document = document_store(
        dossier=DossierFactory(), data=TEXT.encode(), filename="x.txt", actor=analyst
    ).document
    login_verified(client, analyst)
    response = client.get(reverse("dossiers:document", args=[document.reference]))
    assert response.status_code == 200
    assert "Tarik Ouali" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert (
        AuditEvent.objects.filter(event="document.viewed", actor_id=analyst.pk).count()
        == 1
    )


def test_download_does_not_put_the_file_name_in_headers(client, analyst):
    document = document_store(
        dossier=DossierFactory(),
        data=TEXT.encode(),
        filename="ouali.txt",
        actor=analyst,
    ).document
    login_verified(client, analyst)
    response = client.get(
        reverse("dossiers:document_download", args=[document.reference])
    )
    assert response.status_code == 200
    assert "ouali" not in response["Content-Disposition"]
    assert response["Cache-Control"] == "no-store"
    # Regression (issue 16 bug 7): the file kept no extension.
    assert response["Content-Disposition"] == (
        f'attachment; filename="{document.reference}.txt"'
    )


def test_dossier_page_pages_with_htmx(client, analyst):
    dossier = DossierFactory()
    for n in range(55):
        document_store(
            dossier=dossier,
            data=f"doc {n}".encode(),
            filename=f"{n}.txt",
            actor=analyst,
        )
    login_verified(client, analyst)
    url = reverse("dossiers:detail", args=[dossier.slug])
    full = client.get(url)
    assert full.status_code == 200
    assert b"<html" in full.content
    fragment = client.get(url + "?page=2", headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    assert b"<html" not in fragment.content
    assert b'id="documents"' in fragment.content
    assert AuditEvent.objects.filter(event="dossier.viewed").count() == 2


def test_deciding_a_mention_with_htmx_returns_the_row_with_its_text(client, analyst):
    """Regression (issue 16 bug 2): the swapped row's text cell was empty."""
    document = document_store(
        dossier=DossierFactory(), data=TEXT.encode(), filename="n.txt", actor=analyst
    ).document
    mention = next(
        m for m in document.mentions.all() if TEXT[m.start : m.end] == "Tarik Ouali"
    )
    login_verified(client, analyst)
    response = client.post(
        reverse("dossiers:mention_decide", args=[document.reference, mention.pk]),
        {"status": "confirmed"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    row = response.content.decode()
    assert row.lstrip().startswith(f'<tr id="mention-{mention.pk}"')
    assert f'<a href="#mark-{mention.pk}">Tarik Ouali</a>' in row
    # Buttons name the mention by its text, not by a character offset.
    assert "“Tarik Ouali”" in row
    assert f" {mention.start}<" not in row


def test_the_mention_table_names_detectors_in_words_not_codes(client, analyst):
    """Regression (issue 16 bug 8): "names (capitalisation)", "analyst (manual)"."""
    from herstel.dossiers.services import mention_add

    document = document_store(
        dossier=DossierFactory(), data=TEXT.encode(), filename="n.txt", actor=analyst
    ).document
    start = TEXT.index("heer")
    mention_add(
        document=document, start=start, end=start + 4, category="person", actor=analyst
    )
    login_verified(client, analyst)
    page = client.get(reverse("dossiers:document", args=[document.reference]))
    body = page.content.decode()
    assert "Namen van personen, plaatsen en organisaties (" in body
    assert "Analist (handmatig toegevoegd)" in body, re.findall(
        r"<td>([^<]*\([^<]*\))</td>", body
    )
    for code in ("(capitalisation)", "analyst (manual)", ">names<", "pattern:"):
        assert code not in body
