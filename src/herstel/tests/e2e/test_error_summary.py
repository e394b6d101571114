# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""After a failed submit the error summary takes focus, counts and links the
errors, and the page title says there is an error (issue 16, forms)."""

import re

import pytest

from herstel.inquiries.tests.factories import CampaignFactory

from .conftest import axe_serious

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_failed_public_form_focuses_the_linked_error_summary(live_server, page):
    campaign = CampaignFactory(slug="inzage-fout")
    page.goto(f"{live_server.url}/inzage/{campaign.slug}/")
    page.get_by_label("Plaatsen waar u woont of hebt gewoond").fill("Zwolle")
    page.get_by_role("button", name="Verzoek versturen").click()
    summary = page.locator(".error-summary")
    summary.wait_for()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert page.title().startswith("Fout: ")
    assert re.match(r"Er (is 1 fout|zijn \d+ fouten)\.", summary.inner_text())
    # Every error links to its field, and the link moves focus there.
    link = summary.get_by_role("link").first
    target = link.get_attribute("href")
    assert target and target.startswith("#id_")
    link.click()
    assert page.evaluate("document.activeElement.id") == target[1:]
    assert axe_serious(page) == []
