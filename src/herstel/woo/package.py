# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The decision package: one ZIP a publication platform can take as it is.

- ``besluit-<reference>.pdf``: the decision letter;
- ``inventaris-<reference>.pdf`` and ``.xlsx``: the inventory for people and
  the production report in the VWS Woo platform's layout;
- ``documenten/<ID>.pdf``: every disclosed document, redacted where partly
  public, named by its inventory ID;
- ``manifest-sha256.txt``: the SHA-256 of every other file, in the format
  ``sha256sum -c`` checks.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import zipfile
from dataclasses import dataclass
from dataclasses import field
from typing import TYPE_CHECKING
from typing import Any

from herstel.core.progress import progress_report
from herstel.disposition.selectors import ground_list
from herstel.disposition.selectors import redaction_of
from herstel.disposition.services import document_publication_pdf
from herstel.disposition.services import redaction_pdf_read

from .constants import PUBLISHED_JUDGEMENTS
from .constants import Judgement
from .letters import decision_letter_pdf
from .letters import inventory_pdf
from .production_report import ReportRow
from .production_report import production_report_xlsx

if TYPE_CHECKING:
    from herstel.core.actor import Actor

MANIFEST = "manifest-sha256.txt"
DOCUMENTS_FOLDER = "documenten"


@dataclass(slots=True)
class Package:
    """The ZIP and the fingerprint of each document's PDF (by scope item id)."""

    data: bytes
    sha256: str
    document_sha256: dict[int, str] = field(default_factory=dict)


def report_rows(request: Any) -> list[ReportRow]:
    """One production-report row per document in scope, by inventory number."""
    return [
        ReportRow(
            document_id=item.document_id_text,
            matter=request.reference,
            document=f"{item.document_id_text}.pdf",
            file_type="pdf",
            date=item.document.created_at.date().isoformat(),
            judgement=item.judgement,
            grounds=tuple(item.grounds),
            remark=item.remark,
            link=item.link,
            case_number=request.reference,
        )
        for item in request.items.select_related("document").order_by("number")
    ]


def _document_pdf(item: Any, actor: Actor) -> bytes:
    if item.judgement == Judgement.PARTIAL_PUBLIC:
        redaction = redaction_of(document=item.document)
        assert redaction is not None
        return redaction_pdf_read(redaction=redaction, actor=actor)
    return document_publication_pdf(document=item.document, actor=actor)


def package_build(*, request: Any, actor: Actor, decided_on: datetime.date) -> Package:
    """Render every file and zip them with their manifest."""
    rows = report_rows(request)
    articles = {g.code: g.article for g in ground_list(actor=actor, active_only=False)}
    files: list[tuple[str, bytes]] = [
        (
            f"besluit-{request.reference}.pdf",
            decision_letter_pdf(
                request=request,
                rows=rows,
                articles=articles,
                views=list(request.third_parties.all()),
                decided_on=decided_on,
            ),
        ),
        (
            f"inventaris-{request.reference}.pdf",
            inventory_pdf(request=request, rows=rows),
        ),
        (f"inventaris-{request.reference}.xlsx", production_report_xlsx(rows)),
    ]
    document_sha256: dict[int, str] = {}
    items = list(request.items.select_related("document").order_by("number"))
    for done, item in enumerate(items):
        progress_report(done=done, total=len(items))
        if item.judgement not in PUBLISHED_JUDGEMENTS:
            continue
        pdf = _document_pdf(item, actor)
        document_sha256[item.pk] = hashlib.sha256(pdf).hexdigest()
        files.append((f"{DOCUMENTS_FOLDER}/{item.document_id_text}.pdf", pdf))
    manifest = "".join(
        f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in files
    )
    files.append((MANIFEST, manifest.encode()))
    buffer = io.BytesIO()
    stamp = (decided_on.year, decided_on.month, decided_on.day, 0, 0, 0)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    data = buffer.getvalue()
    return Package(
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        document_sha256=document_sha256,
    )
