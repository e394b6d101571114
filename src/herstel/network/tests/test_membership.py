# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Joining by invitation with consent; export; deletion leaves no name behind."""

from __future__ import annotations

import json
import re
from datetime import timedelta

from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.audit.models import AuditEvent
from herstel.network import selectors
from herstel.network import services
from herstel.network.constants import CONSENT_VERSION
from herstel.network.models import ConsentRecord
from herstel.network.models import ConsultationResponse
from herstel.network.models import Invitation
from herstel.network.models import Member
from herstel.network.models import Registration
from herstel.network.models import Topic
from herstel.network.models import TopicSupport
from herstel.vault.keystore import KeyShreddedError
from herstel.vault.services import keystore_get

from .dbscan import tables_containing
from .factories import ConsultationFactory
from .factories import GroupFactory
from .factories import MeetingFactory
from .factories import member_create
from .factories import moderator_create

pytestmark = pytest.mark.django_db(transaction=True)

NAME = "Zwaluw Fictief"
EMAIL = "zwaluw@example.org"
PASSWORD = "een-lang-wachtwoord-42"


def _invite(email: str = EMAIL, **kwargs) -> str:
    services.invitation_send(
        actor=moderator_create(), email=email, base_url="https://herstel.test", **kwargs
    )
    body = mail.outbox[-1].body
    return re.search(r"/network/join/([^/\s]+)/", body).group(1)


def _profile(**overrides) -> services.Profile:
    return services.Profile(**{"display_name": NAME, "email": EMAIL, **overrides})


def test_invitation_mail_holds_only_a_token_and_the_database_only_hashes():
    token = _invite()
    message = mail.outbox[-1]
    assert message.to == [EMAIL]
    assert "https://herstel.test/network/join/" in message.body
    invitation = Invitation.objects.get()
    assert token not in str(invitation.__dict__)
    assert tables_containing(EMAIL) == []
    assert tables_containing(token) == []


def test_join_creates_a_pseudonymous_login_records_consent_and_group():
    group = GroupFactory()
    token = _invite(group=group)
    member = services.member_join(token=token, profile=_profile(), password=PASSWORD)
    assert member.user.username.startswith("member-")
    assert NAME not in member.user.username
    assert member.user.email == ""
    assert selectors.member_display_name(member=member) == NAME
    consent = ConsentRecord.objects.get(member=member)
    assert consent.version == CONSENT_VERSION
    assert consent.text_sha256 == services.consent_text_sha256()
    assert member.memberships.get().group == group
    assert member.user.check_password(PASSWORD)


def test_invitation_is_single_use():
    token = _invite()
    services.member_join(token=token, profile=_profile(), password=PASSWORD)
    with pytest.raises(ValidationError):
        services.member_join(
            token=token, profile=_profile(display_name="Tweede"), password=PASSWORD
        )
    assert services.invitation_get(token=token) is None


def test_expired_invitation_is_refused():
    token = _invite()
    Invitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(ValidationError):
        services.member_join(token=token, profile=_profile(), password=PASSWORD)
    response = Client().get(reverse("network:join", args=[token]))
    assert response.status_code == 404


def test_join_needs_the_invited_address():
    token = _invite()
    with pytest.raises(ValidationError) as error:
        services.member_join(
            token=token, profile=_profile(email="ander@example.org"), password=PASSWORD
        )
    assert "email" in error.value.error_dict
    assert Member.objects.count() == 0


def test_join_page_requires_consent_and_keeps_input():
    token = _invite()
    client = Client()
    url = reverse("network:join", args=[token])
    page = client.get(url)
    assert page.status_code == 200
    assert b"Wat wij verwerken" in page.content
    form = {
        "display_name": NAME,
        "email": EMAIL,
        "password": PASSWORD,
        "email_frequency": "digest",
    }
    response = client.post(url, form)
    assert response.status_code == 400
    assert NAME.encode() in response.content
    assert Member.objects.count() == 0
    response = client.post(url, {**form, "consent": "on"})
    assert response.status_code == 302
    assert Member.objects.count() == 1
    welcome = client.get(response["Location"])
    assert Member.objects.get().user.username.encode() in welcome.content


def test_audit_trail_never_holds_name_or_address():
    token = _invite()
    member = services.member_join(token=token, profile=_profile(), password=PASSWORD)
    services.member_profile_update(
        actor=member.user,
        display_name=NAME + " Jr",
        email=EMAIL,
        region="utrecht",
        background="",
        directory_visible=True,
        email_frequency="instant",
    )
    services.member_export(actor=member.user)
    for event in AuditEvent.objects.all():
        text = json.dumps(
            [event.context, event.actor_label, event.reason, event.object_id]
        )
        assert NAME not in text
        assert EMAIL not in text


def test_export_holds_everything_about_me():
    member = member_create(display_name=NAME, email=EMAIL, region="utrecht")
    meeting = MeetingFactory()
    services.meeting_register(actor=member.user, meeting=meeting, needs=["wheelchair"])
    services.topic_propose(actor=member.user, title="Mijn onderwerp", description="D")
    data = services.member_export(actor=member.user)
    assert data["profile"]["display_name"] == NAME
    assert data["profile"]["email"] == EMAIL
    assert data["registrations"][0]["needs"]["needs"] == ["wheelchair"]
    assert data["topics"][0]["title"] == "Mijn onderwerp"
    assert data["consents"][0]["version"] == CONSENT_VERSION
    client = Client()
    client.force_login(member.user)
    as_json = client.get(reverse("network:export") + "?format=json")
    assert as_json["Content-Type"].startswith("application/json")
    assert "attachment" in as_json["Content-Disposition"]
    assert json.loads(as_json.content)["profile"]["display_name"] == NAME
    as_html = client.get(reverse("network:export") + "?format=html")
    assert NAME.encode() in as_html.content
    assert b"Mijn onderwerp" in as_html.content
    # People read the HTML copy: needs and dates in words (issue 16 bug 8).
    page = as_html.content.decode()
    assert "wheelchair" not in page
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", page)


def test_deleting_the_account_leaves_the_name_nowhere_and_keeps_topics_anonymised():
    member = member_create(display_name=NAME, email=EMAIL)
    other = member_create(display_name="Ander Lid", email="ander@example.org")
    meeting = MeetingFactory()
    services.meeting_register(
        actor=member.user, meeting=meeting, needs=["sign_language"], other_needs="x"
    )
    topic = services.topic_propose(actor=member.user, title="Blijft", description="D")
    services.topic_support(actor=other.user, topic=topic)
    consultation = ConsultationFactory()
    services.consultation_respond(
        actor=member.user,
        consultation=consultation,
        answers={consultation.parts.first().pk: "Mijn reactie"},
    )
    key_id, user_pk = member.key_id, member.user.pk
    services.member_delete(actor=member.user)

    assert tables_containing(NAME) == []
    assert tables_containing(EMAIL) == []
    assert not Member.objects.filter(user_id=user_pk).exists()
    assert not Registration.objects.filter(meeting=meeting).exists()
    topic.refresh_from_db()
    assert topic.author is None
    assert topic.supports.count() == 1
    assert ConsultationResponse.objects.get().member is None
    with pytest.raises(KeyShreddedError):
        keystore_get().get_key(key_id)
    assert AuditEvent.objects.filter(event="network.member_deleted").count() == 1


def test_deleting_with_contributions_removes_them_too():
    member = member_create(display_name=NAME, email=EMAIL)
    services.topic_propose(actor=member.user, title="Weg", description="D")
    services.member_delete(actor=member.user, remove_contributions=True)
    assert not Topic.objects.exists()
    assert not TopicSupport.objects.exists()


def test_delete_page_asks_for_confirmation_and_logs_out():
    member = member_create(display_name=NAME, email=EMAIL)
    client = Client()
    client.force_login(member.user)
    assert client.post(reverse("network:delete"), {}).status_code == 400
    assert Member.objects.exists()
    response = client.post(reverse("network:delete"), {"confirm": "on"})
    assert response.status_code == 200
    assert not Member.objects.exists()
    assert client.get(reverse("network:home")).status_code == 302


def test_application_is_sealed_and_approval_sends_an_invitation():
    application = services.application_submit(
        display_name=NAME, email=EMAIL, motivation="Ik wil meedoen", group=None
    )
    assert tables_containing(NAME) == []
    moderator = moderator_create()
    client = Client()
    from herstel.accounts.tests.factories import login_verified

    login_verified(client, moderator)
    page = client.get(reverse("network:moderation"))
    assert NAME.encode() in page.content
    services.application_decide(
        actor=moderator,
        application=application,
        approve=True,
        base_url="https://herstel.test",
    )
    assert mail.outbox[-1].to == [EMAIL]
    assert "/network/join/" in mail.outbox[-1].body
    application.refresh_from_db()
    assert application.details_sealed is None
    with pytest.raises(KeyShreddedError):
        keystore_get().get_key(application.key_id)


def test_member_role_without_profile_gives_consent_on_the_consent_page():
    from herstel.accounts.constants import Role
    from herstel.accounts.tests.factories import UserFactory

    user = UserFactory(roles=[Role.NETWORK_MEMBER])
    client = Client()
    client.force_login(user)
    url = reverse("network:consent")
    assert client.get(url).status_code == 200
    assert client.post(url, {"display_name": NAME}).status_code == 400
    assert not Member.objects.exists()
    response = client.post(
        url,
        {
            "display_name": NAME,
            "email": EMAIL,
            "email_frequency": "none",
            "consent": "on",
        },
    )
    assert response.status_code == 302
    member = Member.objects.get(user=user)
    assert member.consents.count() == 1
    page = client.get(url)
    assert page.status_code == 200
    assert member.consents.get().version.encode() in page.content


def test_public_application_page_works_without_login():
    client = Client()
    assert client.get(reverse("network:apply")).status_code == 200
    response = client.post(
        reverse("network:apply"),
        {"display_name": NAME, "email": EMAIL, "motivation": "Graag"},
    )
    assert response.status_code == 200
    assert tables_containing(NAME) == []
