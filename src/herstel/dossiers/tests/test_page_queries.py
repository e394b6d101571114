# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The dossier and document pages do a bounded amount of work per request:
the number of database queries and key-store lookups does not grow with the
number of documents (or mentions) they show."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.dossiers.services import document_store
from herstel.vault.services import keystore_get

from .factories import DossierFactory

pytestmark = pytest.mark.django_db


@dataclass
class Work:
    queries: int = 0
    key_lookups: int = 0


@contextmanager
def _counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[Work]:
    """Count Django queries and key-store reads (a batch read counts once)."""
    work = Work()
    store = keystore_get()
    for name in ("_get", "_get_many"):
        original = getattr(store, name, None)
        if original is None:
            continue

        def spy(*args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            work.key_lookups += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(store, name, spy)
    with CaptureQueriesContext(connection) as context:
        yield work
    work.queries = len(context.captured_queries)
    monkeypatch.undo()


def _dossier(analyst, documents: int):  # type: ignore[no-untyped-def]
    dossier = DossierFactory()
    stored = [
        document_store(
            dossier=dossier,
            data=(
                f"Notitie {n}: de fictieve heer Tarik Ouali{n} uit Almere, "
                f"telefoon 06-1234567{n % 10}, schreef aan mevrouw De Vries."
            ).encode(),
            filename=f"notitie-{n}.txt",
            actor=analyst,
        ).document
        for n in range(documents)
    ]
    return dossier, stored


def _measure(client, monkeypatch, url: str) -> Work:  # type: ignore[no-untyped-def]
    client.get(url)  # warm-up: session, translations, first-use caches
    with _counted(monkeypatch) as work:
        response = client.get(url)
    assert response.status_code == 200
    return work


@pytest.fixture
def analyst():
    return UserFactory(roles=[Role.ANALYST])


def test_dossier_page_work_does_not_grow_with_its_documents(
    client, analyst, monkeypatch
):
    """Twelve listed documents cost the same queries and key-store reads as two."""
    login_verified(client, analyst)
    small, _ = _dossier(analyst, 2)
    large, _ = _dossier(analyst, 12)
    few = _measure(client, monkeypatch, reverse("dossiers:detail", args=[small.slug]))
    many = _measure(client, monkeypatch, reverse("dossiers:detail", args=[large.slug]))
    assert many.queries == few.queries
    assert many.key_lookups == few.key_lookups == 1
    assert few.queries <= 25


def test_document_page_work_does_not_grow_with_its_mentions(
    client, analyst, monkeypatch
):
    """A document's page reads both its keys in one batch, whatever it holds."""
    login_verified(client, analyst)
    _, (short,) = _dossier(analyst, 1)
    long_text = " ".join(
        f"De fictieve heer Tarik Ouali{n} woont in Almere." for n in range(40)
    )
    long = document_store(
        dossier=short.dossier,
        data=long_text.encode(),
        filename="lang.txt",
        actor=analyst,
    ).document
    assert long.mentions.count() > 3 * short.mentions.count()
    few = _measure(
        client, monkeypatch, reverse("dossiers:document", args=[short.reference])
    )
    many = _measure(
        client, monkeypatch, reverse("dossiers:document", args=[long.reference])
    )
    assert many.queries == few.queries
    assert many.key_lookups == few.key_lookups
    assert few.key_lookups == 1
    assert few.queries <= 25


def test_document_page_pages_its_mentions_and_a_decision_returns_to_its_page(
    client, analyst
):
    """Mentions are listed 25 to a page (the text still marks them all); a
    decision without htmx returns to the page that holds the decided row."""
    from herstel.dossiers.selectors import document_mentions
    from herstel.dossiers.views import MENTION_PAGE_SIZE

    login_verified(client, analyst)
    text = " ".join(
        f"De fictieve heer Tarik Ouali{n} woont in Almere." for n in range(40)
    )
    document = document_store(
        dossier=DossierFactory(), data=text.encode(), filename="x.txt", actor=analyst
    ).document
    mentions = document_mentions(actor=analyst, document=document)
    assert len(mentions) > MENTION_PAGE_SIZE
    url = reverse("dossiers:document", args=[document.reference])
    first = client.get(url).content.decode()
    last = mentions[-1]
    assert f'id="mention-{mentions[0].pk}"' in first
    assert f'id="mention-{last.pk}"' not in first
    assert f'id="mark-{last.pk}"' in first
    page = len(mentions) // MENTION_PAGE_SIZE + 1
    second = client.get(url, {"page": page}).content.decode()
    assert f'id="mention-{last.pk}"' in second
    response = client.post(
        reverse("dossiers:mention_decide", args=[document.reference, last.pk]),
        {"status": "confirmed"},
    )
    assert response["Location"] == f"{url}?page={page}#mention-{last.pk}"
