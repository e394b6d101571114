# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Titles instead of hashes, names instead of numbers, for whoever may see
them (issue 16)."""

from __future__ import annotations

from types import SimpleNamespace

from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.disposition.constants import RunStatus
from herstel.disposition.models import DestructionRun
from herstel.disposition.models import RunItem
from herstel.dossiers.models import Subject
from herstel.dossiers.selectors import document_titles
from herstel.dossiers.selectors import passages_common_name
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create

pytestmark = pytest.mark.django_db

NOTE = (
    "Verslag\n\nDe heer Johan van der Berg uit Zwolle belde. Later belde "
    "Johan van der Berg opnieuw; J. van der Berg liet een nummer achter.\n"
)


def test_the_most_frequent_spelling_names_a_subject():
    passages = [
        SimpleNamespace(name=n) for n in ("J. Berg", "Johan  Berg", "Johan Berg")
    ]
    assert passages_common_name(passages) == "Johan Berg"
    assert passages_common_name([]) == ""


@pytest.fixture
def stored():
    analyst = UserFactory(roles=[Role.ANALYST])
    dossier = dossier_create(slug="titels", title="Titels")
    document = document_store(
        dossier=dossier,
        data=NOTE.encode(),
        filename="Verslag Zwolle.txt",
        actor=analyst,
    ).document
    return analyst, dossier, document


def test_titles_only_for_roles_that_read_the_inventory(stored):
    analyst, _dossier, document = stored
    assert document_titles(actor=analyst, documents=[document]) == {
        document.pk: "Verslag Zwolle.txt"
    }
    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    assert document_titles(actor=officer, documents=[document]) == {}


def test_the_run_page_shows_titles_to_analysts_and_records_it(client, stored):
    analyst, dossier, document = stored
    run = DestructionRun.objects.create(
        dossier=dossier,
        reference="VR-T1",
        planned_for=timezone.localdate(),
        legal_basis="AVG art. 17",
        status=RunStatus.DRAFT,
        created_by=analyst,
    )
    RunItem.objects.create(
        run=run, document=document, reference=document.reference, sha256=document.sha256
    )
    login_verified(client, analyst)
    body = client.get(reverse("disposition:run", args=["VR-T1"])).content.decode()
    assert "Verslag Zwolle.txt" in body and document.reference in body
    assert AuditEvent.objects.filter(
        event="dossier.viewed", context__run="VR-T1"
    ).exists()
    client.logout()
    login_verified(client, UserFactory(roles=[Role.PRIVACY_OFFICER]))
    body = client.get(reverse("disposition:run", args=["VR-T1"])).content.decode()
    assert "Verslag Zwolle.txt" not in body and document.reference in body


def test_the_subject_page_is_named_by_its_most_frequent_spelling(client, stored):
    analyst, _dossier, document = stored
    subject = Subject.objects.filter(mentions__document=document).first()
    login_verified(client, analyst)
    response = client.get(reverse("dossiers:subject", args=[subject.pk]))
    heading = response.content.decode().split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert heading.startswith("Johan van der Berg")
    assert subject.reference in heading


def test_file_types_in_words_not_media_types(client, stored):
    """Issue 16: "application/vnd.openxmlformats-…" was shown; people read
    "Word-document", "PDF", "E-mail" (the media type stays in the database)."""
    from django.utils import translation

    from herstel.extraction.base import MediaType
    from herstel.extraction.file_types import file_type_label

    with translation.override("nl"):
        assert file_type_label(MediaType.DOCX) == "Word-document"
        assert file_type_label(MediaType.EML) == "E-mail"
        assert file_type_label("application/pdf; charset=binary") == "PDF"
        assert file_type_label("image/x-unheard-of") == "Afbeelding"
        assert file_type_label("") == ""
    analyst, dossier, document = stored
    login_verified(client, analyst)
    for url in (
        reverse("dossiers:document", args=[document.reference]),
        reverse("dossiers:detail", args=[dossier.slug]),
    ):
        html = client.get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
        assert "text/plain" not in html, url
        assert "Platte tekst" in html, url


def test_disposition_pages_name_documents_by_title(client, stored):
    """Issue 16: the disposition pages showed DOC-… where a title exists (found
    by the crawl); the title now stands next to the reference for a role that
    may read titles, and showing it is recorded."""
    from herstel.disposition.constants import HoldAuthority
    from herstel.disposition.services import hold_place

    analyst, dossier, document = stored
    court = {"authority": HoldAuthority.COURT, "reference": "ROL-1"}
    hold_place(reason="Procedure", document=document, actor=analyst, **court)
    login_verified(client, analyst)
    for url in (
        reverse("disposition:index"),
        reverse("disposition:holds"),
        reverse("disposition:dossier", args=[dossier.slug]),
    ):
        before = AuditEvent.objects.filter(event="dossier.viewed").count()
        html = client.get(url).content.decode()
        assert document.reference in html, url
        assert "Verslag Zwolle.txt" in html, url
        assert AuditEvent.objects.filter(event="dossier.viewed").count() > before
    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    login_verified(client, officer)
    html = client.get(reverse("disposition:holds")).content.decode()
    assert "Verslag Zwolle.txt" not in html
