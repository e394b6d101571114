# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The report to Parliament as PDF (counts only)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from reportlab.lib.units import inch
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from herstel.core.pdf.layout import GRID_STYLE
from herstel.core.pdf.layout import build_pdf
from herstel.core.pdf.layout import paragraph
from herstel.core.pdf.layout import styles as pdf_styles
from herstel.core.pdf.layout import table

from .selectors import SMALL_COUNT_LIMIT
from .selectors import WHOLE_OPERATION_TEXT
from .selectors import ReportSection


def report_pdf(*, sections: list[ReportSection], period: str) -> bytes:
    styles = pdf_styles()
    story = [
        paragraph(_("Report to Parliament"), styles["Title"]),
        paragraph(period, styles["Heading3"]),
        paragraph(
            _(
                "Counts from 1 to %(limit)s are shown as < %(limit)s so that no "
                "person can be singled out. Every count is computed from the "
                "audit trail; the column 'counted from' names the events."
            )
            % {"limit": SMALL_COUNT_LIMIT - 1},
            styles["BodyText"],
        ),
    ]
    for section in sections:
        story += [Spacer(1, 4 * mm), paragraph(section.title, styles["Heading2"])]
        if section.whole_operation:
            story.append(paragraph(WHOLE_OPERATION_TEXT, styles["Italic"]))
        rows = [[_("Figure"), _("Number"), _("Counted from")]] + [
            [r.label, r.shown, r.source] for r in section.rows
        ]
        story.append(
            table(
                rows,
                widths=(95 * mm, 25 * mm, 50 * mm),
                table_style=GRID_STYLE,
                numeric=[1],
            )
        )
    return build_pdf(
        story,
        title=_("Report to Parliament"),
        on_page=None,
        leftMargin=inch,
        rightMargin=inch,
        topMargin=inch,
        bottomMargin=inch,
    )
