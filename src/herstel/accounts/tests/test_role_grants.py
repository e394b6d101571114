# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""F2: a role that grants access to personal data needs a second administrator.

An administrator who gives their own account the analyst role in the admin
site gets a pending grant, not the role; they cannot approve it; another
administrator can. Every step is audited.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse

import pytest

from herstel.accounts.constants import GrantStatus
from herstel.accounts.constants import Role
from herstel.accounts.models import RoleGrant
from herstel.accounts.services import user_roles_set
from herstel.audit.models import AuditEvent

from .factories import UserFactory
from .factories import verified_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def first():
    return UserFactory(username="beheer1", roles=[Role.ADMINISTRATOR])


@pytest.fixture
def second():
    return UserFactory(username="beheer2", roles=[Role.ADMINISTRATOR])


def _set_groups(client, user, roles):
    groups = [Group.objects.get(name=role.value).pk for role in roles]
    return client.post(
        reverse("admin:accounts_user_change", args=[user.pk]),
        {
            "username": user.username,
            "first_name": "",
            "last_name": "",
            "email": "",
            "is_active": "on",
            "groups": groups,
            "date_joined_0": "2026-01-01",
            "date_joined_1": "10:00:00",
        },
    )


def _decide(client, grant, action, follow=True):
    return client.post(
        reverse("admin:accounts_rolegrant_changelist"),
        {"action": action, "_selected_action": [grant.pk]},
        follow=follow,
    )


def _roles(user):
    return set(user.groups.values_list("name", flat=True))


def test_self_escalation_in_the_admin_site_is_held_for_approval(first):
    client = verified_client(first)
    response = _set_groups(client, first, [Role.ADMINISTRATOR, Role.ANALYST])
    assert response.status_code == 302, response.content[:2000]
    assert _roles(first) == {"administrator"}
    grant = RoleGrant.objects.get()
    assert (grant.user, grant.role, grant.status) == (first, "analyst", "pending")
    requested = AuditEvent.objects.get(event="account.role_grant_requested")
    assert requested.actor_label == "beheer1"
    assert requested.context["role"] == "analyst"
    # Nor can they approve it themselves.
    _decide(client, grant, "approve")
    grant.refresh_from_db()
    assert grant.status == GrantStatus.PENDING
    assert _roles(first) == {"administrator"}
    assert not AuditEvent.objects.filter(event="account.role_grant_approved").exists()
    # The analyst's pages stay closed.
    assert client.get(reverse("dossiers:list")).status_code == 403


def test_another_administrator_approves(first, second):
    _set_groups(verified_client(first), first, [Role.ADMINISTRATOR, Role.ANALYST])
    grant = RoleGrant.objects.get()
    response = _decide(verified_client(second), grant, "approve")
    assert response.status_code == 200
    grant.refresh_from_db()
    assert grant.status == GrantStatus.APPROVED and grant.decided_by == second
    assert _roles(first) == {"administrator", "analyst"}
    approved = AuditEvent.objects.get(event="account.role_grant_approved")
    assert approved.actor_label == "beheer2"
    changed = AuditEvent.objects.filter(event="account.roles_changed").latest("seq")
    assert changed.context["after"] == ["administrator", "analyst"]


def test_nobody_approves_a_grant_for_themselves(first, second):
    """An accomplice may ask; the user the grant is for still cannot approve."""
    _set_groups(verified_client(first), second, [Role.ADMINISTRATOR, Role.REVIEWER])
    grant = RoleGrant.objects.get()
    _decide(verified_client(second), grant, "approve")
    grant.refresh_from_db()
    assert grant.status == GrantStatus.PENDING
    assert "reviewer" not in _roles(second)


def test_a_grant_can_be_rejected(first, second):
    analyst_to_be = UserFactory(username="nieuw", roles=[Role.NETWORK_MEMBER])
    _set_groups(verified_client(first), analyst_to_be, [Role.ANALYST])
    # The change applied at once: the network-member role was removed.
    assert _roles(analyst_to_be) == set()
    grant = RoleGrant.objects.get()
    _decide(verified_client(second), grant, "reject")
    grant.refresh_from_db()
    assert grant.status == GrantStatus.REJECTED
    assert _roles(analyst_to_be) == set()
    assert AuditEvent.objects.filter(event="account.role_grant_rejected").exists()


def test_other_roles_cannot_see_or_decide_grants(first):
    _set_groups(verified_client(first), first, [Role.ADMINISTRATOR, Role.ANALYST])
    grant = RoleGrant.objects.get()
    analyst = UserFactory(roles=[Role.ANALYST])
    client = verified_client(analyst)
    response = client.get(reverse("admin:accounts_rolegrant_changelist"))
    assert response.status_code in {302, 403}
    _decide(client, grant, "approve", follow=False)
    grant.refresh_from_db()
    assert grant.status == GrantStatus.PENDING


def test_the_service_refuses_a_grant_without_a_second_person(first, second):
    user = UserFactory(roles=[Role.NETWORK_MEMBER])
    with pytest.raises(PermissionDenied):
        user_roles_set(user=user, roles=[Role.ANALYST], actor=first)
    with pytest.raises(PermissionDenied):
        user_roles_set(user=user, roles=[Role.ANALYST], actor=first, approved_by=first)
    with pytest.raises(PermissionDenied):
        user_roles_set(
            user=first, roles=[Role.ANALYST], actor=second, approved_by=first
        )
    # Removing a role and adding one without access need no approval.
    user_roles_set(user=first, roles=[Role.NETWORK_MEMBER], actor=second)
    assert _roles(first) == {"network_member"}


def test_the_group_permissions_cannot_be_changed_in_the_admin_site(first):
    """Otherwise a harmless-looking role could be given the analyst's rights."""
    client = verified_client(first)
    group = Group.objects.get(name=Role.NETWORK_MEMBER.value)
    response = client.post(
        reverse("admin:auth_group_change", args=[group.pk]),
        {"name": "analyst-copy", "permissions": []},
    )
    assert response.status_code == 403
    group.refresh_from_db()
    assert group.name == "network_member"


def test_the_server_operator_sets_the_first_roles(first):
    from django.core.management import call_command

    call_command("set_roles", "beheer1", "administrator", "analyst")
    assert _roles(first) == {"administrator", "analyst"}
    changed = AuditEvent.objects.filter(event="account.roles_changed").latest("seq")
    assert changed.context["after"] == ["administrator", "analyst"]
