# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The inventory list as the VWS Woo platform imports it ("productierapport").

The platform (github.com/minvws/nl-rdo-woo-web, EUPL-1.2) reads the first
sheet's header row (``InventoryReaderFactory``: column names, lowercased) and
one row per document. This writer uses the header row of the platform's own
template (``docs/gebruikershandleiding/publiceren/woo-besluit/
productierapport_template.xlsx``, copied to ``woo/tests/data``) and its value
lists: the four judgements, "Ja" for a suspended document, grounds separated
by ``;``. Values the platform parses as text are written as text: the date as
``YYYY-MM-DD`` (its first accepted format), the document ID as letters and
digits (it reads an uploaded file's ID from the leading ``[a-zA-Z0-9]+`` of
its name, so ``0007.pdf`` belongs to ID ``0007``).

The Dutch headers and values are the platform's format, not UI text: they are
not translated.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

from openpyxl import Workbook

from .constants import Judgement

HEADERS = (
    "ID",
    "Matter",
    "Family",
    "Email Thread ID",
    "Document",
    "File Type",
    "Datum",
    "Beoordeling",
    "Opgeschort",
    "Beoordelingsgrond",
    "Toelichting",
    "Publieke Link",
    "Gerelateerd ID",
    "Zaaknummer",
)
"""The platform template's header row, in its order."""

JUDGEMENT_VALUES = {
    Judgement.PUBLIC: "Openbaar",
    Judgement.PARTIAL_PUBLIC: "Deels openbaar",
    Judgement.NOT_PUBLIC: "Niet openbaar",
    Judgement.ALREADY_PUBLIC: "Reeds openbaar",
}
"""Herstel's judgement → the platform's "Beoordeling" value."""

SUSPENDED_VALUE = "Ja"
GROUND_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One document of the inventory, as the platform reads it."""

    document_id: str
    matter: str
    document: str
    file_type: str
    date: str
    judgement: str
    grounds: tuple[str, ...]
    remark: str = ""
    link: str = ""
    case_number: str = ""

    def values(self) -> list[str]:
        return [
            self.document_id,
            self.matter,
            "",
            "",
            self.document,
            self.file_type,
            self.date,
            JUDGEMENT_VALUES[Judgement(self.judgement)],
            "",
            GROUND_SEPARATOR.join(self.grounds),
            self.remark,
            self.link,
            "",
            self.case_number,
        ]


def production_report_xlsx(rows: Iterable[ReportRow]) -> bytes:
    """The workbook: one sheet, the header row, a row per document (all text)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(row.values())
    for cell in sheet["A"]:
        cell.number_format = "@"
    workbook.properties.creator = "Herstel"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
