# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bulk review of one spelling in a document or a dossier, with undo, audit and
the dossier's memory of rejected spellings."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.audit.models import AuditEvent
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.models import RememberedSurface
from herstel.dossiers.models import ReviewBatch
from herstel.dossiers.review import review_batch_undo
from herstel.dossiers.review import surface_bulk_decide
from herstel.dossiers.review import surface_forget
from herstel.dossiers.review import surfaces_prereject
from herstel.dossiers.services import dossier_create
from herstel.dossiers.tests.factories import text_document

pytestmark = pytest.mark.django_db

TEXT = (
    "Ministerie van Sociale Zaken en Werkgelegenheid. De afdeling "
    "WERKGELEGENHEID sprak met mevrouw Jolanda de Wit over werkgelegenheid."
)


def _analyst():
    return UserFactory(roles=[Role.ANALYST])


def _store(dossier, number, actor, text=TEXT):
    document = text_document(dossier, f"d{number}.txt", f"{text} ({number})", actor)
    start = 0
    while (start := text.lower().find("werkgelegenheid", start)) >= 0:
        Mention.objects.get_or_create(
            document=document,
            start=start,
            end=start + len("werkgelegenheid"),
            category="person",
            defaults={"status": MentionStatus.PROPOSED, "score": 0.4},
        )
        start += 1
    return document


def _spelling(document):
    return (
        Mention.objects.filter(document=document, category="person")
        .filter(start=TEXT.index("Werkgelegenheid"))
        .get()
    )


def test_reject_in_the_document_then_undo():
    actor = _analyst()
    dossier = dossier_create(slug="b", title="B")
    first, second = _store(dossier, 1, actor), _store(dossier, 2, actor)
    batch = surface_bulk_decide(
        mention=_spelling(first), status="rejected", scope="document", actor=actor
    )
    assert len(batch.changes) == 3  # every case of the spelling
    rejected = Mention.objects.filter(status="rejected")
    assert set(rejected.values_list("document_id", flat=True)) == {first.pk}
    assert not rejected.filter(start=TEXT.index("Jolanda")).exists()
    assert review_batch_undo(batch=batch, actor=actor) == 3
    assert not Mention.objects.filter(status="rejected").exists()
    assert review_batch_undo(batch=batch, actor=actor) == 0
    assert second.mentions.filter(status="proposed").count() >= 3
    events = AuditEvent.objects.filter(event__startswith="mentions.bulk")
    assert events.count() == 2


def test_reject_in_the_dossier_is_remembered_for_new_documents():
    actor = _analyst()
    dossier = dossier_create(slug="c", title="C")
    documents = [_store(dossier, n, actor) for n in range(4)]
    batch = surface_bulk_decide(
        mention=_spelling(documents[0]),
        status="rejected",
        scope="dossier",
        actor=actor,
    )
    assert len(batch.changes) == 12
    assert RememberedSurface.objects.filter(dossier=dossier).count() == 1
    # A document analysed later gets the spelling pre-rejected, shown as a
    # remembered batch that can be undone.
    later = text_document(dossier, "n.txt", "Over Werkgelegenheid gesproken.", actor)
    # The detector may have proposed it already (then the hook rejected it at
    # analysis time); otherwise add the proposal and run the hook again.
    mention, _created = Mention.objects.get_or_create(
        document=later, start=5, end=20, category="person", defaults={"score": 0.4}
    )
    surfaces_prereject(document=later, text="Over Werkgelegenheid gesproken.")
    mention.refresh_from_db()
    assert mention.status == "rejected"
    remembered = ReviewBatch.objects.get(document=later, remembered=True)
    review_batch_undo(batch=remembered, actor=actor)
    mention.refresh_from_db()
    assert mention.status == "proposed"
    # Forgetting stops the memory.
    surface_forget(surface=RememberedSurface.objects.get(), actor=actor)
    assert not RememberedSurface.objects.exists()


def test_confirming_in_bulk_forgets_the_rejection_and_needs_permission():
    actor = _analyst()
    dossier = dossier_create(slug="d", title="D")
    document = _store(dossier, 1, actor)
    surface_bulk_decide(
        mention=_spelling(document), status="rejected", scope="dossier", actor=actor
    )
    surface_bulk_decide(
        mention=_spelling(document), status="confirmed", scope="dossier", actor=actor
    )
    assert not RememberedSurface.objects.exists()
    with pytest.raises(PermissionDenied):
        surface_bulk_decide(
            mention=_spelling(document),
            status="rejected",
            scope="document",
            actor=UserFactory(roles=[Role.REVIEWER]),
        )


def test_document_page_bulk_reject_and_undo():
    from django.test import Client
    from django.urls import reverse

    from herstel.accounts.tests.factories import login_verified

    actor = _analyst()
    dossier = dossier_create(slug="e", title="E")
    documents = [_store(dossier, n, actor) for n in range(3)]
    client = Client()
    login_verified(client, actor)
    page = reverse("dossiers:document", args=[documents[0].reference])
    body = client.get(page).content.decode()
    assert "document_bulk_review" not in body  # the URL, not the name
    assert "/bulk/" in body
    response = client.post(
        reverse("dossiers:document_bulk_review", args=[documents[0].reference]),
        {"mention": _spelling(documents[0]).pk, "action": "rejected-dossier"},
    )
    assert response.status_code == 302
    assert Mention.objects.filter(status="rejected").count() == 9
    body = client.get(page).content.decode()
    batch = ReviewBatch.objects.get()
    assert f'name="batch" value="{batch.pk}"' in body
    client.post(
        reverse("dossiers:document_bulk_undo", args=[documents[0].reference]),
        {"batch": batch.pk},
    )
    assert not Mention.objects.filter(status="rejected").exists()


def test_review_queue_lists_the_most_uncertain_first():
    from django.test import Client
    from django.urls import reverse

    from herstel.accounts.tests.factories import login_verified

    actor = _analyst()
    dossier = dossier_create(slug="q", title="Q")
    document = _store(dossier, 1, actor)
    Mention.objects.filter(document=document).update(score=0.95)
    near = _spelling(document)
    Mention.objects.filter(pk=near.pk).update(score=0.52)
    client = Client()
    login_verified(client, actor)
    body = client.get(reverse("dossiers:review_queue", args=[dossier.slug]))
    html = body.content.decode()
    assert body.status_code == 200
    rows = [int(pk) for pk in __import__("re").findall(r'<tr id="mention-(\d+)"', html)]
    assert rows[0] == near.pk
    assert "review-keys.js" in html
    reviewer = UserFactory(roles=[Role.REVIEWER])
    client = Client()
    login_verified(client, reviewer)
    html = client.get(reverse("dossiers:review_queue", args=[dossier.slug])).content
    assert b'name="status"' not in html
