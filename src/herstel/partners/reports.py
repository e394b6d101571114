# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The register's reports: what goes in them, and PDF, CSV and ODS renderings.

The public annual overview lists organisations only (never people) with their
structural contact moments of a year, per theme. The confidential list lists
every organisation with a structural or incidental contact since a date.
Signal contacts are only ever counted per theme and quarter.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections import defaultdict
from dataclasses import asdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Count
from django.db.models import F
from django.db.models import Max
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table
from odf.table import TableCell
from odf.table import TableColumn
from odf.table import TableRow
from odf.text import P
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from herstel.core.pdf.fonts import SANS
from herstel.core.pdf.fonts import SANS_BOLD
from herstel.core.pdf.layout import build_pdf
from herstel.core.pdf.layout import paragraph
from herstel.core.pdf.layout import styles as pdf_styles
from herstel.core.pdf.layout import table as pdf_table

from .constants import OrganisationKind
from .constants import Tier
from .models import ContactMoment
from .models import Organisation
from .models import Theme

NO_THEME = ""

OPEN_DATA_COLUMNS = (
    "year",
    "theme_code",
    "theme_nl",
    "theme_en",
    "organisation",
    "kvk_number",
    "organisation_type",
    "website",
    "contact_moments",
)
"""Columns of the open-data files, in order; documented in docs/partners.md."""


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One organisation under one theme in the public annual overview."""

    year: int
    theme_code: str
    theme_nl: str
    theme_en: str
    organisation: str
    kvk_number: str
    organisation_type: str
    website: str
    contact_moments: int

    @property
    def theme(self) -> str:
        if (translation.get_language() or "nl").startswith("en"):
            return self.theme_en
        return self.theme_nl

    @property
    def organisation_type_label(self) -> str:
        return str(dict(OrganisationKind.choices).get(self.organisation_type, ""))


def overview_rows(*, year: int) -> list[OverviewRow]:
    """Organisations with structural contact moments in ``year``, per theme.

    A contact moment counts under each of its themes (or under "no theme").
    Only names, KvK numbers, types and websites of organisations appear:
    topics, notes and outcomes never do.
    """
    themes = {t.pk: t for t in Theme.objects.all()}
    counts: dict[tuple[int | None, int], int] = defaultdict(int)
    contacts = ContactMoment.objects.filter(
        tier=Tier.STRUCTURAL, date__year=year
    ).prefetch_related("themes", "organisations")
    for contact in contacts:
        theme_ids: list[int | None] = [t.pk for t in contact.themes.all()] or [None]
        for organisation in contact.organisations.all():
            for theme_id in theme_ids:
                counts[(theme_id, organisation.pk)] += 1
    organisations = Organisation.objects.in_bulk(list({pk for _t, pk in counts}))
    rows = []
    for (theme_id, organisation_id), count in counts.items():
        organisation = organisations[organisation_id]
        theme = themes.get(theme_id) if theme_id else None
        rows.append(
            OverviewRow(
                year=year,
                theme_code=theme.code if theme else NO_THEME,
                theme_nl=theme.name_nl if theme else "Zonder thema",
                theme_en=theme.name_en if theme else "No theme",
                organisation=organisation.name,
                kvk_number=organisation.kvk_number,
                organisation_type=organisation.kind,
                website=organisation.website,
                contact_moments=count,
            )
        )
    position = {t.code: t.position for t in themes.values()}
    return sorted(
        rows,
        key=lambda r: (
            r.theme_code == NO_THEME,
            position.get(r.theme_code, 0),
            r.theme_code,
            r.organisation.casefold(),
        ),
    )


def rows_to_snapshot(rows: list[OverviewRow]) -> list[dict[str, Any]]:
    return [asdict(row) for row in rows]


def rows_from_snapshot(data: list[dict[str, Any]]) -> list[OverviewRow]:
    return [OverviewRow(**{c: item[c] for c in OPEN_DATA_COLUMNS}) for item in data]


@dataclass(frozen=True, slots=True)
class ThemeGroup:
    code: str
    name: str
    rows: list[OverviewRow]

    @property
    def total(self) -> int:
        return sum(row.contact_moments for row in self.rows)


def overview_groups(rows: list[OverviewRow]) -> list[ThemeGroup]:
    groups: dict[str, list[OverviewRow]] = {}
    for row in rows:
        groups.setdefault(row.theme_code, []).append(row)
    return [ThemeGroup(code=c, name=rs[0].theme, rows=rs) for c, rs in groups.items()]


def overview_csv(rows: list[OverviewRow]) -> bytes:
    """UTF-8 CSV with a header row, comma-separated (RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(OPEN_DATA_COLUMNS)
    for row in rows:
        writer.writerow(
            [_csv_safe(getattr(row, column)) for column in OPEN_DATA_COLUMNS]
        )
    return buffer.getvalue().encode("utf-8")


def _csv_safe(value: Any) -> Any:
    # A leading = + - @ makes spreadsheets run the cell as a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def overview_ods(rows: list[OverviewRow]) -> bytes:
    """An OpenDocument spreadsheet with the same columns; counts are numbers."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="overview")
    for _column in OPEN_DATA_COLUMNS:
        table.addElement(TableColumn())
    header = TableRow()
    for column in OPEN_DATA_COLUMNS:
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=column))
        header.addElement(cell)
    table.addElement(header)
    for row in rows:
        line = TableRow()
        for column in OPEN_DATA_COLUMNS:
            value = getattr(row, column)
            if isinstance(value, int):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            line.addElement(cell)
        table.addElement(line)
    document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def _pdf_styles() -> Any:
    return pdf_styles()


def overview_pdf(*, year: int, rows: list[OverviewRow]) -> bytes:
    """The public annual overview as a tagged-title PDF, one table per theme."""
    styles = _pdf_styles()
    title = _("Organisations with structural contacts in %(year)s") % {"year": year}
    story: list[Any] = [paragraph(title, styles["Title"])]
    story.append(
        paragraph(
            _(
                "Public annual overview of the partner register: organisations with "
                "which the ministry had structural contact moments, per theme, with "
                "the number of contact moments."
            ),
            styles["BodyText"],
        )
    )
    if not rows:
        story.append(
            paragraph(_("No structural contacts in this year."), styles["BodyText"])
        )
    for group in overview_groups(rows):
        story.append(Spacer(1, 6 * mm))
        story.append(paragraph(group.name, styles["Heading2"]))
        data = [[_("Organisation"), _("Type"), _("KvK number"), _("Contact moments")]]
        data += [
            [
                row.organisation,
                row.organisation_type_label,
                row.kvk_number,
                str(row.contact_moments),
            ]
            for row in group.rows
        ]
        story.append(
            pdf_table(data, widths=[70 * mm, 50 * mm, 25 * mm, 25 * mm], numeric=[3])
        )
    return build_pdf(story, title=title, on_page=None)


@dataclass(frozen=True, slots=True)
class ConfidentialRow:
    organisation: str
    kvk_number: str
    organisation_type: str
    structural: int
    incidental: int
    last_contact: datetime.date

    @property
    def organisation_type_label(self) -> str:
        return str(dict(OrganisationKind.choices).get(self.organisation_type, ""))


def confidential_rows(*, since: datetime.date) -> list[ConfidentialRow]:
    """Every organisation with a structural or incidental contact since ``since``."""
    window = Q(contacts__date__gte=since)
    organisations = (
        Organisation.objects.annotate(
            structural=Count(
                "contacts", filter=window & Q(contacts__tier=Tier.STRUCTURAL)
            ),
            incidental=Count(
                "contacts", filter=window & Q(contacts__tier=Tier.INCIDENTAL)
            ),
            last_contact=Max(
                "contacts__date", filter=window & ~Q(contacts__tier=Tier.SIGNAL)
            ),
        )
        .filter(Q(structural__gt=0) | Q(incidental__gt=0))
        .order_by("name")
        .values(
            "kvk_number",
            "structural",
            "incidental",
            "last_contact",
            organisation=F("name"),
            organisation_type=F("kind"),
        )
    )
    return [ConfidentialRow(**row) for row in organisations]


CONFIDENTIAL_MARK = "VERTROUWELIJK"
"""The Dutch classification marking, printed on every page whatever the language."""


def confidential_pdf(
    *,
    since: datetime.date,
    rows: list[ConfidentialRow],
    number: int,
    recipient: str,
    issued_on: datetime.date,
) -> bytes:
    """The confidential list: marked on every page, numbered for one recipient."""
    styles = _pdf_styles()
    copy_text = _("Copy no. %(number)s for %(recipient)s") % {
        "number": number,
        "recipient": recipient,
    }
    title = _("Organisations contacted since %(date)s") % {
        "date": since.strftime("%d-%m-%Y")
    }

    def mark(canvas: Any, document: Any) -> None:
        canvas.saveState()
        width, height = A4
        canvas.setFont(SANS_BOLD, 12)
        canvas.setFillColor(colors.HexColor("#a4001d"))
        canvas.drawCentredString(width / 2, height - 12 * mm, CONFIDENTIAL_MARK)
        canvas.drawCentredString(width / 2, 10 * mm, CONFIDENTIAL_MARK)
        canvas.setFont(SANS, 8)
        canvas.setFillColor(colors.black)
        canvas.drawString(20 * mm, height - 18 * mm, copy_text)
        canvas.drawRightString(
            width - 20 * mm,
            10 * mm,
            _("Page %(page)s") % {"page": document.page},
        )
        canvas.setFont(SANS_BOLD, 60)
        canvas.setFillColor(colors.Color(0.85, 0.85, 0.85, alpha=0.35))
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, 0, f"{CONFIDENTIAL_MARK} {number}")
        canvas.restoreState()

    story: list[Any] = [
        paragraph(f"{CONFIDENTIAL_MARK}: {title}", styles["Title"]),
        paragraph(copy_text, styles["Heading3"]),
        paragraph(
            _(
                "Issued on %(date)s. Do not copy or pass on: this numbered copy is "
                "registered to its recipient. Publishing it could expose these "
                "organisations to hostile state actors."
            )
            % {"date": issued_on.strftime("%d-%m-%Y")},
            styles["BodyText"],
        ),
        Spacer(1, 6 * mm),
    ]
    data = [
        [
            _("Organisation"),
            _("Type"),
            _("KvK number"),
            _("Structural"),
            _("Incidental"),
            _("Last contact"),
        ]
    ]
    data += [
        [
            row.organisation,
            row.organisation_type_label,
            row.kvk_number,
            str(row.structural),
            str(row.incidental),
            row.last_contact.strftime("%d-%m-%Y"),
        ]
        for row in rows
    ]
    story.append(
        pdf_table(
            data,
            widths=[55 * mm, 35 * mm, 20 * mm, 18 * mm, 18 * mm, 22 * mm],
            numeric=[3, 4],
        )
    )
    if not rows:
        story.append(paragraph(_("No contacts in this period."), styles["BodyText"]))
    return build_pdf(story, title=f"{CONFIDENTIAL_MARK} {title}", on_page=mark)


@dataclass(frozen=True, slots=True)
class SignalCounts:
    """Signal contacts of a year: per theme, a count per quarter; nothing else."""

    year: int
    rows: list[tuple[str, list[int], int]]
    totals: list[int]
    total: int


def signal_counts(*, year: int) -> SignalCounts:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    themes = list(Theme.objects.all())
    contacts = ContactMoment.objects.filter(
        tier=Tier.SIGNAL, date__year=year
    ).prefetch_related("themes")
    totals = [0, 0, 0, 0]
    for contact in contacts:
        quarter = (contact.date.month - 1) // 3
        totals[quarter] += 1
        codes = [t.code for t in contact.themes.all()] or [NO_THEME]
        for code in codes:
            counts[code][quarter] += 1
    rows = [(t.name, counts[t.code], sum(counts[t.code])) for t in themes]
    if NO_THEME in counts:
        rows.append((_("No theme"), counts[NO_THEME], sum(counts[NO_THEME])))
    return SignalCounts(year=year, rows=rows, totals=totals, total=sum(totals))
