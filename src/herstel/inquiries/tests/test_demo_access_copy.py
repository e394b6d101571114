# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The art. 15 rule on the demo data set: the answered demo request comes from
the generator's requester, and its access copy shows their name, their place
of residence and the religion passage about them, and no other person of the
demo generator's list of fictitious people; no box covers a rejected word.
(The service side of tests/e2e/test_demo_access_copy.py.)"""

from __future__ import annotations

import io
import re

from django.contrib.auth.models import Group

import pytest
from pypdf import PdfReader

from herstel.accounts.constants import Role
from herstel.demo.generator import demo_requester
from herstel.demo.generator import generate_dossiers
from herstel.demo.generator.people import _RELIGION_PHRASES
from herstel.demo.services import demo_load
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.inquiries.access_copy import mention_infos
from herstel.inquiries.access_copy import plan_access_copy
from herstel.inquiries.answers import access_copy_documents
from herstel.inquiries.constants import MatchDecision
from herstel.inquiries.constants import RequestStatus
from herstel.inquiries.demo import demo_requests_load
from herstel.inquiries.models import AccessRequest
from herstel.inquiries.services import answer_file_read
from herstel.inquiries.services import request_data

pytestmark = pytest.mark.django_db(transaction=True)

DOCUMENTS = 40


def test_demo_access_copy_follows_the_art_15_rule():
    for role in Role:
        Group.objects.get_or_create(name=role.value)
    demo_load(seed=1, documents=DOCUMENTS)
    chosen = demo_requester(seed=1)
    demo_requests_load(seed=1, requester=(chosen.name, chosen.place))
    request = AccessRequest.objects.get(status=RequestStatus.OBJECTION_WINDOW)
    reviewer = request.approved_by
    name = request_data(request).names[0]
    people = {
        person.name: person
        for dossier in generate_dossiers(seed=1, documents=DOCUMENTS)
        for person in dossier.persons
    }
    # The demo files the request under one of the person's spellings (the
    # full name or initial and surname): find the person by that surname.
    requester = people.get(name) or next(
        person
        for person in people.values()
        if person.surname.split()[-1] == name.split()[-1]
    )
    copy = answer_file_read(request=request, kind="copy", actor=reviewer)
    text = " ".join(
        (page.extract_text() or "") for page in PdfReader(io.BytesIO(copy)).pages
    )
    flat = " ".join(text.split())
    assert name == chosen.name and requester == chosen
    assert name in flat
    assert chosen.place in flat
    assert _RELIGION_PHRASES[chosen.religion] in flat
    surname = requester.surname.split()[-1]
    leaked = [
        other
        for other, person in people.items()
        if person.surname.split()[-1] != surname
        and re.search(rf"\b{re.escape(other)}\b", flat)
    ]
    assert leaked == []
    # The requester's place, where a passage about them names it, is readable.
    from herstel.dossiers.subjects import _document_text
    from herstel.inquiries.access_copy import sentence_spans

    for document in access_copy_documents(subject_ids=_matched(request)):
        original = _document_text(document)
        for start, end in sentence_spans(original):
            sentence = original[start:end]
            if name in sentence and requester.place in sentence:
                assert requester.place in flat
    # No box over a rejected word: rejected mentions are not in the plan.
    subject_ids = _matched(request)
    for document in access_copy_documents(subject_ids=subject_ids):
        rejected = set(
            Mention.objects.filter(
                document=document, status=MentionStatus.REJECTED
            ).values_list("pk", flat=True)
        )
        plan = plan_access_copy(
            text="x" * document.text_length,
            mentions=mention_infos(document.mentions.all()),
            own_subject_ids=subject_ids,
        )
        assert not {b.mention_id for b in plan.boxes} & rejected


def _matched(request):
    return list(
        request.matches.filter(decision=MatchDecision.MATCH).values_list(
            "subject_id", flat=True
        )
    )
