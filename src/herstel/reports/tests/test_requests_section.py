# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The requests section of the report: per campaign, from the audit trail."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.inquiries.constants import Channel
from herstel.inquiries.constants import VerificationMethod
from herstel.inquiries.models import AccessRequest
from herstel.inquiries.selectors import request_report_figures
from herstel.inquiries.services import answer_approve
from herstel.inquiries.services import objection_register
from herstel.inquiries.services import outcome_propose
from herstel.inquiries.services import request_extend
from herstel.inquiries.services import request_submit
from herstel.inquiries.tests.conftest import johan_data
from herstel.inquiries.tests.factories import CampaignFactory
from herstel.inquiries.tests.factories import verified_in_person
from herstel.notices.constants import Decision
from herstel.notices.constants import NotInformedGround
from herstel.notices.selectors import notices_report_figures
from herstel.notices.services import notice_decide
from herstel.notices.tests.factories import subject_in_inventory
from herstel.reports.tests.made import pdf_text
from herstel.reports.tests.made import report_pdf_made

pytestmark = pytest.mark.django_db


def _requests(campaign, count, *, verify=0, answer=0, extend=0, object_to=0):
    analyst = UserFactory(roles=[Role.ANALYST])
    reviewer = UserFactory(roles=[Role.REVIEWER])
    made = []
    for n in range(count):
        request = request_submit(
            campaign=campaign,
            data=johan_data(names=(f"Persoon {campaign.pk}-{n}",), email=""),
            channel=Channel.EMAIL,
            verification_method=VerificationMethod.IN_PERSON,
            actor=analyst,
        )
        if n < extend:
            request_extend(request=request, actor=analyst, months=2, reason="drukte")
        if n < verify:
            verified_in_person(request, analyst)
        if n < answer:
            outcome_propose(request=request, actor=analyst)
            answer_approve(request=request, actor=reviewer)
        if n < object_to:
            objection_register(
                request=request, actor=analyst, received_on=timezone.localdate()
            )
        made.append(request)
    return made


def _figures(**kwargs):
    return {f.key: f.value for f in request_report_figures(**kwargs)}


def test_request_figures_match_the_audit_trail_per_campaign():
    first, second = CampaignFactory(), CampaignFactory()
    _requests(first, 7, verify=6, answer=5, extend=2, object_to=1)
    late = _requests(second, 2, verify=1, answer=1)
    # An answer after the due date is not on time.
    AccessRequest.objects.filter(pk=late[0].pk).update(
        due_on=timezone.localdate() - timezone.timedelta(days=1)
    )
    all_figures = _figures()
    assert (
        all_figures["requests_received"]
        == AuditEvent.objects.filter(event="request.received").count()
        == AccessRequest.objects.count()
        == 9
    )
    assert all_figures["requests_verified"] == 7
    assert all_figures["requests_answered"] == 6
    assert all_figures["requests_on_time"] == 5
    assert all_figures["requests_extended"] == 2
    assert all_figures["objections"] == 1
    assert _figures(campaign=first.pk) == {
        "requests_received": 7,
        "requests_verified": 6,
        "requests_answered": 5,
        "requests_on_time": 5,
        "requests_extended": 2,
        "objections": 1,
    }
    assert _figures(campaign=second.pk)["requests_received"] == 2
    assert _figures(campaign=second.pk)["requests_on_time"] == 0
    tomorrow = timezone.localdate() + timezone.timedelta(days=1)
    assert _figures(since=tomorrow)["requests_received"] == 0


def test_notice_figures_follow_the_campaign_of_the_subject():
    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    subject = subject_in_inventory(slug="in-campaign")
    other = subject_in_inventory(
        slug="elsewhere", text="Mevrouw Fatma Yilmaz, Kerkstraat 3, 6711 AA Ede.\n"
    )
    assert other != subject
    campaign = CampaignFactory(dossiers=[subject.mentions.first().document.dossier])
    for each in (subject, other):
        notice_decide(
            subject=each,
            decision=Decision.NOT_PERSONAL,
            ground=NotInformedGround.NO_CONTACT,
            actor=officer,
        )
    generic = {f.key: f.value for f in notices_report_figures()}
    assert generic["informed_generically"] == 2
    per_campaign = {
        f.key: f.value for f in notices_report_figures(campaign=campaign.pk)
    }
    assert per_campaign["informed_generically"] == 1


def test_small_request_counts_are_masked_in_page_and_pdf(
    django_capture_on_commit_callbacks,
):
    campaign = CampaignFactory(title="Kleine campagne")
    _requests(campaign, 3, verify=2)
    _requests(CampaignFactory(), 6)
    client = Client()
    login_verified(client, UserFactory(roles=[Role.PRIVACY_OFFICER]))
    query = {"campaign": campaign.pk}
    body = client.get(reverse("reports:parliament"), query).content.decode()
    assert "Kleine campagne" in body
    section = next(t for t in body.split("</table>") if "Inzageverzoek ontvangen" in t)
    assert "&lt; 5" in section
    assert ">3<" not in section
    assert ">2<" not in section
    # Disposition cannot be split by campaign and says so.
    assert "whole operation" in body or "hele operatie" in body
    text = pdf_text(report_pdf_made(client, django_capture_on_commit_callbacks, query))
    assert "< 5" in text
    assert "\n3\n" not in text
    assert "\n2\n" not in text
    everything = client.get(reverse("reports:parliament")).content.decode()
    assert ">9<" in everything
    entry = AuditEvent.objects.filter(event="report.parliament_viewed").last()
    assert entry is not None
    assert entry.context["campaign"] in (campaign.pk, None)


def test_an_unknown_campaign_is_refused():
    client = Client()
    login_verified(client, UserFactory(roles=[Role.POLICY_OFFICER]))
    response = client.get(reverse("reports:parliament"), {"campaign": "999"})
    assert response.status_code == 400
