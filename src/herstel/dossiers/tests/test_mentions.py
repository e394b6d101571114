# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Analysts confirm, reject and add mentions; every decision is audited."""

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.dossiers.constants import MentionOrigin
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.selectors import text_segments
from herstel.dossiers.services import document_store
from herstel.dossiers.services import mention_add
from herstel.dossiers.services import mention_decide

from .factories import DossierFactory

pytestmark = pytest.mark.django_db

TEXT = "Verslag. De heer Karim Bouzid uit Tiel sprak met mevrouw Anna de Vries.\n"


@pytest.fixture
def analyst():
    return UserFactory(roles=[Role.ANALYST])


@pytest.fixture
def document(analyst):
    return document_store(
        dossier=DossierFactory(), data=TEXT.encode(), filename="v.txt", actor=analyst
    ).document


def test_engine_mentions_point_at_the_names(document):
    found = {TEXT[m.start : m.end] for m in document.mentions.filter(category="person")}
    assert any("Karim Bouzid" in f for f in found)
    assert any("Anna de Vries" in f for f in found)


def test_decide_and_undo_are_audited(document, analyst):
    mention = document.mentions.filter(category="person").first()
    mention_decide(mention=mention, status=MentionStatus.CONFIRMED, actor=analyst)
    mention_decide(mention=mention, status=MentionStatus.CONFIRMED, actor=analyst)
    mention_decide(mention=mention, status=MentionStatus.REJECTED, actor=analyst)
    events = AuditEvent.objects.filter(event="mention.decided").order_by("seq")
    assert [(e.context["before"], e.context["after"]) for e in events] == [
        ("proposed", "confirmed"),
        ("confirmed", "rejected"),
    ]
    assert "Karim" not in str([e.context for e in events])


@pytest.mark.parametrize(
    "role", [Role.REVIEWER, Role.PRIVACY_OFFICER, Role.ADMINISTRATOR]
)
def test_only_analysts_review(document, role):
    mention = document.mentions.first()
    with pytest.raises(PermissionDenied):
        mention_decide(
            mention=mention,
            status=MentionStatus.CONFIRMED,
            actor=UserFactory(roles=[role]),
        )


def test_add_missed_mention(document, analyst):
    start = TEXT.index("sprak")
    mention = mention_add(
        document=document, start=start, end=start + 5, category="health", actor=analyst
    )
    assert mention.origin == MentionOrigin.ANALYST
    assert mention.status == MentionStatus.CONFIRMED
    with pytest.raises(ValidationError):
        mention_add(
            document=document, start=0, end=10_000, category="place", actor=analyst
        )
    with pytest.raises(ValidationError):
        mention_add(
            document=document, start=0, end=3, category="nonsense", actor=analyst
        )


def test_document_page_highlights_and_filters(client, document, analyst):
    login_verified(client, analyst)
    url = reverse("dossiers:document", args=[document.reference])
    body = client.get(url).content.decode()
    assert 'class="mention mention--person' in body
    filtered = client.get(url, {"category": "email"}).content.decode()
    assert 'class="mention mention--person' not in filtered


def test_decision_by_htmx_returns_the_row(client, document, analyst):
    login_verified(client, analyst)
    mention = document.mentions.first()
    response = client.post(
        reverse("dossiers:mention_decide", args=[document.reference, mention.pk]),
        {"status": "rejected"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert f'id="mention-{mention.pk}"'.encode() in response.content
    assert b"<html" not in response.content
    mention.refresh_from_db()
    assert mention.status == MentionStatus.REJECTED


def test_add_form_finds_the_nth_occurrence(client, analyst):
    login_verified(client, analyst)
    text = "Jan en Piet. Daarna kwam Jan weer.\n"
    document = document_store(
        dossier=DossierFactory(), data=text.encode(), filename="t.txt", actor=analyst
    ).document
    response = client.post(
        reverse("dossiers:mention_add", args=[document.reference]),
        {"category": "health", "text": "Jan", "occurrence": 2},
    )
    assert response.status_code == 302
    added = Mention.objects.get(document=document, origin=MentionOrigin.ANALYST)
    assert (added.start, added.end) == (text.index("Jan", 1), text.index("Jan", 1) + 3)
    response = client.post(
        reverse("dossiers:mention_add", args=[document.reference]),
        {"category": "health", "text": "Jan", "occurrence": 3},
    )
    assert response.status_code == 400


def test_segments_keep_the_outer_span():
    class M:
        def __init__(self, start, end, pk):
            self.start, self.end, self.pk, self.status = start, end, pk, "proposed"

    segments = text_segments("abcdefgh", [M(1, 5, 1), M(2, 3, 2), M(6, 7, 3)])
    assert [(s.text, s.mention.pk if s.mention else None) for s in segments] == [
        ("a", None),
        ("bcde", 1),
        ("f", None),
        ("g", 3),
        ("h", None),
    ]
