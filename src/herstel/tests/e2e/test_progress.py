# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Long work in the browser: confirm with the reference, follow the progress
bar (htmx polling, live region, focus), then the result. At 1280 and 375 px,
with axe.

The tasks run as they do without a broker: in a thread after the response
(``HERSTEL_TASKS_THREAD``), each step slowed down a little so the page is
seen while the work runs.
"""

from __future__ import annotations

import io
import re
import threading
import time

from django.utils import timezone

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.disposition.services import run_prepare
from herstel.disposition.services import run_submit
from herstel.disposition.tests.factories import approve_destroy
from herstel.disposition.tests.factories import store_documents
from herstel.dossiers.tests.factories import DossierFactory

from .conftest import axe_serious
from .conftest import login_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WIDTHS = [1280, 375]


@pytest.fixture
def threaded(settings):
    """Tasks in a thread, as in the embedded default; joined at the end."""
    settings.HERSTEL_TASKS_THREAD = True
    before = set(threading.enumerate())
    yield
    for thread in set(threading.enumerate()) - before:
        if thread.name.startswith("herstel-task-"):
            thread.join(timeout=60)


def _slow(monkeypatch, module, name, seconds=1.5):
    original = getattr(module, name)

    def slowed(**kwargs):
        time.sleep(seconds)
        return original(**kwargs)

    monkeypatch.setattr(module, name, slowed)


def _staff(page, width, analyst_name, reviewer_name):
    """The page at ``width``; an analyst and a reviewer named for it."""
    page.set_viewport_size({"width": width, "height": 900})
    return (
        UserFactory(username=f"{analyst_name}{width}", roles=[Role.ANALYST]),
        UserFactory(username=f"{reviewer_name}{width}", roles=[Role.REVIEWER]),
    )


@pytest.fixture
def open_confirmation(page, live_server):
    """``open_confirmation(user, path, button, heading)``: ``user`` opens the
    page at ``path`` and presses ``button``; the confirmation page titled
    ``heading`` opens."""

    def open_(user, path: str, button: str, heading: str) -> None:
        login_page(page, live_server, user)
        page.goto(f"{live_server.url}{path}")
        page.get_by_role("button", name=button).click()
        page.get_by_role("heading", name=heading).wait_for()

    return open_


def _confirm_and_follow(page, reference, button) -> None:
    """Type ``reference`` to confirm, press ``button``, follow the task's
    progress page to the end and open the result."""
    page.get_by_label("Typ het kenmerk ter bevestiging").fill(reference)
    page.get_by_role("button", name=button).click()
    page.wait_for_url(re.compile(r"/tasks/\d+/$"))
    _follow_to_done(page)
    page.get_by_role("link", name="Resultaat bekijken").click()


def _follow_to_done(page) -> None:
    """The progress page: a labelled bar, then done, announced, with focus."""
    page.get_by_role("heading", level=1).wait_for()
    assert page.get_by_label("Voortgang").count() == 1
    assert axe_serious(page) == []
    page.get_by_role("heading", name="Klaar").wait_for(timeout=30_000)
    # A locator assertion, not wait_for_function: the page's CSP forbids the
    # eval that a polled string predicate needs.
    expect(page.locator("#live-region")).to_contain_text("klaar", timeout=15_000)
    assert page.evaluate("document.activeElement.id") == "task-outcome"
    assert (
        page.evaluate("document.documentElement.scrollWidth")
        <= page.viewport_size["width"]
    )
    assert axe_serious(page) == []


@pytest.mark.parametrize("width", WIDTHS)
def test_executing_a_run_asks_the_reference_shows_progress_then_the_certificate(
    live_server, page, threaded, monkeypatch, open_confirmation, width
):
    from herstel.disposition import tasks as disposition_tasks

    analyst, reviewer = _staff(page, width, "uitvoerder", "controleur")
    dossier = DossierFactory(slug=f"voortgang-{width}", title="Voortgang")
    approve_destroy(store_documents(dossier, 4, analyst), analyst, reviewer)
    run = run_submit(
        run=run_prepare(
            dossier=dossier,
            planned_for=timezone.localdate(),
            legal_basis="AVG art. 17",
            actor=analyst,
        ),
        actor=analyst,
    )
    _slow(monkeypatch, disposition_tasks, "run_execute")

    run_page = f"/disposition/runs/{run.reference}/"
    heading = f"Vernietigingsronde {run.reference} goedkeuren"
    open_confirmation(reviewer, run_page, "Ronde goedkeuren", heading)
    assert page.get_by_text(
        "De ronde bevat 4 documenten uit dossier Voortgang."
    ).is_visible()
    page.get_by_label("Typ het kenmerk ter bevestiging").fill(run.reference)
    page.get_by_role("button", name="De ronde goedkeuren").click()
    page.get_by_text("De ronde is goedgekeurd.").wait_for()

    heading = f"Vernietigingsronde {run.reference} uitvoeren"
    open_confirmation(analyst, run_page, "Ronde uitvoeren", heading)
    assert page.get_by_text("Dit kan niet ongedaan worden gemaakt.").is_visible()
    assert axe_serious(page) == []
    # A wrong reference: a clear error, and nothing happens.
    page.get_by_label("Typ het kenmerk ter bevestiging").fill("VN-FOUT")
    page.get_by_role(
        "button", name="Ronde uitvoeren: de documenten vernietigen"
    ).click()
    page.get_by_text(re.compile("Het getypte kenmerk klopt niet")).first.wait_for()
    assert page.title().startswith("Fout: ")
    run.refresh_from_db()
    assert run.status == "approved"
    _confirm_and_follow(
        page, run.reference, "Ronde uitvoeren: de documenten vernietigen"
    )
    page.get_by_text("Afgerond, proces-verbaal opgesteld").wait_for()
    with page.expect_download() as download_info:
        page.get_by_role(
            "link", name="Proces-verbaal van vernietiging downloaden"
        ).click()
    pdf = PdfReader(io.BytesIO(download_info.value.path().read_bytes()))
    assert "Proces-verbaal van vernietiging" in pdf.pages[0].extract_text()


@pytest.mark.parametrize("width", WIDTHS)
def test_approving_a_request_shows_progress_and_then_the_answer(
    live_server, page, threaded, monkeypatch, open_confirmation, width
):
    from herstel.dossiers.services import document_store
    from herstel.dossiers.services import dossier_create
    from herstel.inquiries import tasks as inquiries_tasks
    from herstel.inquiries.services import outcome_propose
    from herstel.inquiries.services import request_submit
    from herstel.inquiries.tests.conftest import NOTE
    from herstel.inquiries.tests.conftest import johan_data
    from herstel.inquiries.tests.factories import CampaignFactory
    from herstel.inquiries.tests.test_disposition import _matched

    analyst, reviewer = _staff(page, width, "anna", "ruben")
    dossier = dossier_create(slug=f"antwoord-{width}", title="Antwoord")
    note = document_store(
        dossier=dossier, data=NOTE.encode(), filename="verslag.txt", actor=analyst
    ).document
    request = request_submit(
        campaign=CampaignFactory(dossiers=[dossier]),
        data=johan_data(),
        channel="web",
        verification_method="in_person",
    )
    _matched(request, analyst, note)
    outcome_propose(request=request, actor=analyst)
    _slow(monkeypatch, inquiries_tasks, "answer_approve")

    request_page = f"/verzoeken/{request.reference}/"
    button = "Goedkeuren en het antwoord versturen"
    heading = f"Antwoord op {request.reference} goedkeuren en versturen"
    open_confirmation(reviewer, request_page, button, heading)
    assert page.get_by_text(
        re.compile("1 document waarin de verzoeker voorkomt")
    ).is_visible()
    assert axe_serious(page) == []
    _confirm_and_follow(page, request.reference, button)
    page.get_by_role("heading", name="Antwoord", exact=True).wait_for()
    page.get_by_role("link", name="Brief (pdf)").wait_for()


def test_confirming_a_mention_announces_the_new_status_and_keeps_focus_in_the_row(
    live_server, page
):
    """htmx replaces the row: the live region says what changed and focus
    stays on the row's next decision instead of dropping to the page."""
    analyst = UserFactory(username="bevestiger", roles=[Role.ANALYST])
    dossier = DossierFactory(slug="live", title="Live")
    document = store_documents(dossier, 1, analyst)[0]
    login_page(page, live_server, analyst)
    page.goto(f"{live_server.url}/dossiers/documents/{document.reference}/")
    row = page.locator("tr[id^='mention-']").first
    row_id = row.get_attribute("id")
    row.get_by_role("button", name=re.compile("^Bevestigen")).focus()
    page.keyboard.press("Enter")
    page.locator(f"#{row_id}").get_by_role(
        "button", name=re.compile("^Ongedaan maken|^Terugzetten|^Afwijzen")
    ).first.wait_for()
    expect(page.locator("#live-region")).to_contain_text("Bevestigd")
    focused = page.evaluate("document.activeElement.closest('tr')?.id")
    assert focused == row_id
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"
    assert axe_serious(page) == []
