# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""A request from intake to answer: verification, matching, four-eyes approval,
a redacted access copy, delivery after re-verification, objection, closure."""

import datetime
import io
import re

from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest
from pypdf import PdfReader

from herstel.audit.models import AuditEvent
from herstel.core.pdf.tagging import claims_pdfua
from herstel.core.pdf.tagging import is_tagged
from herstel.disposition.tests.pdfscan import pdf_haystacks
from herstel.dossiers.models import Mention
from herstel.dossiers.selectors import subject_search
from herstel.inquiries.constants import Channel
from herstel.inquiries.constants import Outcome
from herstel.inquiries.constants import RequestStatus
from herstel.inquiries.constants import VerificationMethod
from herstel.inquiries.models import DownloadLink
from herstel.inquiries.selectors import subject_blockers
from herstel.inquiries.selectors import subjects_on_hold
from herstel.inquiries.services import answer_approve
from herstel.inquiries.services import answer_file_read
from herstel.inquiries.services import link_code_check
from herstel.inquiries.services import link_code_send
from herstel.inquiries.services import link_resolve
from herstel.inquiries.services import objection_register
from herstel.inquiries.services import outcome_propose
from herstel.inquiries.services import request_data
from herstel.inquiries.services import request_destroy
from herstel.inquiries.services import request_submit
from herstel.inquiries.services import request_verify
from herstel.inquiries.services import requests_close_expired
from herstel.inquiries.services import requests_destroy_due
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_read

from .conftest import NOTE
from .conftest import english_request
from .conftest import johan_data
from .factories import matched
from .factories import verified_in_person

pytestmark = pytest.mark.django_db(transaction=True)


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def _to_approval(submitted, analyst, inventory):
    verified_in_person(submitted, analyst)
    _dossier, note, _other = inventory
    found = subject_search(
        actor=analyst, names=request_data(submitted).names, places=("Zwolle",)
    )
    johan = Mention.objects.get(document=note, start=NOTE.index("Johan")).subject
    assert found[0].subject == johan
    matched(submitted, johan, analyst, "Zelfde naam en woonplaats")
    return outcome_propose(request=submitted, actor=analyst), johan


def test_intake_sends_confirmation_and_stores_data_encrypted(submitted):
    assert re.fullmatch(r"AV-\d{4}-[A-Z2-9]{6}", submitted.reference)
    assert submitted.status == RequestStatus.RECEIVED
    assert submitted.due_on > submitted.received_on
    assert len(mail.outbox) == 1
    assert submitted.reference in mail.outbox[0].subject
    assert mail.outbox[0].to == ["johan@example.nl"]
    raw = blob_read(
        blob=SealedBlob(key_id=submitted.data_key_id, blob_name=submitted.data_blob),
        purpose="request-data",
    )
    assert b"Johan van der Berg" in raw
    assert "johan" not in submitted.contact_digest


def test_english_confirmation(campaign):
    request = english_request(campaign, VerificationMethod.VIDEO)
    assert mail.outbox[-1].subject.startswith("We received your request")
    assert request.language == "en"


def test_duplicate_is_linked(campaign, submitted):
    again = request_submit(
        campaign=campaign,
        data=johan_data(names=("Johan van der Berg",)),
        channel=Channel.WEB,
        verification_method=VerificationMethod.IN_PERSON,
    )
    assert again.duplicate_of == submitted
    other = request_submit(
        campaign=campaign,
        data=johan_data(email="other@example.nl", birth_date="1970-03-04"),
        channel=Channel.WEB,
        verification_method=VerificationMethod.IN_PERSON,
    )
    assert other.duplicate_of == submitted  # same name and date of birth
    third = request_submit(
        campaign=campaign,
        data=johan_data(email="x@example.nl", birth_date="1980-01-01"),
        channel=Channel.WEB,
        verification_method=VerificationMethod.IN_PERSON,
    )
    assert third.duplicate_of is None


def test_closed_campaign_accepts_nothing(campaign):
    campaign.closes_on = timezone.localdate() - datetime.timedelta(days=1)
    campaign.save()
    with pytest.raises(ValidationError):
        request_submit(
            campaign=campaign,
            data=johan_data(),
            channel=Channel.WEB,
            verification_method=VerificationMethod.IN_PERSON,
        )


def test_unverified_request_cannot_be_proposed(submitted, analyst):
    submitted.status = RequestStatus.SEARCHING
    submitted.save()
    with pytest.raises(ValidationError):
        outcome_propose(request=submitted, actor=analyst)


def test_four_eyes(submitted, analyst, reviewer, inventory):
    request, _johan = _to_approval(submitted, analyst, inventory)
    assert request.status == RequestStatus.AWAITING_APPROVAL
    with pytest.raises(PermissionDenied):
        answer_approve(request=request, actor=analyst)  # analysts cannot approve
    reviewer.groups.add(*analyst.groups.all())
    request.proposed_by = reviewer
    request.save()
    with pytest.raises(PermissionDenied):
        answer_approve(request=request, actor=reviewer)  # never your own proposal


def test_answer_access_copy_and_delivery(submitted, analyst, reviewer, inventory):
    request, johan = _to_approval(submitted, analyst, inventory)
    mail.outbox.clear()
    answer = answer_approve(request=request, actor=reviewer)
    request.refresh_from_db()
    assert request.status == RequestStatus.OBJECTION_WINDOW
    assert request.outcome == Outcome.DATA_FOUND
    assert answer.documents == 1 and answer.redactions >= 2

    # The letter mail carries the art. 15(1) items and a link, no attachment.
    message = mail.outbox[-1]
    assert not message.attachments
    for item in ("Autoriteit Persoonsgegevens", "Johan van der Berg", "vernietigd"):
        assert item in message.body, item
    token = re.search(r"/inzage/download/([\w-]+)/", message.body).group(1)

    # The access copy: Johan readable, Kaya nowhere in the file.
    copy = answer_file_read(request=request, kind="copy", actor=reviewer)
    text = _pdf_text(copy)
    assert "Johan van der Berg" in text
    haystack = "\n".join(pdf_haystacks(copy))
    assert "Kaya" not in haystack
    # Tagged PDF in the requester's language, titled, letter and copy alike.
    assert is_tagged(copy) == (True, "nl", f"Inzagekopie {request.reference}")
    letter = answer_file_read(request=request, kind="letter", actor=reviewer)
    assert is_tagged(letter)[:2] == (True, "nl")
    # Every font embedded, so both identify as PDF/UA-1.
    assert claims_pdfua(copy) and claims_pdfua(letter)
    assert "y.kaya@example.nl" not in haystack
    # Art. 15: the place in the requester's own passage is theirs to read.
    assert "Zwolle" in text

    # Delivery: only after the mailed code; every download is logged.
    link = link_resolve(token=token)
    assert link is not None
    assert not link_code_check(link=link, code="000000")
    link_code_send(link=link)
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    assert link_code_check(link=link, code=code)
    assert not link_code_check(link=link, code=code)  # used once
    data = answer_file_read(request=request, kind="copy", link=link)
    assert data == copy
    link.refresh_from_db()
    assert link.downloads == 1
    events = set(AuditEvent.objects.values_list("event", flat=True))
    assert {
        "request.copy_downloaded",
        "request.answer_viewed",
        "request.link_verified",
        "document.viewed",
    } <= events
    assert johan.pk not in subjects_on_hold()
    assert subject_blockers(subject_ids=[johan.pk])[johan.pk] == [
        "campaign_destruction_date",
        "objection_window",
    ]


def test_expired_link_is_refused(submitted, analyst, reviewer, inventory):
    request, _johan = _to_approval(submitted, analyst, inventory)
    answer_approve(request=request, actor=reviewer)
    token = re.search(r"/inzage/download/([\w-]+)/", mail.outbox[-1].body).group(1)
    DownloadLink.objects.update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert link_resolve(token=token) is None
    assert link_resolve(token="not-a-token") is None


def test_no_data_found_answer(submitted, analyst, reviewer):
    request_verify(
        request=submitted,
        actor=analyst,
        method=VerificationMethod.VIDEO,
        document_kind="identity_card",
    )
    outcome_propose(request=submitted, actor=analyst)
    answer = answer_approve(request=submitted, actor=reviewer)
    assert answer.documents == 0 and not answer.copy_key_id
    assert "geen persoonsgegevens" in mail.outbox[-1].body


def test_objection_places_hold(submitted, analyst, reviewer, inventory):
    request, johan = _to_approval(submitted, analyst, inventory)
    answer_approve(request=request, actor=reviewer)
    request.refresh_from_db()
    late = request.objection_until + datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        objection_register(request=request, actor=analyst, received_on=late)
    objection_register(
        request=request,
        actor=analyst,
        received_on=timezone.localdate(),
        note="Wil inzage houden",
    )
    request.refresh_from_db()
    assert request.status == RequestStatus.OBJECTED
    assert subjects_on_hold() == {johan.pk}
    assert "objection" in subject_blockers(subject_ids=[johan.pk])[johan.pk]
    # An objected request is not closed or destroyed by the daily run.
    future = request.objection_until + datetime.timedelta(days=365)
    assert requests_close_expired(today=future) == 0
    assert requests_destroy_due(today=future) == 0


def test_closure_and_destruction(submitted, analyst, reviewer, inventory, campaign):
    request, _johan = _to_approval(submitted, analyst, inventory)
    answer_approve(request=request, actor=reviewer)
    request.refresh_from_db()
    after_window = request.objection_until + datetime.timedelta(days=1)
    assert requests_close_expired(today=after_window) == 1
    assert (
        requests_destroy_due(
            today=campaign.destruction_from - datetime.timedelta(days=1)
        )
        == 0
    )
    assert requests_destroy_due(today=campaign.destruction_from) == 1
    request.refresh_from_db()
    assert request.destroyed_at is not None
    with pytest.raises(PermissionDenied):
        answer_file_read(request=request, kind="letter", actor=reviewer)
    with pytest.raises(Exception):  # noqa: B017  (the key is shredded)
        request_data(request)
    assert request_destroy(request=request, actor=None, reason="again") == request
    assert AuditEvent.objects.filter(event="request.destroyed").count() == 1


def test_documents_blocked_for_disposition(submitted, analyst, reviewer, inventory):
    from herstel.inquiries.blockers import document_blockers

    _dossier, note, other = inventory
    request, _johan = _to_approval(submitted, analyst, inventory)
    today = timezone.localdate()
    assert document_blockers([note, other], today) == {
        note.pk: ["campaign_destruction_date", "open_request"]
    }
    answer_approve(request=request, actor=reviewer)
    request.refresh_from_db()
    after = request.campaign.destruction_from
    assert document_blockers([note], after) == {note.pk: ["objection_window"]}
    requests_close_expired(today=request.objection_until + datetime.timedelta(days=1))
    assert document_blockers([note], after) == {}
