# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
""" "Mijn werk" shows each role its counts; a dossier search finds a document
by words of its title (the term never in the URL); an analyst confirms 50
mentions of one spelling at once. At 1280 and 375 px, axe finds nothing
serious and nothing overflows (issue 16)."""

from __future__ import annotations

import re

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.test_work import world  # noqa: F401  (fixture)
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create

from .conftest import axe_serious
from .conftest import login_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WIDTHS = (1280, 375)


def _count(page, label: str) -> str:
    item = page.locator("li.work-item", has=page.get_by_role("link", name=label))
    return item.locator(".work-item__count").inner_text()


def _fits(page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth + 1"
    )


def test_my_work_shows_the_counts_of_each_role(live_server, page, world):  # noqa: F811
    expected = {
        world["analyst"]: {
            "Nieuwe inzageverzoeken": "2",
            "Inzageverzoeken te laat": "1",
            "Woo-verzoeken te laat": "1",
            "Onbestelbaar teruggekomen brieven": "1",
        },
        UserFactory(roles=[Role.REVIEWER]): {
            "Bestemmingen om goed te keuren in Werkdossier": "2",
            "Vernietigingsrondes om goed te keuren": "2",
            "Lakkingen om goed te keuren": "1",
            "Antwoorden om goed te keuren": "1",
        },
        UserFactory(roles=[Role.NETWORK_MODERATOR]): {"Meldingen over bijdragen": "1"},
    }
    for user, counts in expected.items():
        login_page(page, live_server, user)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(live_server.url + "/work/")
            page.get_by_role("heading", name="Mijn werk", exact=True).wait_for()
            for label, number in counts.items():
                assert _count(page, label) == number, (user, label)
            assert _fits(page)
            assert axe_serious(page) == []
    login_page(page, live_server, UserFactory(roles=[Role.POLICY_OFFICER]))
    page.goto(live_server.url + "/work/")
    assert page.get_by_text("Er wacht niets op u.").is_visible()


def test_a_dossier_search_finds_a_document_by_title_words(live_server, page):
    analyst = UserFactory(roles=[Role.ANALYST])
    dossier = dossier_create(slug="zoek", title="Zoekdossier")
    for name in ("Verslag overleg moskee 2017", "Notitie begroting", "Agenda"):
        document_store(
            dossier=dossier,
            data=f"{name}. Geen bijzonderheden.\n".encode(),
            filename=f"{name}.txt",
            actor=analyst,
        )
    login_page(page, live_server, analyst)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_server.url + "/dossiers/zoek/")
        page.get_by_label("Zoek op woorden uit de titel of op kenmerk").fill(
            "moskee overleg"
        )
        page.get_by_role("button", name="Zoeken", exact=True).click()
        page.get_by_role("link", name="Verslag overleg moskee 2017.txt").wait_for()
        assert page.get_by_role("link", name="Agenda.txt").count() == 0
        assert "moskee" not in page.url
        assert page.get_by_role("status").first.inner_text() == "1 resultaat"
        assert _fits(page)
        assert axe_serious(page) == []
        # Sorting keeps the search; the sorted column says so.
        page.get_by_role("link", name="Titel").click()
        header = page.get_by_role("columnheader", name="Titel")
        assert header.get_attribute("aria-sort") == "ascending"
        assert page.get_by_role("link", name="Agenda.txt").count() == 0
        page.get_by_role("button", name="Zoekopdracht wissen").click()
        page.get_by_role("link", name="Agenda.txt").wait_for()


def test_bulk_confirm_of_50_mentions(live_server, page):
    analyst = UserFactory(roles=[Role.ANALYST])
    dossier = dossier_create(slug="bulk", title="Bulkdossier")
    for number in range(50):
        document_store(
            dossier=dossier,
            data=(
                f"Verslag {number}.\n\nDe heer Johan van der Berg sprak over "
                f"onderwerp {number}.\n"
            ).encode(),
            filename=f"verslag-{number}.txt",
            actor=analyst,
        )
    spelling = Mention.objects.filter(
        document__dossier=dossier, category="person", status=MentionStatus.PROPOSED
    )
    first = spelling.order_by("document__reference").first()
    same = [m for m in spelling if m.end - m.start == first.end - first.start]
    assert len(same) >= 50
    login_page(page, live_server, analyst)
    page.goto(f"{live_server.url}/dossiers/documents/{first.document.reference}/")
    page.get_by_role(
        "button", name=re.compile(r"^Overal in het dossier bevestigen")
    ).first.click()
    page.wait_for_load_state()
    confirmed = Mention.objects.filter(
        document__dossier=dossier, status=MentionStatus.CONFIRMED
    ).count()
    assert confirmed >= 50
    assert axe_serious(page) == []
