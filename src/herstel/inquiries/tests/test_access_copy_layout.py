# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The access copy keeps the original's layout: a PDF original keeps its page
count and page size, the words that stay readable are where they were
(±2 pt), and another person's name is found neither by text extraction, nor
in any stream, nor by OCR of the pages. An office original goes through
LibreOffice (skipped with the reason when it is not installed); plain text is
still re-typeset."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from herstel.disposition.tests.pdflayout import assert_layout_kept
from herstel.disposition.tests.pdflayout import lines_pdf
from herstel.disposition.tests.pdfscan import pdf_contains
from herstel.dossiers.selectors import subject_search
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create
from herstel.extraction.tests.external import needs_libreoffice
from herstel.extraction.tests.external import needs_tesseract
from herstel.extraction.tests.external import ocr_pages
from herstel.inquiries.constants import Channel
from herstel.inquiries.constants import VerificationMethod
from herstel.inquiries.services import answer_approve
from herstel.inquiries.services import answer_file_read
from herstel.inquiries.services import outcome_propose
from herstel.inquiries.services import request_data
from herstel.inquiries.services import request_submit

from .conftest import johan_data
from .factories import CampaignFactory
from .factories import matched
from .factories import verified_in_person

pytestmark = pytest.mark.django_db(transaction=True)

LINES = (
    "Verslag gesprek wijkteam",
    "De heer Johan van der Berg uit Zwolle sprak met imam Yusuf Kaya.",
    "Kaya is bereikbaar via y.kaya@example.nl.",
    "Het overleg over de jongerenavond duurde een uur.",
)
OTHERS = ("Kaya", "Yusuf", "y.kaya@example.nl")


def _pdf() -> bytes:
    return lines_pdf([LINES, ("Bijlage bij het verslag.",)], leading=30)


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(LINES[0], level=1)
    for line in LINES[1:]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _answered_copy(analyst, reviewer, *, data: bytes, filename: str) -> bytes:
    dossier = dossier_create(slug="layout", title="Verslagen")
    document_store(dossier=dossier, data=data, filename=filename, actor=analyst)
    campaign = CampaignFactory(dossiers=[dossier])
    request = request_submit(
        campaign=campaign,
        data=johan_data(),
        channel=Channel.WEB,
        verification_method=VerificationMethod.IN_PERSON,
    )
    verified_in_person(request, analyst)
    found = subject_search(
        actor=analyst, names=request_data(request).names, places=("Zwolle",)
    )
    matched(request, found[0].subject, analyst, "Zelfde naam en woonplaats")
    request = outcome_propose(request=request, actor=analyst)
    answer_approve(request=request, actor=reviewer)
    return answer_file_read(request=request, kind="copy", actor=reviewer)


def _assert_others_are_gone(copy: bytes) -> str:
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(copy)).pages)
    for other in OTHERS:
        assert other not in text, other
        assert not pdf_contains(copy, other), other
    return text


def test_a_pdf_original_keeps_pages_sizes_and_word_positions(analyst, reviewer):
    original = _pdf()
    copy = _answered_copy(analyst, reviewer, data=original, filename="verslag.pdf")
    assert len(PdfReader(io.BytesIO(copy)).pages) == 2
    kept = ("Johan", "Berg", "Zwolle", "jongerenavond", "Bijlage")
    assert_layout_kept(original, copy, kept)
    text = _assert_others_are_gone(copy)
    assert "Johan van der Berg" in text and "Zwolle" in text
    # Not re-typeset: no "layout not kept" note on the page.
    assert "re-typeset" not in text


@needs_tesseract
def test_ocr_of_the_pdf_copy_finds_no_other_person(analyst, reviewer):
    copy = _answered_copy(analyst, reviewer, data=_pdf(), filename="verslag.pdf")
    ocr = ocr_pages(copy)
    assert "Zwolle" in ocr  # the OCR does read the page
    for other in ("Kaya", "Yusuf"):
        assert other not in ocr, other


@needs_libreoffice
def test_an_office_original_is_converted_not_retypeset(analyst, reviewer):
    copy = _answered_copy(analyst, reviewer, data=_docx(), filename="verslag.docx")
    text = _assert_others_are_gone(copy)
    assert "Johan van der Berg" in text and "jongerenavond" in text
    assert "re-typeset" not in text
    # LibreOffice's page: A4 or Letter, as Writer lays the document out.
    page = PdfReader(io.BytesIO(copy)).pages[0]
    width = float(page.mediabox.width)
    assert any(abs(width - size) < 1 for size in (595.3, 612.0)), width


def test_plain_text_is_still_typeset(analyst, reviewer):
    copy = _answered_copy(
        analyst, reviewer, data="\n\n".join(LINES).encode(), filename="verslag.txt"
    )
    text = _assert_others_are_gone(copy)
    assert "Johan van der Berg" in text
