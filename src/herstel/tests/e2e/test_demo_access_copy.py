# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The bar of issue 13, in the browser on the demo data set: the citizen of
the demo's answered access request opens the secure link, confirms with the
mailed code and downloads the access copy. It shows the requester's name,
their place of residence and the religion passage about them, none of the
other persons of the demo generator's list of fictitious people, and the word
an analyst rejected as "not a person" stays readable (no box over it)."""

from __future__ import annotations

import io
import re

from django.contrib.auth.models import Group
from django.core import mail

import pytest
from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.accounts.models import User
from herstel.demo.generator import demo_requester
from herstel.demo.generator import generate_dossiers
from herstel.demo.generator.people import _RELIGION_PHRASES
from herstel.demo.services import demo_load
from herstel.detection.base import Category
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.review import surface_bulk_decide
from herstel.dossiers.selectors import subject_search
from herstel.dossiers.subject_index import _document_text
from herstel.inquiries.constants import RequestStatus
from herstel.inquiries.demo import demo_requests_load
from herstel.inquiries.models import AccessRequest

from .conftest import citizen_download

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SEED = 1
DOCUMENTS = 40


def _last_word(name: str) -> str:
    return name.split()[-1]


def _reject_a_false_candidate(requester, people, analyst) -> str:
    """The analyst rejects, across the dossier, a person candidate in the
    requester's documents that is no person of the generator's list."""
    found = subject_search(
        actor=analyst, names=[requester.name], places=[requester.place]
    )
    subject_ids = [c.subject.pk for c in found]
    documents = {
        m.document
        for m in Mention.objects.filter(subject_id__in=subject_ids).select_related(
            "document"
        )
    }
    surnames = {_last_word(p.surname).casefold() for p in people.values()}
    for document in sorted(documents, key=lambda d: d.reference):
        text = _document_text(document)
        for mention in document.mentions.filter(
            category=Category.PERSON, status=MentionStatus.PROPOSED
        ).order_by("start"):
            surface = text[mention.start : mention.end]
            words = {w.casefold() for w in re.findall(r"\w+", surface)}
            if len(surface) > 4 and not words & surnames:
                surface_bulk_decide(
                    mention=mention,
                    status=MentionStatus.REJECTED,
                    scope="dossier",
                    actor=analyst,
                )
                return surface
    raise AssertionError("the demo documents have no false person candidate")


def test_demo_citizen_downloads_an_access_copy_with_their_own_data(
    live_server, page, settings
):
    settings.HERSTEL_PUBLIC_URL = live_server.url
    for role in Role:
        Group.objects.get_or_create(name=role.value)
    demo_load(seed=SEED, documents=DOCUMENTS)
    requester = demo_requester(seed=SEED)
    people = {
        person.name: person
        for dossier in generate_dossiers(seed=SEED, documents=DOCUMENTS)
        for person in dossier.persons
    }
    assert requester.name in people
    analyst = User.objects.get(username="analyst")
    rejected = _reject_a_false_candidate(requester, people, analyst)
    demo_requests_load(seed=SEED, requester=(requester.name, requester.place))
    request = AccessRequest.objects.get(status=RequestStatus.OBJECTION_WINDOW)

    # Only the answered request has a download link.
    pattern = re.escape(live_server.url) + r"/inzage/download/[\w-]+/"
    links = [m.group(0) for x in mail.outbox if (m := re.search(pattern, x.body))]
    assert len(links) == 1, request.reference
    link = links[0]
    data = citizen_download(page, link)

    text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages)
    flat = " ".join(text.split())
    assert requester.name in flat
    assert requester.place in flat
    assert _RELIGION_PHRASES[requester.religion] in flat
    own = _last_word(requester.surname)
    leaked = [
        name
        for name, person in people.items()
        if _last_word(person.surname) != own
        and re.search(rf"\b{re.escape(name)}\b", flat)
    ]
    assert leaked == []
    # A surname alone is another person too (e.g. "Özdemir" after "Merve
    # Özdemir"): none of the other people's surnames is readable.
    surnames = [
        _last_word(person.surname)
        for person in people.values()
        if _last_word(person.surname) != own
    ]
    assert [s for s in surnames if re.search(rf"\b{re.escape(s)}\b", flat)] == []
    assert " ".join(rejected.split()) in flat
