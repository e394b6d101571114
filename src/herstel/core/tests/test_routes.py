# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A route is named after its view unless it says otherwise."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest
from django.http import HttpResponse
from django.urls import reverse

import pytest

from herstel.core.routes import route


@login_required
def group_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return HttpResponse(slug)


def test_a_route_takes_the_name_of_its_decorated_view() -> None:
    pattern = route("groups/<slug:slug>/", group_detail)
    assert pattern.name == "group_detail"
    assert pattern.callback is group_detail


def test_a_route_can_be_named_otherwise() -> None:
    assert route("groups/new/", group_detail, "group_create").name == "group_create"


@pytest.mark.parametrize(
    ("name", "kwargs", "url"),
    [
        ("network:group_detail", {"slug": "wijk"}, "/network/groups/wijk/"),
        ("network:meeting_create", {}, "/network/sessions/new/"),
        (
            "dossiers:mention_decide",
            {"reference": "D-1", "pk": 2},
            "/dossiers/documents/D-1/mentions/2/",
        ),
    ],
)
def test_the_url_names_are_unchanged(name: str, kwargs: dict, url: str) -> None:
    assert reverse(name, kwargs=kwargs) == url
