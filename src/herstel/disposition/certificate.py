# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The certificate of destruction (proces-verbaal van vernietiging) as PDF.

It lists what was destroyed by identifier, size and SHA-256 fingerprint of the
original; never content, file names or the names of data subjects. Staff who
prepared, approved and executed the run and the officers who cleared the
storage locations are named: accountability needs them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable
from reportlab.platypus import Paragraph
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import Spacer
from reportlab.platypus import TableStyle
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.flowables import KeepTogether

from herstel.core.pdf.fonts import SANS
from herstel.core.pdf.fonts import SANS_BOLD
from herstel.core.pdf.layout import GRID_STYLE
from herstel.core.pdf.layout import plain
from herstel.core.pdf.layout import styles as pdf_styles
from herstel.core.pdf.tagging import tag_pdf
from herstel.core.pdf.tagging import tag_table_cells
from herstel.dossiers.constants import LocationKind

from .blockers import block_text
from .constants import ItemStatus
from .models import DestructionRun
from .publications import registry as publication_registry

_CHUNK = 400  # rows per table: long tables split slowly in reportlab


def _person(user: Any) -> str:
    if user is None:
        return "-"
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return f"{full} ({user.get_username()})" if full else user.get_username()


def _when(value: Any) -> str:
    if value is None:
        return "-"
    if hasattr(value, "hour"):
        return date_format(timezone.localtime(value), "DATETIME_FORMAT")
    return date_format(value, "DATE_FORMAT")


def certificate_render(*, run: DestructionRun) -> bytes:
    """Render the certificate of a run in the site language (Dutch)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _render(run)


def _render(run: DestructionRun) -> bytes:
    styles = pdf_styles()
    body = styles["BodyText"]
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    mono = ParagraphStyle("mono", parent=small, fontName=SANS, fontSize=7)
    items = list(run.items.order_by("reference"))
    destroyed = [i for i in items if i.status == ItemStatus.DESTROYED]
    blocked = [i for i in items if i.status == ItemStatus.BLOCKED]
    story: list[Any] = [
        Paragraph(_("Certificate of destruction"), styles["Title"]),
        Paragraph(
            _("Run %(reference)s, dossier %(dossier)s")
            % {"reference": run.reference, "dossier": run.dossier.slug},
            styles["Heading2"],
        ),
    ]
    facts = [
        (_("Legal basis"), run.legal_basis),
        (_("Planned for"), _when(run.planned_for)),
        (_("Prepared by"), f"{_person(run.created_by)}, {_when(run.created_at)}"),
        (_("Approved by"), f"{_person(run.approved_by)}, {_when(run.approved_at)}"),
        (_("Executed by"), f"{_person(run.executed_by)}, {_when(run.started_at)}"),
        (_("Documents destroyed at"), _when(run.destroyed_at)),
        (_("Completed at"), _when(run.completed_at)),
        (_("Documents in the run"), str(len(items))),
        (_("Destroyed"), str(len(destroyed))),
        (_("Kept because blocked"), str(len(blocked))),
        (
            _("Bytes destroyed"),
            str(sum(i.size for i in destroyed)),
        ),
    ]
    story.append(
        _table(
            [[Paragraph(k, small), Paragraph(_escape(v), small)] for k, v in facts],
            widths=(45 * mm, 125 * mm),
        )
    )
    story += [
        *_heading(_("How copies and backups are covered")),
        Paragraph(
            _(
                "Every document was stored encrypted with its own data key. "
                "Destruction shredded both keys of each document (the original "
                "and its extracted text), recorded the key ids in the shred "
                "journal and the audit trail, and deleted the encrypted files, "
                "the encrypted file name and the personal-data findings. Copies "
                "of the encrypted files in database and storage backups can "
                "therefore no longer be decrypted. A key-store backup made "
                "before this date still holds the keys in locked form until it "
                "expires; restoring one with the documented command removes "
                "them first. Copies outside Herstel are covered by the checklist "
                "below."
            ),
            body,
        ),
        *_heading(_("Storage locations outside Herstel")),
    ]
    checks = list(run.checks.select_related("recorded_by"))
    if checks:
        kinds = dict(LocationKind.choices)
        story.append(
            _table(
                [
                    [
                        _("Location"),
                        _("Kind"),
                        _("Confirmed by officer"),
                        _("Date"),
                        _("How"),
                    ]
                ]
                + [
                    [
                        Paragraph(_escape(c.name), small),
                        Paragraph(_escape(str(kinds.get(c.kind, c.kind))), small),
                        Paragraph(_escape(c.officer_name), small),
                        _when(c.confirmed_on),
                        Paragraph(_escape(c.note), small),
                    ]
                    for c in checks
                ],
                widths=(40 * mm, 28 * mm, 35 * mm, 22 * mm, 45 * mm),
                header=True,
            )
        )
    else:
        story.append(
            Paragraph(_("No storage locations are registered for this dossier."), body)
        )
    if blocked:
        story += [
            *_heading(_("Kept out of the run")),
            _table(
                [[_("Document"), _("Reason")]]
                + [
                    [
                        i.reference,
                        Paragraph(
                            _escape(
                                "; ".join(
                                    f"{block_text(b)} ({b.get('reference', '')})"
                                    for b in i.blocked_reasons
                                )
                            ),
                            small,
                        ),
                    ]
                    for i in blocked
                ],
                widths=(40 * mm, 130 * mm),
                header=True,
            ),
        ]
    story += _heading(_("Destroyed documents"))
    header = [_("Document"), _("Size in bytes"), _("SHA-256 of the original")]
    # Plain cells, no Paragraph per row: a fingerprint fits its column on one
    # line, and laying out a Paragraph per document was most of the time a
    # certificate of 10,000 documents took.
    fingerprint = [
        ("FONTNAME", (2, 1), (2, -1), SANS),
        ("FONTSIZE", (2, 1), (2, -1), 7),
    ]
    for start in range(0, max(len(destroyed), 1), _CHUNK):
        chunk = destroyed[start : start + _CHUNK]
        story.append(
            _table(
                [header] + [[i.reference, str(i.size), i.sha256] for i in chunk],
                widths=(35 * mm, 25 * mm, 110 * mm),
                header=True,
                extra=fingerprint,
            )
        )
    story += _published_elsewhere(destroyed, small, mono)
    kept = [i for i in destroyed if i.storage_remnants]
    if kept:
        story += [
            *_heading(_("Versions object storage did not delete")),
            Paragraph(
                _(
                    "The object storage refused to delete these stored versions "
                    "(for example under a retention lock). They hold only "
                    "ciphertext whose key has been destroyed, so they cannot be "
                    "read; delete them when the storage allows it."
                ),
                body,
            ),
            _table(
                [[_("Document"), _("Version and error")]]
                + [
                    [
                        i.reference,
                        Paragraph(_escape("; ".join(i.storage_remnants)), small),
                    ]
                    for i in kept
                ],
                widths=(40 * mm, 130 * mm),
                header=True,
            ),
        ]
    story.append(
        KeepTogether(
            [
                Spacer(1, 6 * mm),
                Paragraph(
                    _(
                        "This certificate names documents by reference and "
                        "fingerprint only; it contains no content and no names "
                        "of data subjects."
                    ),
                    small,
                ),
            ]
        )
    )
    buffer = io.BytesIO()
    title = _("Certificate of destruction %(reference)s") % {"reference": run.reference}
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        initialFontName=SANS,
        title=title,
        author="Herstel",
        creator="Herstel",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
    )
    document.build(story)
    return tag_pdf(buffer.getvalue(), title=title)


def _published_elsewhere(
    destroyed: list[Any], small: ParagraphStyle, mono: ParagraphStyle
) -> list[Any]:
    """The destroyed documents of which a (redacted) copy was published."""
    published = publication_registry.publications([i.document_id for i in destroyed])
    rows = [
        [
            i.reference,
            Paragraph(_escape(p.where), small),
            Paragraph(_escape(p.url), small),
            p.published_on,
            Paragraph(p.sha256 or "-", mono),
        ]
        for i in destroyed
        for p in published.get(i.document_id, [])
    ]
    if not rows:
        return []
    return [
        *_heading(_("Published elsewhere")),
        Paragraph(
            _(
                "A copy of these documents was published outside Herstel before "
                "destruction. Destruction here does not remove the published "
                "copy; it stays public under the decision that published it."
            ),
            small,
        ),
        _table(
            [
                [
                    _("Document"),
                    _("Published by"),
                    _("Address"),
                    _("Date"),
                    _("SHA-256"),
                ],
                *rows,
            ],
            widths=(28 * mm, 35 * mm, 50 * mm, 20 * mm, 37 * mm),
            header=True,
        ),
    ]


def _heading(title: str) -> list[Flowable]:
    """A section heading with the space above it."""
    return [Spacer(1, 4 * mm), Paragraph(title, pdf_styles()["Heading3"])]


def _escape(value: str) -> str:
    return plain(value)


def _table(
    rows: list[list[Any]],
    *,
    widths: tuple[float, ...],
    header: bool = False,
    extra: Sequence[Any] = (),
) -> LongTable:
    table = LongTable(
        rows,
        colWidths=widths,
        repeatRows=1 if header else 0,
        renderCB=tag_table_cells,
    )
    style = [("FONTSIZE", (0, 0), (-1, -1), 8), *GRID_STYLE.getCommands()]
    if header:
        style += [("FONTNAME", (0, 0), (-1, 0), SANS_BOLD)]
    else:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.white)]
    table.setStyle(TableStyle([*style, *extra]))
    return table
