# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The administrator manages users and roles in the admin; every change is audited."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.audit.models import AuditEvent
from herstel.dossiers.models import Dossier

from .factories import UserFactory
from .factories import login_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    login_verified(client, UserFactory(username="beheer", roles=[Role.ADMINISTRATOR]))
    return client


def test_admin_login_goes_through_the_two_factor_login(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize("role", [Role.ANALYST, Role.PRIVACY_OFFICER])
def test_admin_as_signed_in_non_administrator_answers_403_without_a_loop(client, role):
    login_verified(client, UserFactory(roles=[role]))
    response = client.get(reverse("admin:index"), follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) <= 1
    assert client.get(reverse("admin:login")).status_code == 403


def test_role_change_in_admin_is_audited(admin_client):
    # A role without access to personal data applies at once (others wait for
    # a second administrator: test_role_grants.py).
    user = UserFactory(username="nieuw", roles=[Role.ANALYST])
    analyst = Group.objects.get(name="network_member")
    response = admin_client.post(
        reverse("admin:accounts_user_change", args=[user.pk]),
        {
            "username": "nieuw",
            "first_name": "",
            "last_name": "",
            "email": "",
            "is_active": "on",
            "groups": [analyst.pk],
            "date_joined_0": "2026-01-01",
            "date_joined_1": "10:00:00",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    event = AuditEvent.objects.filter(event="account.roles_changed").latest("seq")
    assert event.context == {"before": ["analyst"], "after": ["network_member"]}
    assert event.actor_label == "beheer"


def test_dossier_created_in_admin_is_audited(admin_client):
    response = admin_client.post(
        reverse("admin:dossiers_dossier_add"),
        {
            "title": "Nieuw dossier",
            "slug": "nieuw-dossier",
            "description": "",
            "locations-TOTAL_FORMS": "1",
            "locations-INITIAL_FORMS": "0",
            "locations-0-kind": "backup_set",
            "locations-0-name": "Back-ups",
            "locations-0-description": "",
            "locations-0-custodian": "ICT",
        },
    )
    assert response.status_code == 302, response.content[:3000]
    dossier = Dossier.objects.get(slug="nieuw-dossier")
    assert dossier.locations.count() == 1
    created = AuditEvent.objects.get(event="admin.object_created")
    assert created.object_id == str(dossier.pk)
    assert "title" in created.context["fields"]
    assert AuditEvent.objects.filter(event="admin.object_changed").exists()


def test_administrator_cannot_delete_documents_in_admin(admin_client):
    response = admin_client.get(reverse("admin:dossiers_document_changelist"))
    assert response.status_code == 200
    assert b"delete_selected" not in response.content
