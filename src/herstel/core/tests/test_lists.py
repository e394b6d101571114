# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The one list helper: search, sort, filter, pagination (issue 16)."""

from __future__ import annotations

from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.contrib.sessions.backends.signed_cookies import SessionStore
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.test import RequestFactory

import pytest

from herstel.core.lists import Filter
from herstel.core.lists import ListSpec
from herstel.core.lists import list_page
from herstel.core.lists import private_search

ITEMS = [
    SimpleNamespace(name=f"Verslag {n}", size=n, kind="a" if n % 2 else "b")
    for n in range(1, 8)
]
SPEC = ListSpec(
    key="things",
    sorts="name size",
    default_sort="size",
    search_text=lambda item: item.name,
    filters=(Filter("kind", "Kind", [("a", "A"), ("b", "B")]),),
    page_size=3,
)
factory = RequestFactory()


def _names(listing):
    return [item.name for item in listing.page]


def test_defaults_sort_and_page():
    listing = list_page(factory.get("/"), ITEMS, SPEC)
    assert _names(listing) == ["Verslag 1", "Verslag 2", "Verslag 3"]
    assert listing.total == 7 and listing.page.paginator.num_pages == 3
    assert listing.query == ""


def test_sort_descending_keeps_filters_in_links():
    listing = list_page(factory.get("/", {"sort": "-size", "kind": "a"}), ITEMS, SPEC)
    assert _names(listing) == ["Verslag 7", "Verslag 5", "Verslag 3"]
    header = listing.header("size", "Size")
    assert header.label == "Size"
    assert header.aria_sort == "descending"
    assert header.url == "?sort=size&kind=a"  # again: the other way
    assert listing.header("name").aria_sort == ""
    assert "kind=a" in listing.query and "page" not in listing.query


def test_search_needs_every_word_and_is_kept_in_the_url():
    listing = list_page(factory.get("/", {"q": "verslag 5"}), ITEMS, SPEC)
    assert _names(listing) == ["Verslag 5"]
    assert listing.query == "q=verslag+5" and listing.searched
    assert listing.query_unsearched == ""


def test_unknown_sort_and_filter_values_are_ignored():
    listing = list_page(
        factory.get("/", {"sort": "password", "kind": "z", "page": "99"}), ITEMS, SPEC
    )
    assert listing.sort == "size" and listing.filters == {}
    assert listing.page.number == 3  # the last page, never an error


def test_default_sort_must_exist():
    with pytest.raises(ValueError):
        ListSpec(key="x", sorts="a", default_sort="b")


@pytest.mark.django_db
def test_querysets_are_searched_sorted_and_paged_in_the_database():
    for name in ("Analisten", "Beoordelaars", "Ander team"):
        Group.objects.get_or_create(name=name)
    spec = ListSpec(
        key="groups",
        sorts="name",
        default_sort="name",
        search_fields=("name",),
    )
    listing = list_page(
        factory.get("/", {"q": "an", "sort": "-name"}), Group.objects.all(), spec
    )
    names = [g.name for g in listing.page]
    assert names == sorted((n for n in names), reverse=True)
    assert (
        "Analisten" in names and "Ander team" in names and "Beoordelaars" not in names
    )


def test_annotate_runs_on_the_page_only_unless_search_or_sort_need_it():
    seen = []
    spec = ListSpec(
        key="titled",
        sorts="size title",
        sort_keys={"title": lambda i: i.title},
        default_sort="size",
        search_text=lambda item: item.title,
        annotate=lambda items: (
            seen.append(len(items)) or [setattr(i, "title", i.name) for i in items]
        ),
        page_size=3,
    )
    list_page(factory.get("/"), ITEMS, spec)
    assert seen == [3]
    listing = list_page(factory.get("/", {"sort": "-title"}), ITEMS, spec)
    assert seen == [3, 7]
    assert _names(listing)[0] == "Verslag 7"


PRIVATE = ListSpec(
    key="private",
    sorts="name",
    default_sort="name",
    search_text=lambda item: item.name,
    private_search=True,
)


def _with_session(request):
    request.session = SessionStore()
    return request


def test_a_private_search_is_posted_and_never_in_a_url():
    @private_search(PRIVATE)
    def view(request):
        listing = list_page(request, ITEMS, PRIVATE)
        return HttpResponse(" ".join(_names(listing)) + "|" + listing.query)

    post = _with_session(factory.post("/list/?sort=-name&page=2", {"q": "Verslag 3"}))
    response = view(post)
    assert response.status_code == 302
    assert response["Location"] == "/list/?sort=-name"
    assert "Verslag" not in response["Location"]
    get = factory.get("/list/", {"sort": "-name"})
    get.session = post.session
    body = view(get).content.decode()
    assert body == "Verslag 3|sort=-name"
    clear = _with_session(factory.post("/list/", {"q": "x", "clear": "1"}))
    clear.session = post.session
    view(clear)
    get.session = clear.session
    assert view(get).content.decode().startswith("Verslag 7")
    assert view(_with_session(factory.put("/list/"))).status_code == 405


def test_the_controls_are_labelled_and_a_private_search_posts():
    request = _with_session(factory.get("/", {"kind": "a"}))
    html = render_to_string(
        "includes/list_controls.html",
        {"listing": list_page(request, ITEMS, SPEC)},
        request=request,
    )
    assert '<label for="things-q">' in html and 'id="things-q"' in html
    assert '<label for="things-kind">' in html
    assert '<option value="a" selected>' in html
    private = render_to_string(
        "includes/list_controls.html",
        {"listing": list_page(request, ITEMS, PRIVATE)},
        request=request,
    )
    assert 'method="post"' in private and "csrfmiddlewaretoken" in private
