# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The report to Parliament: counts from the audit trail, small ones hidden."""

from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.disposition.constants import HoldAuthority
from herstel.disposition.selectors import disposition_report_figures
from herstel.disposition.services import hold_lift
from herstel.disposition.tests.factories import analyst
from herstel.disposition.tests.factories import executed_run
from herstel.disposition.tests.factories import place_hold
from herstel.disposition.tests.factories import reviewer
from herstel.dossiers.models import Document
from herstel.dossiers.services import dossier_create
from herstel.reports.selectors import small_count
from herstel.reports.tests.made import pdf_text
from herstel.reports.tests.made import report_pdf_made

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "shown"), [(0, "0"), (1, "< 5"), (4, "< 5"), (5, "5"), (123, "123")]
)
def test_small_counts_are_suppressed(value, shown):
    assert small_count(value) == shown


def _destroy(count):
    proposer, approver = analyst(), reviewer()
    dossier = dossier_create(slug=f"p{count}", title="P")
    executed_run(dossier, count, proposer, approver)
    return dossier, proposer


def _figures():
    return {f.key: f.value for f in disposition_report_figures()}


def test_figures_are_reproducible_from_the_audit_trail():
    """The audit-derived counts equal the state of the database."""
    dossier, actor = _destroy(6)
    first = place_hold(actor, "1", dossier=dossier)
    place_hold(actor, "2", authority=HoldAuthority.OMBUDSMAN, dossier=dossier)
    hold_lift(hold=first, reason="done", actor=actor)
    figures = _figures()
    assert (
        figures["documents_destroyed"]
        == Document.objects.filter(shredded_at__isnull=False).count()
        == 6
    )
    assert figures["approved_destroy"] == 6
    assert figures["holds_active"] == 1


def test_the_page_and_pdf_show_small_counts_as_less_than_five(
    django_capture_on_commit_callbacks,
):
    _destroy(3)
    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    client = Client()
    login_verified(client, officer)
    body = client.get(reverse("reports:parliament")).content.decode()
    assert "&lt; 5" in body
    assert ">3<" not in body
    text = pdf_text(report_pdf_made(client, django_capture_on_commit_callbacks))
    assert "< 5" in text
    assert "\n3\n" not in text
    # "Counted from" names the audit events in words, never their codes
    # (regression, issue 16: "Geteld uit: document.shredded").
    for shown in (body, text):
        assert "document.shredded" not in shown
        assert not re.search(r"\b(hold|request|notice|disposition)\.[a-z_]+\b", shown)


def test_a_period_ending_before_it_starts_is_refused():
    officer = UserFactory(roles=[Role.POLICY_OFFICER])
    client = Client()
    login_verified(client, officer)
    response = client.get(
        reverse("reports:parliament"), {"since": "2026-05-01", "until": "2026-04-01"}
    )
    assert response.status_code == 400


def test_the_pdf_is_made_in_a_task_for_the_chosen_period_and_kept_for_the_roles(
    django_capture_on_commit_callbacks,
):
    from herstel.core.pdf.tagging import claims_pdfua
    from herstel.core.pdf.tagging import is_tagged
    from herstel.reports.models import ReportPdf

    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    client = Client()
    login_verified(client, officer)
    data = report_pdf_made(
        client,
        django_capture_on_commit_callbacks,
        {"since": "2026-01-01", "until": "2026-06-30"},
    )
    assert "2026-01-01" in pdf_text(data)
    assert is_tagged(data)[0] and claims_pdfua(data)
    report = ReportPdf.objects.get()
    assert report.made_by == officer
    # The other reporting role may download it; a role without the report may not.
    url = reverse("reports:parliament_file", args=[report.pk])
    colleague = Client()
    login_verified(colleague, UserFactory(roles=[Role.POLICY_OFFICER]))
    assert colleague.get(url).status_code == 200
    analyst = Client()
    login_verified(analyst, UserFactory(roles=[Role.ANALYST]))
    assert analyst.get(url).status_code == 403
    assert analyst.post(reverse("reports:parliament_pdf")).status_code == 403
    # A wrong period starts nothing: the report page says what is wrong.
    response = client.post(
        reverse("reports:parliament_pdf"),
        {"since": "2026-05-01", "until": "2026-04-01"},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("reports:parliament") + "?")
    assert ReportPdf.objects.count() == 1
    assert client.get(response["Location"]).status_code == 400
