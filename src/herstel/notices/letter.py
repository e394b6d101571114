# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The art. 13/14 letter to one data subject, as PDF (reportlab)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from reportlab.lib.units import inch
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from herstel.core.pdf.layout import build_pdf
from herstel.core.pdf.layout import plain
from herstel.core.pdf.layout import styles as pdf_styles
from herstel.dossiers.selectors import SubjectContact

__all__ = ["SubjectContact", "letter_pdf"]


def letter_pdf(
    *,
    contact: SubjectContact,
    reference: str,
    sender: str,
    on: datetime.date,
    public_notice_url: str = "",
) -> bytes:
    """Render the letter in the site language. The PDF's metadata holds no name."""
    with translation.override(settings.LANGUAGE_CODE):
        styles = pdf_styles()
        body = styles["BodyText"]
        address = "<br/>".join(
            plain(line) for line in [contact.name, *contact.address_lines]
        )
        story = [
            Paragraph(plain(sender), styles["Heading3"]),
            Spacer(1, 10 * mm),
            Paragraph(address, body),
            Spacer(1, 10 * mm),
            Paragraph(
                _("Date: %(date)s<br/>Our reference: %(reference)s")
                % {
                    "date": date_format(on, "DATE_FORMAT"),
                    "reference": plain(reference),
                },
                body,
            ),
            Spacer(1, 6 * mm),
            Paragraph(_("Information about your personal data"), styles["Heading2"]),
            Paragraph(
                pgettext("formal letter", "Dear %(name)s,")
                % {"name": plain(contact.name)},
                body,
            ),
            Paragraph(
                _(
                    "We processed personal data about you in files that should not "
                    "have held them. Under articles 13 and 14 of the General Data "
                    "Protection Regulation we inform you about this, and about what "
                    "we are doing now."
                ),
                body,
            ),
        ]
        if contact.categories:
            story.append(
                Paragraph(
                    _("The files held these kinds of data about you: %(categories)s.")
                    % {"categories": plain(", ".join(contact.categories))},
                    body,
                )
            )
        story += [
            Paragraph(
                _(
                    "Documents that existed only to process personal data are being "
                    "destroyed. Documents with a broader purpose are archived with "
                    "all personal data redacted. Nothing is destroyed while you may "
                    "still ask to see your data or object."
                ),
                body,
            ),
            Paragraph(
                _(
                    "You have the right to see the data we hold about you, to have "
                    "it corrected, and to object. You can also complain to the Dutch "
                    "Data Protection Authority (Autoriteit Persoonsgegevens). Quote "
                    "the reference above in any reply."
                ),
                body,
            ),
        ]
        if public_notice_url:
            story.append(
                Paragraph(
                    _("More information: %(url)s") % {"url": plain(public_notice_url)},
                    body,
                )
            )
        story += [Spacer(1, 8 * mm), Paragraph(plain(sender), body)]
        return build_pdf(
            story,
            title=_("Letter %(reference)s") % {"reference": reference},
            author="",
            creator="Herstel",
            on_page=None,
            leftMargin=inch,
            rightMargin=inch,
            topMargin=inch,
            bottomMargin=inch,
        )
