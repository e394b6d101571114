# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The art. 15 answer letter as a PDF a civil servant would sign.

Letterhead (logo, organisation name and address from configuration, see
:mod:`herstel.core.identity`), date and reference, the letter text (the
privacy officer's wording, :mod:`.letter_templates`), the signatory, and
"page x of y" on every page.
"""

from __future__ import annotations

import datetime
from typing import Any
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from herstel.core.identity import OrganisationIdentity
from herstel.core.identity import organisation_identity
from herstel.core.identity import palette
from herstel.core.pdf.fonts import SANS
from herstel.core.pdf.layout import build_pdf
from herstel.core.pdf.layout import styles as pdf_styles
from herstel.core.pdf.tagging import FigureImage
from herstel.core.pdf.tagging import artifact

__all__ = ["answer_letter_pdf"]

MARGIN = 25 * mm
_MARGINS = ("leftMargin", "rightMargin", "topMargin", "bottomMargin")


class _NumberedCanvas(Canvas):
    """Writes "page x of y" once the number of pages is known."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - reportlab's API
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            label = _("Page %(page)d of %(total)d") % {
                "page": self._pageNumber,
                "total": total,
            }
            with artifact(self):
                self.setFont(SANS, 8)
                self.drawRightString(A4[0] - MARGIN, 12 * mm, label)
                if self._footer:
                    self.drawString(MARGIN, 12 * mm, self._footer)
            super().showPage()
        super().save()


def _letterhead(identity: OrganisationIdentity, styles: Any) -> list[Any]:
    story: list[Any] = []
    if identity.logo is not None:
        try:
            logo = FigureImage(
                str(identity.logo),
                alt=_("Logo of %(organisation)s") % {"organisation": identity.name},
            )
            ratio = logo.imageHeight / max(1, logo.imageWidth)
            logo.drawWidth = 40 * mm
            logo.drawHeight = 40 * mm * ratio
            logo.hAlign = "LEFT"
            story.append(logo)
            story.append(Spacer(1, 3 * mm))
        except Exception:  # noqa: S110 - a broken logo file only loses the logo
            pass
    story.append(
        Paragraph(
            escape(identity.name),
            ParagraphStyle(
                "Letterhead",
                parent=styles["Heading3"],
                textColor=colors.HexColor(palette(identity.colour).text),
            ),
        )
    )
    if identity.address:
        story.append(
            Paragraph(
                "<br/>".join(escape(a) for a in identity.address), styles["Normal"]
            )
        )
    story.append(Spacer(1, 8 * mm))
    return story


def answer_letter_pdf(
    *,
    title: str,
    text: str,
    reference: str,
    on: datetime.date,
    language: str = "nl",
) -> bytes:
    """The letter text as a signed-off PDF with letterhead and page numbers."""
    identity = organisation_identity()
    with translation.override(language):
        styles = pdf_styles()
        story = _letterhead(identity, styles)
        story.append(
            Paragraph(
                escape(_("Date: %(date)s") % {"date": date_format(on, "DATE_FORMAT")})
                + "<br/>"
                + escape(_("Our reference: %(reference)s") % {"reference": reference}),
                styles["Normal"],
            )
        )
        story.append(Spacer(1, 6 * mm))
        for block in text.split("\n\n"):
            lines = [escape(line) for line in block.strip().splitlines()]
            if lines:
                story.append(Paragraph("<br/>".join(lines), styles["BodyText"]))
                story.append(Spacer(1, 2 * mm))
        story.append(Spacer(1, 8 * mm))
        closing = [escape(_("Yours sincerely,"))]
        if identity.signatory_name:
            closing.append(escape(identity.signatory_name))
        if identity.signatory_role:
            closing.append(escape(identity.signatory_role))
        closing.append(escape(identity.name))
        story.append(Paragraph("<br/>".join(closing), styles["BodyText"]))
        footer = f"{identity.name} · {reference}"

        def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
            return _NumberedCanvas(*args, footer=footer, **kwargs)

        return build_pdf(
            story,
            title=title,
            author=identity.name,
            on_page=None,
            canvasmaker=make_canvas,
            **dict.fromkeys(_MARGINS, MARGIN),
        )
