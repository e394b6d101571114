# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Playwright driving Debian's /usr/bin/chromium (never a downloaded browser).

Skipped with a reason when Chromium is absent or HERSTEL_TEST_SKIP_E2E is set.
A trace is written to var/test-results/ when a test fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
RESULTS = Path(__file__).resolve().parents[4] / "var" / "test-results"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the
# tests make around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    reason = None
    if os.environ.get("HERSTEL_TEST_SKIP_E2E"):
        reason = "browser tests skipped: HERSTEL_TEST_SKIP_E2E is set"
    elif not os.path.exists(CHROMIUM):
        reason = (
            f"browser tests skipped: {CHROMIUM} not found (apt-get install chromium)"
        )
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo
) -> Iterator[None]:
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture
def page(browser: object, request: pytest.FixtureRequest) -> Iterator[object]:
    context = browser.new_context(
        locale="nl-NL", viewport={"width": 1280, "height": 900}
    )
    context.tracing.start(screenshots=True, snapshots=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    failed = (
        getattr(request.node, "rep_call", None) is not None
        and request.node.rep_call.failed
    )
    if failed:
        RESULTS.mkdir(parents=True, exist_ok=True)
        context.tracing.stop(path=str(RESULTS / f"{request.node.name}.zip"))
    else:
        context.tracing.stop()
    context.close()


def visit_report(*more: str, title: str = "Verslag gesprek") -> str:
    """The invented visit report the browser tests store: Johan van der Berg
    (who files the request) met Yusuf Kaya (another person, with an e-mail
    address), then the sentences ``more``."""
    sentences = (
        "De heer Johan van der Berg uit Zwolle sprak met imam Yusuf Kaya.",
        "Kaya is bereikbaar via y.kaya@example.nl.",
        *more,
    )
    return f"{title}\n\n{' '.join(sentences)}\n"


def axe_serious(page: object) -> list[str]:
    """Serious or critical axe-core violations on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes)"
        for violation in results.response["violations"]
        if violation.get("impact") in {"serious", "critical"}
    ]


def citizen_download(page: object, link: str) -> bytes:
    """The citizen opens the secure link, asks for the mailed code, enters it
    and downloads the access copy (axe-core finds no serious violation);
    returns the PDF."""
    import re

    from django.core import mail

    page.goto(link)
    page.get_by_role("heading", name="Uw antwoord").wait_for()
    # Nothing to download before the code is confirmed.
    assert page.get_by_role("link", name="Inzagekopie downloaden (pdf)").count() == 0
    page.get_by_role("button", name="Stuur mij een code per e-mail").click()
    page.get_by_label("Code uit de e-mail").wait_for()
    code = re.search(r"\b\d{6}\b", mail.outbox[-1].body).group(0)
    page.get_by_label("Code uit de e-mail").fill(code)
    page.get_by_role("button", name="Code bevestigen").click()
    assert axe_serious(page) == []
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Inzagekopie downloaden (pdf)").click()
    with open(download_info.value.path(), "rb") as handle:
        return handle.read()


def login_page(page: object, live_server: object, user: object) -> None:
    """Log ``user`` in (password and second factor) in the browser ``page``."""
    page.context.clear_cookies()
    page.context.add_cookies([session_cookie(live_server, user)])


def session_cookie(live_server: object, user: object) -> dict[str, str]:
    """The session cookie of ``user`` logged in with both factors, for a
    browser context on ``live_server``."""
    from herstel.accounts.tests.factories import verified_client

    session = verified_client(user).cookies["sessionid"].value
    return {"name": "sessionid", "value": session, "url": live_server.url}
