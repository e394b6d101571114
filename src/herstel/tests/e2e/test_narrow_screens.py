# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""At 375 px the inventory pages do not scroll sideways, and wide tables scroll
inside a region the keyboard reaches (issue 16: document page 939 px, dossier page
611 px, table wrappers not focusable, subject excerpts not wrapping)."""

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.dossiers.models import Subject
from herstel.dossiers.services import document_store
from herstel.dossiers.tests.factories import DossierFactory

from .conftest import axe_serious
from .conftest import login_page
from .conftest import visit_report

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LONG = "https://voorbeeld.example.org/" + "lang-pad-zonder-spaties-" * 8
NOTE = visit_report(
    f"Bron: {LONG}\nKenmerk: 2026-0001234567890123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)


def _width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def test_inventory_pages_fit_a_phone_screen(live_server, page):
    analyst = UserFactory(username="smal", roles=[Role.ANALYST])
    dossier = DossierFactory(slug="smal", title="Smal dossier")
    document = document_store(
        dossier=dossier, data=NOTE.encode(), filename="verslag.txt", actor=analyst
    ).document
    page.set_viewport_size({"width": 375, "height": 800})
    login_page(page, live_server, analyst)
    urls = [
        f"/dossiers/{dossier.slug}/",
        f"/dossiers/documents/{document.reference}/",
    ]
    subject = Subject.objects.first()
    if subject is not None:
        urls.append(f"/dossiers/subjects/{subject.pk}/")
    for url in urls:
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
        assert page.title() and "404" not in page.title(), url
        assert _width(page) <= 375, url
        assert axe_serious(page) == [], url
        regions = page.locator(".table-scroll")
        for i in range(regions.count()):
            assert regions.nth(i).get_attribute("tabindex") == "0", url


def test_wide_tables_scroll_without_javascript(live_server, page):
    """Without the script that enhances tables the wrappers come from the
    server: the page keeps the phone's width, each wrapper is a focusable
    region with a name, and visually-hidden captions stay inside it (issue 16)."""
    analyst = UserFactory(username="zonderjs", roles=[Role.ANALYST])
    dossier = DossierFactory(slug="zonder-js", title="Zonder JavaScript")
    document = document_store(
        dossier=dossier, data=NOTE.encode(), filename="verslag.txt", actor=analyst
    ).document
    page.route("**/scroll-regions.js*", lambda route: route.abort())
    page.set_viewport_size({"width": 375, "height": 800})
    login_page(page, live_server, analyst)
    for url in (
        f"/dossiers/{dossier.slug}/",
        f"/dossiers/documents/{document.reference}/",
    ):
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
        assert _width(page) <= 375, url
        regions = page.locator(".table-scroll")
        assert regions.count() >= 1, url
        for i in range(regions.count()):
            region = regions.nth(i)
            assert region.get_attribute("tabindex") == "0", url
            assert region.get_attribute("role") == "region", url
            assert region.get_attribute("aria-label") or region.get_attribute(
                "aria-labelledby"
            ), url
        assert axe_serious(page) == [], url
