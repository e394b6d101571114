# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Staff pages: registering a request with its original message, the worklist
with overdue flags, and an audit entry with actor and reason for every view of
a request, subject, passage, letter and access copy."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.accounts.tests.factories import verified_client
from herstel.audit.models import AuditEvent
from herstel.dossiers.models import Mention
from herstel.inquiries.models import AccessRequest
from herstel.inquiries.services import answer_approve
from herstel.inquiries.services import outcome_propose

from .conftest import NOTE
from .factories import matched
from .factories import verified_in_person

pytestmark = pytest.mark.django_db(transaction=True)


def test_register_with_original_message(analyst, campaign):
    client = verified_client(analyst)
    response = client.post(
        reverse("inquiries:register"),
        {
            "campaign": campaign.pk,
            "channel": "post",
            "received_on": timezone.localdate().strftime("%d-%m-%Y"),
            "language": "nl",
            "names": "Ayse Demir",
            "places": "Ede",
            "email": "ayse@example.nl",
            "verification_method": "video",
            "consent": "on",
            "original": SimpleUploadedFile("brief.pdf", b"%PDF-1.4 scanned letter"),
        },
    )
    request = AccessRequest.objects.get()
    assert response.status_code == 302
    assert request.channel == "post" and request.registered_by == analyst
    attachment = request.attachments.get()
    assert b"scanned letter" not in bytes(attachment.filename_sealed)
    download = client.get(
        reverse("inquiries:attachment", args=[request.reference, attachment.pk])
    )
    assert download.content == b"%PDF-1.4 scanned letter"
    entry = AuditEvent.objects.get(event="request.attachment_viewed")
    assert entry.actor_id == analyst.pk and entry.reason == "access_request"


def test_register_errors_per_field(analyst, campaign):
    response = verified_client(analyst).post(
        reverse("inquiries:register"),
        {
            "campaign": campaign.pk,
            "channel": "post",
            "received_on": (timezone.localdate() + datetime.timedelta(days=2)).strftime(
                "%d-%m-%Y"
            ),
            "language": "nl",
            "names": "Ayse Demir",
            "email": "ayse@example.nl",
            "verification_method": "video",
            "consent": "on",
        },
    )
    # Every form page answers a refused form with 400 (core.views.form_page).
    assert response.status_code == 400
    assert "De datum van ontvangst kan niet in de toekomst liggen." in (
        response.content.decode()
    )
    assert 'value="ayse@example.nl"' in response.content.decode()


def test_worklist_flags_overdue(analyst, submitted):
    submitted.due_on = timezone.localdate() - datetime.timedelta(days=1)
    submitted.save()
    body = verified_client(analyst).get(reverse("inquiries:worklist")).content.decode()
    assert submitted.reference in body and "te laat" in body
    overdue = verified_client(analyst).get(reverse("inquiries:worklist") + "?overdue=1")
    assert submitted.reference in overdue.content.decode()
    dashboard = verified_client(analyst).get(reverse("inquiries:dashboard"))
    assert "1 verzoek is te laat." in dashboard.content.decode()
    assert "?overdue=1" in dashboard.content.decode()


def test_dashboard_links_the_worklist_only_for_who_may_open_it(submitted):
    """The privacy officer sees the overdue count without a link to the
    worklist, which answers them 403 (issue 16, found by the crawl)."""
    from herstel.accounts.constants import Role
    from herstel.accounts.tests.factories import UserFactory

    submitted.due_on = timezone.localdate() - datetime.timedelta(days=1)
    submitted.save()
    officer = verified_client(UserFactory(roles=[Role.PRIVACY_OFFICER]))
    body = officer.get(reverse("inquiries:dashboard")).content.decode()
    assert "1 verzoek is te laat." in body
    assert "?overdue=1" not in body
    assert officer.get(reverse("inquiries:worklist")).status_code == 403


def test_every_view_is_audited_with_actor_and_reason(
    analyst, reviewer, submitted, inventory
):
    _dossier, note, _other = inventory
    client = verified_client(analyst)
    client.get(reverse("inquiries:detail", args=[submitted.reference]))
    verified_in_person(submitted, analyst)
    client.get(reverse("inquiries:search", args=[submitted.reference]))
    johan = Mention.objects.get(document=note, start=NOTE.index("Johan")).subject
    client.get(
        reverse("inquiries:subject_review", args=[submitted.reference, johan.pk])
    )
    client.get(reverse("dossiers:subject", args=[johan.pk]))
    matched(submitted, johan, analyst, "Zelfde naam")
    outcome_propose(request=submitted, actor=analyst)
    answer_approve(request=submitted, actor=reviewer)
    for kind in ("letter", "copy"):
        response = client.get(
            reverse("inquiries:answer_file", args=[submitted.reference, kind])
        )
        assert response["Content-Type"] == "application/pdf"
    expected = {
        "request.viewed": "access_request",
        "request.subjects_searched": "access_request",
        "document.viewed": "access_request",
        "subject.viewed": "inventory",
        "request.answer_viewed": "access_request",
    }
    for event, reason in expected.items():
        entries = AuditEvent.objects.filter(event=event, actor_id=analyst.pk)
        assert entries.exists(), event
        assert all(e.reason in (reason, "inventory") for e in entries), event
    reviewer_reads = AuditEvent.objects.filter(
        event="document.viewed", actor_id=reviewer.pk, reason="access_request"
    )
    assert reviewer_reads.exists()  # building the access copy
    for entry in AuditEvent.objects.all():
        assert "Johan" not in str(entry.context)
        assert "johan@example.nl" not in str(entry.context)


def test_subject_decisions_in_the_page(analyst, inventory):
    _dossier, note, _other = inventory
    johan = Mention.objects.get(document=note, start=NOTE.index("Johan")).subject
    client = verified_client(analyst)
    url = reverse("dossiers:subject_decide", args=[johan.pk])
    client.post(url, {"action": "confirm"})
    johan.refresh_from_db()
    assert johan.status == "confirmed"
    later = Mention.objects.get(document=note, start=NOTE.index("J. van"))
    response = client.post(url, {"action": "split", "mention": [later.pk]}, follow=True)
    assert "vormen nu betrokkene" in response.content.decode()
    later.refresh_from_db()
    assert later.subject != johan
    client.post(url, {"action": "merge", "others": f"S-{later.subject_id}"})
    later.refresh_from_db()
    assert later.subject == johan
