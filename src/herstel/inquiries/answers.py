# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The answer to an access request: explanation letter and access copy.

The letter carries the items of GDPR art. 15(1) and is rendered from one
template as mail text and as PDF. The access copy holds every document in
which a matched subject appears, re-typeset by the redaction engine with the
requester's own name visible and every other mention burned out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.template.loader import render_to_string
from django.utils import timezone, translation

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from herstel.core.pdf.layout import build_pdf, plain, styles as pdf_styles
from herstel.detection.base import Category
from herstel.dossiers.constants import ViewPurpose
from herstel.dossiers.selectors import documents_readable, subject_mention_spans
from herstel.dossiers.services import document_text_read

from .access_copy import mention_infos, plan_access_copy
from .constants import MatchDecision
from .letter import answer_letter_pdf

if TYPE_CHECKING:
    from herstel.dossiers.models import Document

    from .models import AccessRequest
    from .request_data import RequestData

# Printed on every box in the access copy: the rights of others (art. 15(4)).
REDACTION_CODE = "AVG 15(4)"


@dataclass(frozen=True, slots=True)
class CopyDocument:
    reference: str
    dossier: str
    stored_on: date
    media_type: str
    pages: int


@dataclass(frozen=True, slots=True)
class AccessCopy:
    pdf: bytes
    """Empty when nothing was found."""
    documents: int
    redactions: int
    categories: tuple[str, ...]
    dossiers: tuple[str, ...]
    listed: tuple[CopyDocument, ...] = ()
    """The documents in the copy, for the letter's list."""


@dataclass(frozen=True, slots=True)
class Letter:
    text: str
    pdf: bytes


def redact_document(
    *, text: str, boxes: Sequence[tuple[int, int]], title: str
) -> bytes:
    """Burn ``boxes`` into a re-typeset PDF of ``text``.

    The one place that calls the redaction engine (``core.pdf.redaction``).
    """
    from herstel.core.pdf.redaction import RedactionBox, redact_to_pdf

    return redact_to_pdf(
        text=text,
        boxes=[RedactionBox(start, end, REDACTION_CODE) for start, end in boxes],
        title=title,
    )


def access_copy_build(
    *, request: AccessRequest, actor: Any, data: RequestData
) -> AccessCopy:
    """Redacted copies of the documents the matched subjects appear in.

    The requester's own name mentions stay readable; every other mention
    (other people, and any data that cannot be attributed) is redacted.
    Each document read is audited for ``actor`` with purpose access_request.
    """
    subject_ids = list(
        request.matches.filter(decision=MatchDecision.MATCH).values_list(
            "subject_id", flat=True
        )
    )
    if not subject_ids:
        return AccessCopy(
            pdf=b"", documents=0, redactions=0, categories=(), dossiers=()
        )
    documents = access_copy_documents(subject_ids=subject_ids)
    writer = PdfWriter()
    redactions = 0
    categories: set[str] = set()
    dossiers: dict[str, None] = {}
    count = 0
    listed: list[CopyDocument] = []
    for document in documents:
        text = document_text_read(
            document=document, actor=actor, purpose=ViewPurpose.ACCESS_REQUEST
        )
        # The art. 15 rule (issue 13): inquiries/access_copy.py.
        plan = plan_access_copy(
            text=text,
            mentions=mention_infos(document.mentions.all()),
            own_subject_ids=subject_ids,
        )
        categories |= plan.own_categories
        boxes = [(b.start, b.end) for b in plan.boxes]
        redactions += len(boxes)
        dossiers[document.dossier.title] = None
        pdf = redact_document(text=text, boxes=boxes, title=document.reference)
        pages = PdfReader(io.BytesIO(pdf)).pages
        for page in pages:
            writer.add_page(page)
        listed.append(
            CopyDocument(
                reference=document.reference,
                dossier=document.dossier.title,
                stored_on=timezone.localtime(document.created_at).date(),
                media_type=document.media_type,
                pages=len(pages),
            )
        )
        count += 1
    if count:
        categories.add(Category.PERSON)
    writer.add_metadata({"/Title": request.reference, "/Producer": "Herstel"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return AccessCopy(
        pdf=buffer.getvalue() if count else b"",
        documents=count,
        redactions=redactions,
        categories=tuple(sorted(categories)),
        dossiers=tuple(dossiers),
        listed=tuple(listed),
    )


def access_copy_documents(*, subject_ids: Sequence[int]) -> list[Document]:
    """The stored documents in which the matched subjects appear, in order."""
    own = subject_mention_spans(subject_ids=subject_ids)
    return list(documents_readable(document_ids=own))


def letter_text(*, request: AccessRequest, data: RequestData, copy: AccessCopy) -> str:
    labels = dict(Category.choices)
    campaign = request.campaign
    with translation.override(request.language):
        return render_to_string(
            "inquiries/letter.txt",
            {
                "request": request,
                "data": data,
                "campaign": campaign,
                "copy": copy,
                "categories": [str(labels.get(c, c)) for c in copy.categories],
                "today": timezone.localdate(),
            },
        ).strip()


def letter_pdf(*, title: str, text: str, language: str = "nl") -> bytes:
    """A plain, accessible PDF of the letter text (paragraphs split on blank lines)."""
    styles = pdf_styles()
    story: list[Any] = []
    for block in text.split("\n\n"):
        lines = [plain(line) for line in block.strip().splitlines()]
        if not lines:
            continue
        story.append(Paragraph("<br/>".join(lines), styles["BodyText"]))
        story.append(Spacer(1, 3 * mm))
    return build_pdf(
        story,
        title=title,
        lang=language,
        on_page=None,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        bottomMargin=25 * mm,
    )


def letter_build(
    *, request: AccessRequest, data: RequestData, copy: AccessCopy
) -> Letter:
    text = letter_text(request=request, data=data, copy=copy)
    return Letter(
        text=text,
        # Letterhead, signatory and "page x of y" (issue 13): inquiries/letter.py.
        pdf=answer_letter_pdf(
            title=request.reference,
            text=text,
            reference=request.reference,
            on=timezone.localdate(),
            language=request.language,
        ),
    )
