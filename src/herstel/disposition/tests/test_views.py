# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The pages do what the services do, refuse what they refuse, and keep input."""

from __future__ import annotations

from django.urls import reverse

import pytest

from herstel.accounts.tests.factories import verified_client
from herstel.disposition.constants import DecisionStatus
from herstel.disposition.constants import RedactionStatus
from herstel.disposition.models import Disposition
from herstel.disposition.models import Ground
from herstel.disposition.models import Redaction
from herstel.disposition.services.redaction_gate import redaction_counts
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention

from .factories import reviewer

pytestmark = pytest.mark.django_db


def test_bulk_proposal_with_an_error_keeps_the_input(two_documents):
    proposer, dossier, documents = two_documents
    url = reverse("disposition:dossier", args=[dossier.slug])
    response = verified_client(proposer).post(
        url,
        {
            "documents": [d.pk for d in documents],
            "action": "redact_archive",
            "reason": "Breder doel",
            "legal_basis": "Archiefwet",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Breder doel" in body
    assert "categorie uit de selectielijst" in body
    assert not Disposition.objects.exists()


def test_a_reviewer_cannot_approve_own_proposal_in_the_page(two_documents):
    proposer, dossier, documents = two_documents
    client = verified_client(proposer)
    client.post(
        reverse("disposition:dossier", args=[dossier.slug]),
        {
            "documents": [documents[0].pk],
            "action": "destroy",
            "reason": "r",
            "legal_basis": "b",
        },
    )
    disposition = Disposition.objects.get()
    proposer.groups.add(*reviewer().groups.all())
    response = client.post(
        reverse("disposition:review", args=[dossier.slug]),
        {"dispositions": [disposition.pk], "decision": "approve"},
        follow=True,
    )
    # One proposal, one form (regression, issue 16 bug 9: "Over 1 voorstellen").
    assert "Over 1 voorstel is niet besloten" in response.content.decode()
    disposition.refresh_from_db()
    assert disposition.status == DecisionStatus.PROPOSED


def test_redaction_page_prepare_add_and_approve(two_documents):
    proposer, _dossier, documents = two_documents
    document = documents[0]
    Mention.objects.filter(document=document).update(status=MentionStatus.CONFIRMED)
    client = verified_client(proposer)
    url = reverse("disposition:redaction", args=[document.reference])
    client.post(url, {"action": "prepare"})
    response = client.get(url)
    assert response.status_code == 200
    assert 'class="redaction-box"' in response.content.decode()
    response = client.post(
        url,
        {
            "text": "toeslag",
            "occurrence": 1,
            "ground": Ground.objects.get(code="5.1.2e").pk,
        },
    )
    assert response.status_code == 302
    response = client.post(
        url, {"text": "toeslag", "occurrence": 5, "ground": Ground.objects.first().pk}
    )
    assert response.status_code == 400
    approve = reverse("disposition:redaction_approve", args=[document.reference])
    checker = verified_client(reviewer())
    page = checker.get(url).content.decode()
    # The boxes table names each passage by its text, not by offsets (issue 16
    # bug 9: "Passage 1225–1249").
    for box in Redaction.objects.get().boxes.all():
        assert f'<a href="#mark-{box.pk}">{box.start}–{box.end}</a>' not in page
    assert '">toeslag</a></td>' in page
    counts = redaction_counts(redaction=Redaction.objects.get())
    assert counts.as_token() in page
    # Without ticking the counts, nothing is approved.
    checker.post(approve, {"counts": counts.as_token()})
    assert Redaction.objects.get().status == RedactionStatus.DRAFT
    checker.post(approve, {"counts": counts.as_token(), "confirm": "1"})
    assert Redaction.objects.get().status == RedactionStatus.APPROVED
    response = client.get(
        reverse("disposition:redaction_pdf", args=[document.reference])
    )
    assert response["Content-Type"] == "application/pdf"


def test_filters_show_undecided_documents_and_a_category(two_documents):
    proposer, dossier, documents = two_documents
    client = verified_client(proposer)
    url = reverse("disposition:dossier", args=[dossier.slug])
    client.post(
        url,
        {
            "documents": [documents[0].pk],
            "action": "destroy",
            "reason": "r",
            "legal_basis": "b",
        },
    )
    body = client.get(url, {"undecided": "on"}).content.decode()
    assert documents[1].reference in body
    assert documents[0].reference not in body
    Mention.objects.filter(document=documents[0]).update(status=MentionStatus.REJECTED)
    body = client.get(url, {"category": "person"}).content.decode()
    assert documents[1].reference in body
    assert documents[0].reference not in body


def test_grounds_list_names_categories_in_words():
    """Regression (issue 16 bug 8): the list showed "religion, ethnicity"."""
    from herstel.accounts.constants import Role
    from herstel.accounts.tests.factories import UserFactory

    Ground.objects.update_or_create(
        code="5.1.1d",
        defaults={"article": "Woo art. 5.1 lid 1 sub d", "categories": ["religion"]},
    )
    page = verified_client(UserFactory(roles=[Role.PRIVACY_OFFICER])).get(
        reverse("disposition:grounds")
    )
    body = page.content.decode()
    assert "Godsdienst of levensovertuiging" in body
    assert "<td>religion" not in body


def test_retention_fields_are_not_called_optional(two_documents):
    """Regression (issue 16 bug 9): "(niet verplicht)" on fields that "Lakken en
    archiveren" requires."""
    proposer, dossier, _documents = two_documents
    page = verified_client(proposer).get(
        reverse("disposition:dossier", args=[dossier.slug])
    )
    body = page.content.decode()
    label = body.split('for="id_retention_class"')[1].split("</label>")[0]
    assert "niet verplicht" not in label
    assert body.count("Verplicht bij lakken en archiveren") == 3
