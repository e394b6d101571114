# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The answer to an access request: explanation letter and access copy.

The letter carries the items of GDPR art. 15(1) and is rendered from one
template as mail text and as PDF. The access copy holds every document in
which a matched subject appears, with the requester's own data readable and
everything identifying another person burned out (the art. 15 rule of
:mod:`.access_copy`). PDF originals keep their pages and layout (the
disposition's layout-kept redaction); office documents and HTML go through
LibreOffice first when it is installed; e-mail and plain text are re-typeset.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext as _

from pypdf import PdfReader
from pypdf import PdfWriter

from herstel.core.pdf.redaction import RedactionBox
from herstel.core.pdf.tagging import tag_pdf
from herstel.core.progress import progress_report
from herstel.detection.base import Category
from herstel.disposition.services import document_redacted_copy
from herstel.dossiers.constants import ViewPurpose
from herstel.dossiers.selectors import documents_readable
from herstel.dossiers.selectors import subject_mention_spans
from herstel.dossiers.services import document_text_read

from .access_copy import mention_infos
from .access_copy import plan_access_copy
from .constants import LetterKind
from .constants import MatchDecision
from .letter import answer_letter_pdf
from .letter_templates import letter_context
from .letter_templates import letter_render
from .letter_templates import letter_template_body

if TYPE_CHECKING:
    from herstel.core.actor import Actor
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


def access_copy_build(
    *, request: AccessRequest, actor: Actor, data: RequestData
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
        progress_report(done=count, total=len(documents))
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
        # Layout kept for PDF and office originals (disposition's engine).
        pdf = document_redacted_copy(
            document=document,
            text=text,
            boxes=[RedactionBox(start, end, REDACTION_CODE) for start, end in boxes],
            actor=actor,
            purpose=ViewPurpose.ACCESS_REQUEST,
            tagged=False,  # the joined copy is tagged once, below
        )
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
    writer.add_metadata({"/Producer": "Herstel"})
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf = b""
    if count:
        with translation.override(request.language):
            title = _("Access copy %(reference)s") % {"reference": request.reference}
        pdf = tag_pdf(buffer.getvalue(), title=title, language=request.language)
    return AccessCopy(
        pdf=pdf,
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
    """The letter in the requester's language, from the wording in force (the
    privacy officer's template, else the standard one)."""
    from herstel.core.identity import organisation_identity

    labels = dict(Category.choices)
    campaign = request.campaign
    language = request.language
    kind = LetterKind.ANSWER if copy.documents else LetterKind.NO_DATA
    with translation.override(language):
        categories = [str(labels.get(c, c)) for c in copy.categories]
    context = letter_context(
        reference=request.reference,
        received_on=request.received_on,
        name=data.names[0] if data.names else "",
        categories=categories,
        documents=[
            {
                "reference": item.reference,
                "date": item.stored_on,
                "source": item.dossier,
                "pages": item.pages,
            }
            for item in copy.listed
        ],
        purposes=campaign.localized("purposes", language),
        source=campaign.localized("source", language),
        dossiers=list(copy.dossiers),
        recipients=campaign.localized("recipients", language),
        destruction_from=campaign.destruction_from,
        objection_days=campaign.objection_days,
        organisation=organisation_identity().name,
        today=timezone.localdate(),
        language=language,
    )
    return letter_render(
        body=letter_template_body(kind=kind, language=language),
        context=context,
        language=language,
    )


def _letter_title(request: AccessRequest) -> str:
    with translation.override(request.language):
        return _("Answer to your request %(reference)s") % {
            "reference": request.reference
        }


def letter_build(
    *, request: AccessRequest, data: RequestData, copy: AccessCopy
) -> Letter:
    text = letter_text(request=request, data=data, copy=copy)
    return Letter(
        text=text,
        # Letterhead, signatory and "page x of y" (issue 13): inquiries/letter.py.
        pdf=answer_letter_pdf(
            title=_letter_title(request),
            text=text,
            reference=request.reference,
            on=timezone.localdate(),
            language=request.language,
        ),
    )
