# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The decision letter and the inventory list as PDFs.

The letter goes on the configured letterhead (the same letter layout as an
access request's answer); the inventory is a table for people, with the same
rows the production report has for the platform.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from reportlab.lib.units import mm

from herstel.core.pdf.layout import build_pdf
from herstel.core.pdf.layout import paragraph
from herstel.core.pdf.layout import styles
from herstel.core.pdf.layout import table
from herstel.inquiries.letter import answer_letter_pdf

from . import terms
from .constants import Judgement
from .production_report import ReportRow


def _date(day: datetime.date) -> str:
    return date_format(day, "DATE_FORMAT")


def decision_text(
    *,
    request: Any,
    rows: Sequence[ReportRow],
    articles: Mapping[str, str],
    views: Sequence[Any],
    decided_on: datetime.date,
) -> str:
    """The letter's text (paragraphs separated by blank lines)."""
    counts = {j: sum(1 for r in rows if r.judgement == j) for j in Judgement.values}
    parts = [
        _("Decision on your request under the Open Government Act (Woo)"),
        _(
            "On %(received)s we received your request about: %(subject)s. "
            "This letter is our decision."
        )
        % {"received": _date(request.received_on), "subject": request.subject},
    ]
    if request.extended_on:
        parts.append(
            _("We extended the term by two weeks: %(reason)s")
            % {"reason": request.extension_reason}
        )
    parts.append(
        ngettext(
            "We found %(count)d document that falls under your request.",
            "We found %(count)d documents that fall under your request.",
            len(rows),
        )
        % {"count": len(rows)}
    )
    lines = [
        f"- {label}: {counts[value]}"
        for value, label in Judgement.choices
        if counts[value]
    ]
    parts.append(_("Our assessment per document:") + "\n" + "\n".join(lines))
    used = sorted({g for r in rows for g in r.grounds})
    if used:
        parts.append(
            _("We withhold information on these grounds of the Woo:")
            + "\n"
            + "\n".join(f"- {code}: {articles.get(code, code)}" for code in used)
        )
    if views:
        parts.append(
            ngettext(
                "We asked %(count)d third party for its view before deciding and "
                "weighed the view it gave.",
                "We asked %(count)d third parties for their views before deciding "
                "and weighed the views they gave.",
                len(views),
            )
            % {"count": len(views)}
        )
    if request.decision_summary:
        parts.append(request.decision_summary)
    parts.append(
        _(
            "The enclosed inventory lists every document with its number and "
            "assessment; the documents we disclose are enclosed as PDFs named "
            "by that number, with every withheld passage marked by its ground."
        )
    )
    parts.append(
        _(
            "If you disagree with this decision, you can object within six weeks "
            "of its date, that is until %(date)s, by writing to us with your "
            "name, address, the date, this reference and why you disagree."
        )
        % {"date": _date(terms.appeal_end(decided_on))}
    )
    return "\n\n".join(parts)


def decision_letter_pdf(
    *,
    request: Any,
    rows: Sequence[ReportRow],
    articles: Mapping[str, str],
    views: Sequence[Any],
    decided_on: datetime.date,
) -> bytes:
    """The decision letter on the letterhead, in the site language."""
    with translation.override(settings.LANGUAGE_CODE):
        text = decision_text(
            request=request,
            rows=rows,
            articles=articles,
            views=views,
            decided_on=decided_on,
        )
        return answer_letter_pdf(
            title=_("Woo decision %(reference)s") % {"reference": request.reference},
            text=text,
            reference=request.reference,
            on=decided_on,
            language=settings.LANGUAGE_CODE,
        )


def inventory_pdf(*, request: Any, rows: Sequence[ReportRow]) -> bytes:
    """The inventory list as a table for people."""
    with translation.override(settings.LANGUAGE_CODE):
        sheet = styles()
        labels = dict(Judgement.choices)
        story: list[Any] = [
            paragraph(
                _("Inventory of Woo decision %(reference)s")
                % {"reference": request.reference},
                sheet["Title"],
            ),
            paragraph(request.subject, sheet["BodyText"]),
            table(
                [
                    [
                        _("Number"),
                        _("Document"),
                        _("Date"),
                        _("Assessment"),
                        _("Grounds"),
                        _("Explanation or address"),
                    ]
                ]
                + [
                    [
                        r.document_id,
                        r.document,
                        r.date,
                        str(labels[r.judgement]),
                        "; ".join(r.grounds),
                        r.link or r.remark,
                    ]
                    for r in rows
                ],
                widths=(16 * mm, 24 * mm, 22 * mm, 28 * mm, 30 * mm, 50 * mm),
                style=sheet["Small"],
            ),
        ]
        return build_pdf(
            story,
            title=_("Inventory of Woo decision %(reference)s")
            % {"reference": request.reference},
        )
