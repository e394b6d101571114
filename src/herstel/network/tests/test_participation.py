# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Sessions, topics, consultations, the privacy guard and rate limits."""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.accounts.tests.factories import login_verified
from herstel.network import selectors
from herstel.network import services
from herstel.network.constants import RATE_LIMITS
from herstel.network.constants import GroupAccess
from herstel.network.constants import TopicStatus
from herstel.network.models import AttendanceCount
from herstel.network.models import Registration
from herstel.network.models import Topic

from .dbscan import tables_containing
from .factories import ConsultationFactory
from .factories import GroupFactory
from .factories import MeetingFactory
from .factories import TopicFactory
from .factories import member_create
from .factories import moderator_create

pytestmark = pytest.mark.django_db


def test_registration_keeps_needs_sealed_and_moderators_see_them_without_names():
    member = member_create(display_name="Uil Fictief")
    meeting = MeetingFactory()
    services.meeting_register(
        actor=member.user,
        meeting=meeting,
        needs=["hearing_loop"],
        other_needs="Halal lunch graag",
    )
    assert tables_containing("Halal lunch") == []
    assert tables_containing("hearing_loop") == []
    rows = selectors.meeting_needs(actor=moderator_create(), meeting=meeting)
    assert rows[0].needs == ["hearing_loop"]
    assert rows[0].other == "Halal lunch graag"
    with pytest.raises(PermissionDenied):
        selectors.meeting_needs(actor=member.user, meeting=meeting)
    client = Client()
    login_verified(client, moderator_create())
    page = client.get(reverse("network:meeting_detail", args=[meeting.pk]))
    assert b"Halal lunch graag" in page.content
    assert b"Uil Fictief" not in page.content


def test_registration_respects_capacity_and_is_idempotent():
    meeting = MeetingFactory(capacity=1)
    first = member_create()
    services.meeting_register(actor=first.user, meeting=meeting)
    services.meeting_register(actor=first.user, meeting=meeting, needs=["childcare"])
    assert Registration.objects.count() == 1
    with pytest.raises(ValidationError):
        services.meeting_register(actor=member_create().user, meeting=meeting)


def test_cannot_register_for_a_session_that_is_over():
    start = timezone.now() - timedelta(days=2)
    meeting = MeetingFactory(starts_at=start, ends_at=start + timedelta(hours=1))
    with pytest.raises(ValidationError):
        services.meeting_register(actor=member_create().user, meeting=meeting)


def test_cannot_register_for_a_private_group_session_from_outside():
    group = GroupFactory(access=GroupAccess.PRIVATE)
    meeting = MeetingFactory(group=group)
    with pytest.raises(PermissionDenied):
        services.meeting_register(actor=member_create().user, meeting=meeting)


def test_attendance_is_counts_per_category_and_only_moderators_record_it():
    meeting = MeetingFactory()
    moderator = moderator_create()
    services.attendance_record(
        actor=moderator,
        meeting=meeting,
        counts={"imams": 4, "youth": 11, "other": 0},
        outcome="Goed gesprek",
        input_used="Meegenomen in de brief",
    )
    assert dict(AttendanceCount.objects.values_list("category", "count")) == {
        "imams": 4,
        "youth": 11,
    }
    services.attendance_record(
        actor=moderator, meeting=meeting, counts={"imams": 0}, outcome="", input_used=""
    )
    assert dict(AttendanceCount.objects.values_list("category", "count")) == {
        "youth": 11
    }
    with pytest.raises(PermissionDenied):
        services.attendance_record(
            actor=member_create().user,
            meeting=meeting,
            counts={},
            outcome="",
            input_used="",
        )


def test_series_report_combines_outcomes_per_session():
    from herstel.network.models import Series

    series = Series.objects.create(title="Negen reflectiesessies")
    for number in range(3):
        meeting = MeetingFactory(series=series, title=f"Reflectie {number}")
        services.attendance_record(
            actor=moderator_create(),
            meeting=meeting,
            counts={"organisations": 5},
            outcome=f"Uitkomst {number}",
            input_used=f"Gedaan {number}",
        )
    client = Client()
    client.force_login(member_create().user)
    page = client.get(reverse("network:series_detail", args=[series.pk]))
    for number in range(3):
        assert f"Gedaan {number}".encode() in page.content
    assert b"15" in page.content


def test_reminders_go_once_to_registered_members():
    meeting = MeetingFactory(starts_at=timezone.now() + timedelta(hours=20))
    member = member_create(email="herinner@example.org")
    services.meeting_register(actor=member.user, meeting=meeting)
    assert services.meeting_reminders_send(base_url="https://h.test") == 1
    assert mail.outbox[-1].to == ["herinner@example.org"]
    assert services.meeting_reminders_send(base_url="https://h.test") == 0


def test_topic_support_once_not_own_and_status_flow_with_public_answers():
    author = member_create()
    supporter = member_create()
    topic = services.topic_propose(actor=author.user, title="T", description="D")
    with pytest.raises(ValidationError):
        services.topic_support(actor=author.user, topic=topic)
    assert services.topic_support(actor=supporter.user, topic=topic) is True
    assert services.topic_support(actor=supporter.user, topic=topic) is False
    assert topic.supports.count() == 1
    moderator = moderator_create()
    with pytest.raises(ValidationError):
        services.topic_status_change(
            actor=moderator, topic=topic, status=TopicStatus.ADOPTED, text="x"
        )
    with pytest.raises(ValidationError):
        services.topic_status_change(
            actor=moderator, topic=topic, status=TopicStatus.ACCEPTED, text="x"
        )
    meeting = MeetingFactory()
    services.topic_status_change(
        actor=moderator,
        topic=topic,
        status=TopicStatus.ACCEPTED,
        text="Op de agenda",
        meeting=meeting,
    )
    services.topic_status_change(
        actor=moderator, topic=topic, status=TopicStatus.DISCUSSED, text="Besproken"
    )
    services.topic_status_change(
        actor=moderator, topic=topic, status=TopicStatus.ADOPTED, text="In beleid"
    )
    topic.refresh_from_db()
    assert topic.status == TopicStatus.ADOPTED
    assert topic.meeting == meeting
    assert [r.text for r in topic.responses.all()] == [
        "Op de agenda",
        "Besproken",
        "In beleid",
    ]
    with pytest.raises(PermissionDenied):
        services.topic_status_change(
            actor=author.user, topic=topic, status=TopicStatus.CLOSED, text="x"
        )


def test_cannot_propose_in_a_group_one_cannot_see():
    group = GroupFactory(access=GroupAccess.PRIVATE)
    with pytest.raises(PermissionDenied):
        services.topic_propose(
            actor=member_create().user, title="T", description="D", group=group
        )


def test_posting_is_rate_limited_per_member(settings):
    member = member_create()
    for number in range(RATE_LIMITS["topic"]):
        services.topic_propose(actor=member.user, title=f"T{number}", description="D")
    with pytest.raises(services.RateLimitedError):
        services.topic_propose(actor=member.user, title="Eén te veel", description="D")
    # Another member is not affected, and the window slides.
    services.topic_propose(actor=member_create().user, title="Ander", description="D")
    Topic.objects.filter(author=member).update(
        created_at=timezone.now() - timedelta(hours=2)
    )
    services.topic_propose(actor=member.user, title="Later", description="D")


def test_privacy_guard_warns_about_names_and_contact_details():
    found = services.privacy_guard_scan(
        text="Ik sprak met Ahmed el Amrani, bel hem op 06-12345678."
    )
    assert len(found) == 2
    assert (
        services.privacy_guard_scan(
            text="Meer aandacht voor jongeren in moskeeën en de rol van imams."
        )
        == []
    )


def test_topic_page_warns_and_posts_only_after_confirmation():
    member = member_create()
    client = Client()
    client.force_login(member.user)
    data = {
        "title": "Gesprek",
        "description": "Ik sprak met Ahmed el Amrani uit Utrecht over zijn werk.",
    }
    response = client.post(reverse("network:topic_create"), data)
    assert response.status_code == 400
    assert Topic.objects.count() == 0
    assert b"Ahmed el Amrani" in response.content  # the input is kept
    response = client.post(
        reverse("network:topic_create"), {**data, "confirm_guard": "on"}
    )
    assert response.status_code == 302
    assert Topic.objects.count() == 1


def test_consultation_responses_and_summary_reach_respondents(
    django_capture_on_commit_callbacks,
):
    consultation = ConsultationFactory()
    member = member_create(email="reageer@example.org")
    parts = list(consultation.parts.all())
    created = services.consultation_respond(
        actor=member.user,
        consultation=consultation,
        answers={parts[0].pk: "Artikel 1 is te vaag", parts[1].pk: "  "},
    )
    assert len(created) == 1
    with django_capture_on_commit_callbacks(execute=True):
        services.consultation_summarise(
            actor=moderator_create(),
            consultation=consultation,
            summary="Samenvatting",
            outcome="Aangepast",
            base_url="https://h.test",
        )
    assert mail.outbox[-1].to == ["reageer@example.org"]
    with pytest.raises(ValidationError):
        services.consultation_respond(
            actor=member.user, consultation=consultation, answers={parts[0].pk: "x"}
        )


def test_closed_consultation_refuses_responses():
    consultation = ConsultationFactory(
        closes_on=timezone.localdate() - timedelta(days=1)
    )
    with pytest.raises(ValidationError):
        services.consultation_respond(
            actor=member_create().user,
            consultation=consultation,
            answers={consultation.parts.first().pk: "x"},
        )


def test_report_and_hide_flow():
    member = member_create()
    topic = TopicFactory(author=member_create())
    report = services.report_create(
        actor=member.user, kind="topic", target=topic, reason="Noemt iemand"
    )
    moderator = moderator_create()
    assert list(selectors.report_queue(actor=moderator)) == [report]
    with pytest.raises(PermissionDenied):
        selectors.report_queue(actor=member.user)
    with pytest.raises(ValidationError):
        services.contribution_hide(actor=moderator, target=topic, reason=" ")
    services.contribution_hide(
        actor=moderator, target=topic, reason="Noemt een persoon"
    )
    report.refresh_from_db()
    assert report.status == "hidden"
    assert list(selectors.report_queue(actor=moderator)) == []
    client = Client()
    client.force_login(member.user)
    assert (
        client.get(reverse("network:topic_detail", args=[topic.pk])).status_code == 404
    )


def test_outcome_documents_are_encrypted_visible_with_their_session_and_shredded(
    django_capture_on_commit_callbacks,
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from herstel.network.models import MeetingDocument
    from herstel.vault.keystore import KeyShreddedError
    from herstel.vault.services import keystore_get

    private = GroupFactory(access=GroupAccess.PRIVATE)
    meeting = MeetingFactory(group=private)
    insider = member_create(groups=[private])
    outsider = member_create()
    moderator = moderator_create()
    client = Client()
    login_verified(client, moderator)
    response = client.post(
        reverse("network:meeting_attendance", args=[meeting.pk]),
        {
            "outcome": "x",
            "document": SimpleUploadedFile("verslag.exe", b"MZ"),
        },
    )
    assert response.status_code == 400
    assert not MeetingDocument.objects.exists()
    response = client.post(
        reverse("network:meeting_attendance", args=[meeting.pk]),
        {
            "outcome": "x",
            "document_title": "Verslag sessie",
            "document": SimpleUploadedFile("verslag.txt", b"Uitkomsten van vandaag"),
        },
    )
    assert response.status_code == 302
    document = MeetingDocument.objects.get()
    assert tables_containing("Uitkomsten van vandaag") == []
    url = reverse("network:meeting_document", args=[document.pk])
    member_client = Client()
    member_client.force_login(insider.user)
    download = member_client.get(url)
    assert download.content == b"Uitkomsten van vandaag"
    assert "attachment" in download["Content-Disposition"]
    member_client.force_login(outsider.user)
    assert member_client.get(url).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_document_remove(actor=moderator, document=document)
    assert not MeetingDocument.objects.exists()
    with pytest.raises(KeyShreddedError):
        keystore_get().get_key(document.key_id)


def test_public_applications_are_limited_per_window(monkeypatch):
    monkeypatch.setattr(services.applications, "APPLICATIONS_PER_WINDOW", 2)
    for number in range(2):
        services.application_submit(
            display_name=f"Aanvrager {number}",
            email=f"a{number}@example.org",
            motivation="m",
            group=None,
        )
    with pytest.raises(services.RateLimitedError):
        services.application_submit(
            display_name="Te veel", email="x@example.org", motivation="m", group=None
        )
    response = Client().post(
        reverse("network:apply"),
        {"display_name": "Te veel", "email": "x@example.org", "motivation": "m"},
    )
    assert response.status_code == 400
    assert b"Te veel" in response.content


def test_private_group_cannot_be_applied_to():
    private = GroupFactory(access=GroupAccess.PRIVATE)
    with pytest.raises(ValidationError):
        services.application_submit(
            display_name="X", email="x@example.org", motivation="m", group=private
        )
    with pytest.raises(PermissionDenied):
        services.group_join(actor=member_create().user, group=private)


def test_consultation_page_warns_before_posting_names_and_keeps_the_text():
    from herstel.network.models import ConsultationResponse

    consultation = ConsultationFactory()
    part = consultation.parts.first()
    client = Client()
    client.force_login(member_create().user)
    url = reverse("network:consultation_respond", args=[consultation.pk])
    text = "Bel Fatima Yilmaz op 06-12345678 voor meer informatie."
    response = client.post(url, {f"part_{part.pk}": text})
    assert response.status_code == 400
    assert text.encode() in response.content
    assert not ConsultationResponse.objects.exists()
    response = client.post(url, {f"part_{part.pk}": text, "confirm_guard": "on"})
    assert response.status_code == 302
    assert ConsultationResponse.objects.get().text == text


def test_support_works_as_htmx_partial_and_as_plain_post():
    topic = TopicFactory(author=member_create())
    url = reverse("network:topic_support", args=[topic.pk])
    client = Client()
    client.force_login(member_create().user)
    partial = client.post(url, headers={"HX-Request": "true"})
    assert partial.status_code == 200
    assert b'id="topic-support"' in partial.content
    assert b"<html" not in partial.content
    assert b"1 steunbetuiging" in partial.content
    other = Client()
    other.force_login(member_create().user)
    assert other.post(url).status_code == 302
    assert topic.supports.count() == 2


def test_one_sender_cannot_use_up_the_public_application_limit():
    """Issue 17, F5: 30 anonymous posts from one client locked everyone out."""
    flood = Client(REMOTE_ADDR="203.0.113.66")
    accepted = 0
    for number in range(30):
        response = flood.post(
            reverse("network:apply"),
            {
                "display_name": f"Vloed {number}",
                "email": f"vloed{number}@example.org",
                "motivation": "m",
            },
        )
        accepted += response.status_code == 200
    assert accepted == 5  # then this client waits an hour
    real = Client(REMOTE_ADDR="198.51.100.7").post(
        reverse("network:apply"),
        {
            "display_name": "Echte aanvrager",
            "email": "echt@example.org",
            "motivation": "Ik wil meedoen.",
        },
    )
    assert real.status_code == 200


def test_one_e_mail_address_is_limited_from_any_client():
    statuses = [
        Client(REMOTE_ADDR=f"192.0.2.{number}")
        .post(
            reverse("network:apply"),
            {
                "display_name": "Zelfde",
                "email": "Zelfde@Example.org",
                "motivation": "m",
            },
        )
        .status_code
        for number in range(5)
    ]
    assert statuses == [200, 200, 200, 400, 400]
