# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""From scope to package: assessment, a third party's view the decision waits
for, four eyes, a ZIP whose manifest holds, redacted PDFs that leak nothing,
documents held from destruction until the appeal window ends, and a published
copy listed on a later certificate of destruction."""

from __future__ import annotations

import datetime
import hashlib
import io
import zipfile

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from herstel.audit.models import AuditEvent
from herstel.core.pdf.tagging import claims_pdfua
from herstel.core.pdf.tagging import fonts_embedded
from herstel.core.pdf.tagging import is_tagged
from herstel.disposition.blockers import registry as blocker_registry
from herstel.disposition.selectors import run_preview
from herstel.disposition.services import run_execute
from herstel.disposition.services import run_prepare
from herstel.disposition.tests.factories import NAMES
from herstel.disposition.tests.factories import approve_destroy
from herstel.disposition.tests.factories import approved_run
from herstel.disposition.tests.factories import certificate_text
from herstel.disposition.tests.pdfscan import pdf_contains
from herstel.woo.constants import Judgement
from herstel.woo.constants import RequestStatus
from herstel.woo.production_report import HEADERS
from herstel.woo.services import woo_decision_approve
from herstel.woo.services import woo_decision_propose
from herstel.woo.services import woo_item_assess
from herstel.woo.services import woo_package_read
from herstel.woo.services import woo_publication_record
from herstel.woo.services import woo_request_withdraw
from herstel.woo.services import woo_third_party_add
from herstel.woo.services import woo_third_party_respond

from .factories import REQUESTER
from .factories import analyst
from .factories import documents_reviewed
from .factories import reviewer
from .factories import woo_request

pytestmark = pytest.mark.django_db

PLAN = [
    (Judgement.PUBLIC, (), ""),
    (Judgement.PARTIAL_PUBLIC, (), ""),
    (Judgement.PARTIAL_PUBLIC, (), ""),
    (Judgement.NOT_PUBLIC, ("5.1.2e", "5.1.1d"), ""),
    (Judgement.ALREADY_PUBLIC, (), "https://open.overheid.nl/documenten/abc"),
]


@pytest.fixture
def decided():
    preparer, approver = analyst(), reviewer()
    documents = documents_reviewed("woo", len(PLAN), preparer)
    request = woo_request(preparer, documents)
    items = list(request.items.order_by("number"))
    for item, (judgement, grounds, link) in zip(items, PLAN, strict=True):
        woo_item_assess(
            item=item, judgement=judgement, grounds=grounds, link=link, actor=preparer
        )
    party = woo_third_party_add(request=request, label="Gemeente Tiel", actor=preparer)
    with pytest.raises(ValidationError, match="Gemeente Tiel"):
        woo_decision_propose(request=request, actor=preparer)
    woo_third_party_respond(party=party, note="Geen bezwaar.", actor=preparer)
    request = woo_decision_propose(
        request=request, actor=preparer, summary="Afweging: openbaarheid weegt zwaar."
    )
    with pytest.raises(PermissionDenied):
        woo_decision_approve(request=request, actor=preparer)
    request = woo_decision_approve(request=request, actor=approver)
    return request, documents, preparer, approver


def test_the_package_holds_letter_inventory_documents_and_manifest(decided):
    request, _documents, _preparer, approver = decided
    assert request.status == RequestStatus.DECIDED
    assert request.appeal_ends_on == timezone.localdate() + datetime.timedelta(weeks=6)
    data = woo_package_read(request=request, actor=approver)
    assert hashlib.sha256(data).hexdigest() == request.package_sha256
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    ref = request.reference
    assert names == {
        f"besluit-{ref}.pdf",
        f"inventaris-{ref}.pdf",
        f"inventaris-{ref}.xlsx",
        "documenten/0001.pdf",
        "documenten/0002.pdf",
        "documenten/0003.pdf",
        "manifest-sha256.txt",
    }
    manifest = archive.read("manifest-sha256.txt").decode().splitlines()
    assert len(manifest) == len(names) - 1
    for line in manifest:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256(archive.read(name)).hexdigest() == digest

    # Every PDF of the package is a tagged PDF with a language and a title.
    for name in names - {"manifest-sha256.txt"}:
        if name.endswith(".pdf"):
            marked, language, _title = is_tagged(archive.read(name))
            assert marked and language == "nl", name
            assert fonts_embedded(archive.read(name)), name
    letter = "\n".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(archive.read(f"besluit-{ref}.pdf"))).pages
    )
    assert ref in letter
    assert "5.1.2e" in letter
    assert "Afweging" in letter
    assert REQUESTER not in letter

    sheet = load_workbook(io.BytesIO(archive.read(f"inventaris-{ref}.xlsx"))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    judgements = [r[HEADERS.index("Beoordeling")] for r in rows[1:]]
    assert judgements == [
        "Openbaar",
        "Deels openbaar",
        "Deels openbaar",
        "Niet openbaar",
        "Reeds openbaar",
    ]
    assert rows[4][HEADERS.index("Beoordelingsgrond")] == "5.1.2e; 5.1.1d"
    assert "5.1.2e" in rows[2][HEADERS.index("Beoordelingsgrond")]
    assert rows[5][HEADERS.index("Publieke Link")] == PLAN[4][2]
    assert [r[0] for r in rows[1:]] == ["0001", "0002", "0003", "0004", "0005"]


def test_every_redacted_pdf_leaks_nothing(decided):
    request, documents, _preparer, approver = decided
    archive = zipfile.ZipFile(
        io.BytesIO(woo_package_read(request=request, actor=approver))
    )
    for number, _document in ((2, documents[1]), (3, documents[2])):
        pdf = archive.read(f"documenten/{number:04d}.pdf")
        name = NAMES[(number - 1) % len(NAMES)]
        longest = max(name.split(), key=len)
        for secret in (name, longest, "111222333"):
            assert not pdf_contains(pdf, secret), (number, secret)
        assert pdf_contains(pdf, "5.1.2e")
        assert pdf_contains(pdf, "toeslag")
    # The withheld and the already public documents are not in the package.
    assert "documenten/0004.pdf" not in archive.namelist()
    assert AuditEvent.objects.filter(event="woo.package_downloaded").count() == 1


def test_documents_in_scope_are_held_until_the_appeal_window_ends(decided):
    request, documents, _preparer, _approver = decided
    today = timezone.localdate()
    blocks = blocker_registry.blocks(documents, today)
    assert set(blocks) == {d.pk for d in documents}
    assert blocks[documents[0].pk][0].reference == request.reference
    after = request.appeal_ends_on + datetime.timedelta(days=1)
    assert not blocker_registry.blocks(documents, after)


def test_an_open_request_blocks_destruction_in_the_run_preview():
    preparer, approver = analyst(), reviewer()
    documents = documents_reviewed("run", 3, preparer)
    approve_destroy(documents, preparer, approver)
    request = woo_request(preparer, documents[:1])
    run = run_prepare(
        dossier=documents[0].dossier,
        planned_for=timezone.localdate(),
        legal_basis="AVG art. 17",
        actor=preparer,
    )
    rows = {
        row.item.document_id: row.blocks for row in run_preview(actor=preparer, run=run)
    }
    assert rows[documents[1].pk] == []
    [block] = rows[documents[0].pk]
    assert block["blocker"] == "woo_request"
    assert block["reference"] == request.reference
    assert "Woo" in block["text"]


def test_a_published_copy_is_listed_on_a_later_certificate(decided):
    request, documents, preparer, approver = decided
    woo_publication_record(
        request=request, url="https://open.minvws.nl/dossier/W-1", actor=preparer
    )
    approve_destroy(documents[:2], preparer, approver)
    later = request.appeal_ends_on + datetime.timedelta(days=1)
    run = approved_run(documents[0].dossier, preparer, approver, planned_for=later)
    run = run_execute(run=run, actor=preparer, on=later)
    assert is_tagged(bytes(run.certificate))[0]
    assert claims_pdfua(bytes(run.certificate))
    text = certificate_text(run)
    assert "https://open.minvws.nl/dossier/W-1" in text
    assert request.reference in text
    assert request.items.get(number=2).pdf_sha256[:20] in text.replace("\n", "")


def test_assessment_rules():
    preparer = analyst()
    [document] = documents_reviewed("rules", 1, preparer)
    item = woo_request(preparer, [document]).items.get()
    with pytest.raises(ValidationError):
        woo_item_assess(item=item, judgement=Judgement.NOT_PUBLIC, actor=preparer)
    with pytest.raises(ValidationError):
        woo_item_assess(item=item, judgement=Judgement.ALREADY_PUBLIC, actor=preparer)
    with pytest.raises(ValidationError):
        woo_item_assess(
            item=item, judgement=Judgement.NOT_PUBLIC, grounds=["9.9"], actor=preparer
        )
    with pytest.raises(PermissionDenied):
        woo_item_assess(item=item, judgement=Judgement.PUBLIC, actor=reviewer())


def test_a_withdrawn_request_no_longer_holds_its_documents():
    preparer = analyst()
    documents = documents_reviewed("withdrawn", 2, preparer)
    request = woo_request(preparer, documents)
    today = timezone.localdate()
    assert set(blocker_registry.blocks(documents, today)) == {d.pk for d in documents}
    with pytest.raises(ValidationError):
        woo_request_withdraw(request=request, reason=" ", actor=preparer)
    request = woo_request_withdraw(
        request=request, reason="Per e-mail ingetrokken", actor=preparer
    )
    assert request.status == RequestStatus.WITHDRAWN
    assert not blocker_registry.blocks(documents, today)
    with pytest.raises(ValidationError):
        woo_request_withdraw(request=request, reason="Nog eens", actor=preparer)
