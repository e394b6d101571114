# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Visibility: non-members see nothing; group A's members see nothing of
private group B; hidden contributions and member lists stay hidden."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import Client
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.network import selectors
from herstel.network.constants import GroupAccess
from herstel.network.models import ProgressUpdate
from herstel.network.models import Series

from .factories import ConsultationFactory
from .factories import GroupFactory
from .factories import MeetingFactory
from .factories import TopicFactory
from .factories import member_create
from .factories import moderator_create

pytestmark = pytest.mark.django_db

SECRET_B = "Geheim overleg groep B"


@pytest.fixture
def world():
    group_a = GroupFactory(name="Groep A", slug="a", access=GroupAccess.PRIVATE)
    group_b = GroupFactory(name="Groep B", slug="b", access=GroupAccess.PRIVATE)
    closed = GroupFactory(
        name="Aanvraaggroep", slug="c", access=GroupAccess.APPLICATION
    )
    open_group = GroupFactory(name="Open groep", slug="o", access=GroupAccess.OPEN)
    in_a = member_create(display_name="Lid A", groups=[group_a])
    in_b = member_create(display_name="Lid B", groups=[group_b])
    loner = member_create(display_name="Lid zonder groep")
    series_b = Series.objects.create(title=SECRET_B + " reeks", group=group_b)
    items = {
        "meeting_b": MeetingFactory(title=SECRET_B, group=group_b, series=series_b),
        "meeting_c": MeetingFactory(title="Sessie aanvraaggroep", group=closed),
        "meeting_open": MeetingFactory(title="Open sessie", group=open_group),
        "meeting_all": MeetingFactory(title="Netwerkbrede sessie"),
        "topic_b": TopicFactory(title=SECRET_B, group=group_b, author=in_b),
        "topic_all": TopicFactory(title="Netwerkbreed onderwerp", author=in_b),
        "consultation_b": ConsultationFactory(title=SECRET_B, group=group_b),
        "update_b": ProgressUpdate.objects.create(
            title=SECRET_B, body="x", group=group_b
        ),
        "series_b": series_b,
    }
    return {
        "a": group_a,
        "b": group_b,
        "closed": closed,
        "open": open_group,
        "in_a": in_a,
        "in_b": in_b,
        "loner": loner,
        **items,
    }


def test_member_of_group_a_sees_nothing_of_private_group_b(world):
    actor = world["in_a"].user
    assert world["b"] not in selectors.group_list(actor=actor)
    assert world["a"] in selectors.group_list(actor=actor)
    assert world["meeting_b"] not in selectors.meeting_list(actor=actor)
    assert world["topic_b"] not in selectors.topic_list(actor=actor)
    assert world["consultation_b"] not in selectors.consultation_list(actor=actor)
    assert world["update_b"] not in selectors.update_list(actor=actor)
    assert world["series_b"] not in selectors.series_list(actor=actor)
    with pytest.raises(Http404):
        selectors.group_get(actor=actor, slug="b")
    with pytest.raises(Http404):
        selectors.meeting_get(actor=actor, pk=world["meeting_b"].pk)
    with pytest.raises(Http404):
        selectors.topic_get(actor=actor, pk=world["topic_b"].pk)


def test_member_of_group_b_sees_group_b(world):
    actor = world["in_b"].user
    assert world["meeting_b"] in selectors.meeting_list(actor=actor)
    assert world["topic_b"] in selectors.topic_list(actor=actor)
    assert world["update_b"] in selectors.update_list(actor=actor)


def test_group_on_application_shows_itself_but_not_its_items(world):
    actor = world["loner"].user
    assert world["closed"] in selectors.group_list(actor=actor)
    assert not selectors.group_content_visible(actor=actor, group=world["closed"])
    assert world["meeting_c"] not in selectors.meeting_list(actor=actor)


def test_open_group_and_network_items_are_visible_to_every_member(world):
    actor = world["loner"].user
    meetings = set(selectors.meeting_list(actor=actor))
    assert {world["meeting_open"], world["meeting_all"]} <= meetings
    assert world["topic_all"] in selectors.topic_list(actor=actor)


def test_moderator_sees_everything(world):
    actor = moderator_create()
    assert world["b"] in selectors.group_list(actor=actor)
    assert world["meeting_b"] in selectors.meeting_list(actor=actor)


@pytest.mark.parametrize(
    "role",
    [
        Role.ANALYST,
        Role.REVIEWER,
        Role.PRIVACY_OFFICER,
        Role.POLICY_OFFICER,
        Role.ADMINISTRATOR,
    ],
)
def test_other_staff_roles_see_nothing_of_the_network(world, role):
    actor = UserFactory(roles=[role])
    with pytest.raises(PermissionDenied):
        selectors.meeting_list(actor=actor)
    with pytest.raises(PermissionDenied):
        selectors.group_list(actor=actor)
    client = Client()
    login_verified(client, actor)
    response = client.get(reverse("network:meeting_list"))
    assert response.status_code == 403
    assert SECRET_B.encode() not in response.content


def test_anonymous_sees_nothing(world):
    client = Client()
    for name, args in [
        ("network:home", []),
        ("network:meeting_detail", [world["meeting_all"].pk]),
        ("network:topic_detail", [world["topic_all"].pk]),
        ("network:group_detail", ["o"]),
    ]:
        response = client.get(reverse(name, args=args))
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_member_role_without_consent_is_sent_to_consent(world):
    user = UserFactory(roles=[Role.NETWORK_MEMBER])
    client = Client()
    client.force_login(user)
    response = client.get(reverse("network:home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("network:consent")
    with pytest.raises(PermissionDenied):
        selectors.meeting_list(actor=user)


@pytest.mark.parametrize(
    "name,key",
    [
        ("network:meeting_detail", "meeting_b"),
        ("network:topic_detail", "topic_b"),
        ("network:consultation_detail", "consultation_b"),
        ("network:series_detail", "series_b"),
    ],
)
def test_private_group_pages_are_404_for_other_members(world, name, key):
    client = Client()
    client.force_login(world["in_a"].user)
    response = client.get(reverse(name, args=[world[key].pk]))
    assert response.status_code == 404
    assert SECRET_B.encode() not in response.content
    for page in ("network:home", "network:meeting_list", "network:topic_list"):
        assert SECRET_B.encode() not in client.get(reverse(page)).content


def test_member_list_shows_only_members_who_opted_in(world):
    member_create(display_name="Zichtbaar Lid", directory_visible=True)
    names = [
        e.display_name for e in selectors.member_directory(actor=world["loner"].user)
    ]
    assert names == ["Zichtbaar Lid"]
    everyone = selectors.member_directory(actor=moderator_create())
    assert len(everyone) == 4
    client = Client()
    client.force_login(world["loner"].user)
    body = client.get(reverse("network:directory")).content
    assert b"Zichtbaar Lid" in body
    assert b"Lid A" not in body


def test_hidden_topic_is_gone_for_members_but_not_for_moderators(world):
    from herstel.network.services import contribution_hide

    moderator = moderator_create()
    contribution_hide(actor=moderator, target=world["topic_all"], reason="Spam")
    assert world["topic_all"] not in selectors.topic_list(actor=world["loner"].user)
    assert world["topic_all"] in selectors.topic_list(actor=moderator)


def test_pages_render_in_english_too(world):
    from django.conf import settings

    client = Client()
    client.force_login(world["in_b"].user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = client.get(reverse("network:home")).content
    assert b"Co-creation network" in body
    assert b"Upcoming sessions" in body
