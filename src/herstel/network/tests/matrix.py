# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The network's part of the permission matrix test (accounts/tests).

Objects for the URLs with arguments, a member profile for users with the
member role (they take part only after consent), and POST data per action.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.core.testing.permissions import matrix_url
from herstel.network import services
from herstel.network.constants import GroupAccess
from herstel.network.models import Application
from herstel.network.models import ConsultationResponse
from herstel.network.models import GroupMembership
from herstel.network.models import Report
from herstel.network.models import Series

from .factories import ConsultationFactory
from .factories import GroupFactory
from .factories import MeetingFactory
from .factories import TopicFactory
from .factories import member_create

OUTSIDE_MATRIX = {"network:join", "network:apply", "network:unsubscribe"}


def objects() -> dict[str, Any]:
    group = GroupFactory(slug="matrix-open", access=GroupAccess.OPEN)
    closed = GroupFactory(slug="matrix-closed", access=GroupAccess.APPLICATION)
    author = member_create(display_name="Matrix Auteur", email="auteur@example.org")
    series = Series.objects.create(title="Reeks")
    meeting = MeetingFactory(series=series)
    topic = TopicFactory(author=author)
    consultation = ConsultationFactory()
    response = ConsultationResponse.objects.create(
        part=consultation.parts.first(), member=author, text="Reactie"
    )
    report = Report.objects.create(
        kind="topic", topic=topic, reporter=author, reason="Test"
    )
    application = services.application_submit(
        display_name="Aanvrager",
        email="aanvraag@example.org",
        motivation="M",
        group=None,
    )
    document = services.meeting_document_add(
        actor=UserFactory(roles=[Role.NETWORK_MODERATOR]),
        meeting=meeting,
        title="Verslag",
        filename="verslag.txt",
        data=b"Verslag van de sessie",
    )
    membership = GroupMembership.objects.create(
        group=closed, member=author, status="pending"
    )
    assert isinstance(application, Application)
    return {
        "group": group.slug,
        "meeting": meeting.pk,
        "series": series.pk,
        "topic": topic.pk,
        "consultation": consultation.pk,
        "response": response.pk,
        "report": report.pk,
        "application": application.pk,
        "membership": membership.pk,
        "document": document.pk,
    }


def prepare(user: Any) -> None:
    """Members in the matrix have joined (consent and profile)."""
    if user.groups.filter(name=Role.NETWORK_MEMBER).exists():
        services.member_profile_create(
            actor=user,
            profile=services.Profile(display_name="Matrix Lid", email="m@example.org"),
        )


_ARGS = {
    "network:group_detail": ("group",),
    "network:group_join": ("group",),
    "network:group_leave": ("group",),
    "network:meeting_detail": ("meeting",),
    "network:meeting_edit": ("meeting",),
    "network:meeting_register": ("meeting",),
    "network:meeting_unregister": ("meeting",),
    "network:meeting_attendance": ("meeting",),
    "network:series_detail": ("series",),
    "network:topic_detail": ("topic",),
    "network:topic_support": ("topic",),
    "network:topic_status": ("topic",),
    "network:consultation_detail": ("consultation",),
    "network:consultation_respond": ("consultation",),
    "network:consultation_summarise": ("consultation",),
    "network:application_decide": ("application",),
    "network:membership_decide": ("membership",),
    "network:report_dismiss": ("report",),
    "network:meeting_document": ("document",),
    "network:meeting_document_remove": ("document",),
}


def url(name: str, objs: dict[str, Any]) -> str:
    if name in {"network:report", "network:hide"}:
        return reverse(name, args=["topic", objs["topic"]])
    return matrix_url(name, objs, _ARGS)


ACTION_DATA: dict[str, dict[str, Any]] = {
    "network:group_join": {},
    "network:group_leave": {},
    "network:meeting_register": {"needs": ["wheelchair"]},
    "network:meeting_unregister": {},
    "network:topic_create": {"title": "T", "description": "Over het beleid."},
    "network:topic_support": {},
    "network:topic_status": {"status": "answered", "text": "Antwoord"},
    "network:consultation_respond": {},
    "network:report": {"reason": "Noemt iemand"},
    "network:profile": {},
    "network:delete": {},
    "network:invite": {"email": "nieuw@example.org"},
    "network:application_decide": {"decision": "reject"},
    "network:membership_decide": {"decision": "approve"},
    "network:report_dismiss": {},
    "network:hide": {"reason": "Noemt iemand"},
    "network:meeting_create": {},
    "network:meeting_attendance": {"count_youth": "4", "outcome": "Uitkomst"},
    "network:update_create": {"title": "Nieuws", "body": "Tekst"},
    "network:consultation_create": {},
    "network:consultation_summarise": {"summary": "S", "outcome": "O"},
    "network:meeting_document_remove": {},
    "network:group_create": {"name": "Nieuwe groep", "slug": "nieuw", "access": "open"},
    "network:series_create": {"title": "Nieuwe reeks"},
}
