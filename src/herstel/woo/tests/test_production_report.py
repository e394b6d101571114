# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Herstel's production report matches the VWS Woo platform's format.

The platform's own template (tests/data, see SOURCE.txt) is read with openpyxl,
the reader Herstel writes with: its header row and its value lists must be
what Herstel writes. The column aliases and value parsing below are copied
from the platform's reader (nl-rdo-woo-web ``InventoryReaderFactory``,
``HeaderMappingTrait``, ``Judgement::fromString``, ``DocumentNumberExtractor``,
``InventoryDataHelper``) so a drift on either side fails here.
"""

from __future__ import annotations

import datetime
import io
import re
import warnings
from pathlib import Path

import pytest
from openpyxl import load_workbook

from herstel.woo.constants import Judgement
from herstel.woo.production_report import HEADERS
from herstel.woo.production_report import JUDGEMENT_VALUES
from herstel.woo.production_report import SUSPENDED_VALUE
from herstel.woo.production_report import ReportRow
from herstel.woo.production_report import production_report_xlsx

TEMPLATE = Path(__file__).parent / "data" / "vws-productierapport-template.xlsx"

# nl-rdo-woo-web src/Service/Inventory/Reader/InventoryReaderFactory.php
PLATFORM_COLUMNS = {
    "date": ("date", "datum", "datum (utc)"),
    "document": (
        "document", "document id", "documentnr", "document nr", "documentnr.",
        "document nr.", "nr.", "omschrijving", "name",
    ),
    "family": ("family", "familie", "family id"),
    "sourcetype": ("file type", "filetype"),
    "ground": (
        "beoordelingsgrond", "grond", "tagmulti006",
        "beoordelingsgrond (; gescheiden)", "code entries",
    ),
    "id": ("id",),
    "judgement": ("beoordeling", "openbaarmaking"),
    "threadid": ("thread id", "email thread id", "email thread"),
    "inquiry_number": ("zaaknr", "casenr", "zaak", "case", "zaaknummer"),
    "suspended": ("opgeschort", "suspended", "tag015"),
    "link": (
        "publiekelinktag", "publieke link", "publiekelink", "publicatielink",
        "publicatie link", "publiekelink ( | gescheiden)",
    ),
    "remark": ("toelichting", "opmerking"),
    "matter": ("matter", "matter / marjoleinnummer"),
    "publication_context": (
        "publicatiecontext", "publicationcontext", "publication context",
        "publication_context",
    ),
    "refers_to": ("gerelateerd id",),
}  # fmt: skip
REQUIRED = {"document", "ground", "id", "judgement"}
# Judgement::fromString: lowercased and trimmed; anything else is "not public".
PLATFORM_JUDGEMENTS = {
    "openbaar": "public",
    "deels openbaar": "partial_public",
    "reeds openbaar": "already_public",
    "niet openbaar": "not_public",
}


def _platform_field(header: str) -> str | None:
    """HeaderMappingTrait: lowercase, trim, strip leading digits, then look up."""
    name = header.strip().lower().lstrip("0123456789").strip()
    return next((f for f, names in PLATFORM_COLUMNS.items() if name in names), None)


@pytest.fixture(scope="module")
def template():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the template's data validation extension
        return load_workbook(TEMPLATE)


def _herstel_rows() -> list[tuple]:
    rows = [
        ReportRow(
            document_id=f"{n:04d}",
            matter="WOO-2026-0001",
            document=f"{n:04d}.pdf",
            file_type="pdf",
            date=datetime.date(2026, 1, 31).isoformat(),
            judgement=judgement,
            grounds=("5.1.2e", "5.1.1d") if judgement == Judgement.NOT_PUBLIC else (),
            link="https://example.org/d"
            if judgement == Judgement.ALREADY_PUBLIC
            else "",
            case_number="WOO-2026-0001",
        )
        for n, judgement in enumerate(Judgement.values, start=1)
    ]
    book = load_workbook(io.BytesIO(production_report_xlsx(rows)), read_only=True)
    return list(book.worksheets[0].iter_rows(values_only=True))


def test_header_row_is_the_platform_templates(template):
    header = next(template["Sheet1"].iter_rows(values_only=True))
    assert tuple(header) == HEADERS
    assert _herstel_rows()[0] == HEADERS


def test_every_header_is_read_by_the_platform_and_the_required_ones_are_there():
    fields = [_platform_field(h) for h in HEADERS]
    assert None not in fields, dict(zip(HEADERS, fields, strict=True))
    assert len(set(fields)) == len(fields)
    assert set(fields) >= REQUIRED


def test_judgement_values_are_the_platforms_lookup_values(template):
    lookup = list(template["Lookup values"].iter_rows(values_only=True))
    header = lookup[1]
    column = header.index("Beoordeling")
    allowed = {row[column] for row in lookup[2:] if row[column]}
    assert set(JUDGEMENT_VALUES.values()) == allowed
    suspended = {row[header.index("Opgeschort")] for row in lookup[2:]} - {None}
    assert suspended == {SUSPENDED_VALUE}
    file_types = {row[header.index("File Type")] for row in lookup[2:]} - {None}
    assert "pdf" in file_types
    # And the platform parses each to the judgement Herstel meant.
    for judgement, value in JUDGEMENT_VALUES.items():
        assert PLATFORM_JUDGEMENTS[value.strip().lower()] == judgement


def test_the_templates_example_rows_use_only_these_values(template):
    rows = list(template["Sheet1"].iter_rows(values_only=True))
    judgements = {r[HEADERS.index("Beoordeling")] for r in rows[1:] if r[0]}
    assert judgements <= set(JUDGEMENT_VALUES.values())
    grounds = [r[HEADERS.index("Beoordelingsgrond")] for r in rows[1:] if r[0]]
    assert "5.1.1c; 5.1.2e;" in grounds  # the same separator Herstel writes


def test_herstel_rows_parse_as_the_platform_parses_them():
    rows = _herstel_rows()
    index = {h: i for i, h in enumerate(HEADERS)}
    for row in rows[1:]:
        # DocumentNumberExtractor: an upload's ID is its name's leading [a-zA-Z0-9]+.
        document_id = row[index["ID"]]
        assert re.fullmatch(r"[a-zA-Z0-9]+", document_id)
        match = re.match(r"^([a-zA-Z0-9]+)", row[index["Document"]])
        assert match and match.group(1) == document_id
        assert re.fullmatch(r"[a-zA-Z0-9\-._~]+", row[index["Matter"]])
        # InventoryDataHelper::toDateTimeImmutable, first format '!Y-m-d'.
        datetime.datetime.strptime(row[index["Datum"]], "%Y-%m-%d")
        assert row[index["Beoordeling"]].lower() in PLATFORM_JUDGEMENTS
        grounds = [
            g.strip()
            for g in (row[index["Beoordelingsgrond"]] or "").split(";")
            if g.strip()
        ]
        assert all(re.fullmatch(r"5\.1\.[12][a-i]|5\.2", g) for g in grounds)
    not_public = next(r for r in rows[1:] if r[index["Beoordeling"]] == "Niet openbaar")
    assert not_public[index["Beoordelingsgrond"]] == "5.1.2e; 5.1.1d"
