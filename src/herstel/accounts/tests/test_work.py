# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
""" "Mijn werk" (issue 16): every role sees the counts of what waits for it,
and only what it may see; a reviewer is never offered their own proposals."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils import translation

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.core.work import work_sections
from herstel.disposition.constants import Action
from herstel.disposition.constants import RedactionStatus
from herstel.disposition.constants import RunStatus
from herstel.disposition.models import DestructionRun
from herstel.disposition.models import Redaction
from herstel.disposition.services import disposition_propose
from herstel.disposition.tests.factories import store_documents
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.models import Subject
from herstel.dossiers.services import dossier_create
from herstel.inquiries.constants import Channel
from herstel.inquiries.constants import RequestStatus
from herstel.inquiries.constants import VerificationMethod
from herstel.inquiries.models import AccessRequest
from herstel.inquiries.services import request_submit
from herstel.inquiries.tests.conftest import johan_data
from herstel.inquiries.tests.factories import CampaignFactory
from herstel.network.constants import ContributionKind
from herstel.network.models import Report
from herstel.network.tests.factories import TopicFactory
from herstel.notices.constants import Decision
from herstel.notices.constants import LetterStatus
from herstel.notices.models import NoticeDecision
from herstel.woo.constants import RequestStatus as WooStatus
from herstel.woo.tests.factories import woo_request

pytestmark = pytest.mark.django_db


def _counts(user) -> dict[str, int]:
    with translation.override("en"):
        sections = work_sections(actor=user)
    return {item.label: item.count for section in sections for item in section.items}


@pytest.fixture
def world():
    analyst = UserFactory(username="anna", roles=[Role.ANALYST])
    both = UserFactory(username="bo", roles=[Role.ANALYST, Role.REVIEWER])
    dossier = dossier_create(slug="werk", title="Werkdossier")
    documents = store_documents(dossier, 3, analyst)
    grounds = {"reason": "Only personal data.", "legal_basis": "AVG art. 17"}
    for document, proposer in zip(documents[:2], (analyst, both), strict=True):
        disposition_propose(
            document=document, action=Action.DESTROY, actor=proposer, **grounds
        )
    for number, creator in enumerate((analyst, both)):
        DestructionRun.objects.create(
            dossier=dossier,
            reference=f"VR-{number}",
            planned_for=timezone.localdate(),
            legal_basis="AVG art. 17",
            status=RunStatus.SUBMITTED,
            created_by=creator,
        )
    Redaction.objects.create(
        document=documents[2], status=RedactionStatus.PROPOSED, prepared_by=analyst
    )
    campaign = CampaignFactory(dossiers=[dossier])
    today = timezone.localdate()
    states = [
        (RequestStatus.SEARCHING, today - datetime.timedelta(days=1), {}),
        (RequestStatus.RECEIVED, today + datetime.timedelta(days=3), {}),
        (RequestStatus.RECEIVED, today + datetime.timedelta(days=20), {}),
        (
            RequestStatus.AWAITING_APPROVAL,
            today + datetime.timedelta(days=20),
            {"proposed_by": analyst},
        ),
        (
            RequestStatus.OBJECTION_WINDOW,
            today - datetime.timedelta(days=10),
            {"objection_until": today + datetime.timedelta(days=2)},
        ),
    ]
    for number, (status, due, extra) in enumerate(states):
        request = request_submit(
            campaign=campaign,
            data=johan_data(
                email=f"r{number}@example.nl", birth_date=f"1970-01-0{number + 1}"
            ),
            channel=Channel.WEB,
            verification_method=VerificationMethod.IN_PERSON,
        )
        AccessRequest.objects.filter(pk=request.pk).update(
            status=status, due_on=due, **extra
        )
    overdue = woo_request(analyst)
    overdue.due_on = today - datetime.timedelta(days=1)
    overdue.save()
    proposed = woo_request(analyst)
    proposed.status = WooStatus.PROPOSED
    proposed.proposed_by = analyst
    proposed.due_on = today + datetime.timedelta(days=30)
    proposed.save()
    subject = Subject.objects.first()
    NoticeDecision.objects.create(
        subject=subject,
        decision=Decision.PERSONAL,
        letter_status=LetterStatus.RETURNED,
        decided_by=UserFactory(roles=[Role.PRIVACY_OFFICER]),
    )
    Report.objects.create(
        kind=ContributionKind.TOPIC, topic=TopicFactory(), reason="Niet gepast."
    )
    return {"analyst": analyst, "both": both}


def test_analyst_sees_mentions_requests_and_deadlines(world):
    counts = _counts(world["analyst"])
    proposed = Mention.objects.filter(status=MentionStatus.PROPOSED).count()
    assert proposed > 0
    assert counts["Mentions to review in Werkdossier"] == proposed
    assert counts["New access requests"] == 2
    assert counts["Access requests overdue"] == 1
    assert counts["Access requests due within a week"] == 1
    assert counts["Objection windows closing within a week"] == 1
    assert counts["Woo requests overdue"] == 1
    assert counts["Letters returned undelivered"] == 1
    # Approving is not the analyst's work.
    assert not any("approve" in label for label in counts)


def test_reviewer_is_offered_only_others_proposals(world):
    reviewer = UserFactory(roles=[Role.REVIEWER])
    counts = _counts(reviewer)
    assert counts["Dispositions to approve in Werkdossier"] == 2
    assert counts["Destruction runs to approve"] == 2
    assert counts["Redactions to approve"] == 1
    assert counts["Answers to approve"] == 1
    assert counts["Woo decisions to approve"] == 1
    assert "Mentions to review in Werkdossier" not in counts
    assert "Letters returned undelivered" not in counts
    # Four eyes: a reviewer who also proposed does not see their own.
    mine = _counts(world["both"])
    assert mine["Dispositions to approve in Werkdossier"] == 1
    assert mine["Destruction runs to approve"] == 1


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (
            Role.PRIVACY_OFFICER,
            {"Letters returned undelivered": 1, "Access requests overdue": 1},
        ),
        (Role.POLICY_OFFICER, {}),
        (Role.NETWORK_MODERATOR, {"Reports on contributions": 1}),
        (Role.NETWORK_MEMBER, {}),
        (Role.ADMINISTRATOR, {}),
    ],
)
def test_other_roles_see_only_their_own_work(world, role, expected):
    assert _counts(UserFactory(roles=[role])) == expected


def test_administrators_see_role_grants_of_others(world):
    from herstel.accounts.models import RoleGrant

    admin, other = (UserFactory(roles=[Role.ADMINISTRATOR]) for _ in range(2))
    RoleGrant.objects.create(
        user=world["analyst"], role=Role.REVIEWER, requested_by=other
    )
    RoleGrant.objects.create(
        user=world["both"], role=Role.PRIVACY_OFFICER, requested_by=admin
    )
    assert _counts(admin) == {"Role grants to approve": 1}


def test_the_page_shows_counts_and_links_and_staff_land_on_it(client, world):
    reviewer = UserFactory(roles=[Role.REVIEWER])
    login_verified(client, reviewer)
    response = client.get(reverse("work"))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'data-work-count="2"' in body
    assert reverse("disposition:run", args=["VR-0"]) in body
    assert "johan" not in body.casefold()  # counts and references, never names
