# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every list page searches, sorts, filters and pages with core.lists (issue 16)."""

from __future__ import annotations

from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.disposition.tests.factories import store_documents
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create

pytestmark = pytest.mark.django_db

PAGES = [
    (Role.ANALYST, "dossiers:list", {"sort": "-documents", "q": "werk"}),
    (Role.ANALYST, "inquiries:worklist", {"sort": "-stage", "status": "received"}),
    (Role.ANALYST, "disposition:runs", {"sort": "dossier", "status": "draft"}),
    (Role.ANALYST, "disposition:holds", {"sort": "-scope", "state": "active"}),
    (Role.ANALYST, "disposition:index", {"sort": "status"}),
    (Role.ANALYST, "woo:list", {"sort": "-due", "q": "gemeente"}),
    (Role.PRIVACY_OFFICER, "notices:subjects", {"sort": "-decided", "q": "S-1"}),
    # The partner register keeps its own filter form; the helper sorts and pages.
    (
        Role.POLICY_OFFICER,
        "partners:organisation_list",
        {"sort": "-contacts", "q": "x"},
    ),
    (Role.POLICY_OFFICER, "partners:contact_list", {"sort": "tier", "tier": "signal"}),
]


@pytest.mark.parametrize(("role", "name", "params"), PAGES)
def test_list_pages_sort_filter_and_search(client, role, name, params):
    login_verified(client, UserFactory(roles=[role]))
    response = client.get(reverse(name), params)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'aria-sort="' in body
    assert 'role="search"' in body or "partners" in name


def test_topics_sort_links_outside_a_table(client):
    login_verified(client, UserFactory(roles=[Role.NETWORK_MODERATOR]))
    body = client.get(reverse("network:topic_list"), {"sort": "title"}).content
    assert b'class="sort-links"' in body and b'aria-current="true"' in body


def test_a_dossier_search_finds_documents_by_title_words_without_a_url(client):
    analyst = UserFactory(roles=[Role.ANALYST])
    dossier = dossier_create(slug="zoek", title="Zoekdossier")
    store_documents(dossier, 3, analyst)
    document_store(
        dossier=dossier,
        data=b"Notitie over het overleg.\n",
        filename="Notitie overleg moskee 2017.txt",
        actor=analyst,
    )
    login_verified(client, analyst)
    url = reverse("dossiers:detail", args=["zoek"])
    response = client.post(url + "?sort=-size", {"q": "overleg MOSKEE"})
    assert response.status_code == 302
    assert response["Location"] == url + "?sort=-size"
    body = client.get(response["Location"]).content.decode()
    assert "Notitie overleg moskee 2017.txt" in body
    assert "verslag-1.txt" not in body
    assert 'value="overleg MOSKEE"' in body  # shown in the field, from the session
    entry = AuditEvent.objects.filter(event="dossier.viewed").latest("seq")
    assert entry.context["searched"] is True
    assert "moskee" not in str(entry.context).casefold()
    # Sorted by title, in Python (titles are sealed in the database).
    client.post(url, {"clear": "1"})
    body = client.get(url, {"sort": "title"}).content.decode()
    assert body.index("Notitie overleg") < body.index("verslag-0.txt")


def test_the_member_directory_is_searched_by_a_posted_name(client):
    from herstel.network.tests.factories import member_create

    member_create(display_name="Fictieve Fatima", email="f@example.org")
    member_create(display_name="Fictieve Bram", email="b@example.org")
    login_verified(client, UserFactory(roles=[Role.NETWORK_MODERATOR]))
    url = reverse("network:directory")
    response = client.post(url, {"q": "fatima"})
    assert response["Location"] == url
    body = client.get(url, {"sort": "-name"}).content.decode()
    assert "Fictieve Fatima" in body and "Fictieve Bram" not in body
    entry = AuditEvent.objects.filter(event="network.directory_viewed").latest("seq")
    assert entry.context == {"shown": 1, "searched": True}
