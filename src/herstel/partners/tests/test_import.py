# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Bulk import: a dry run reports every bad row; a file imports whole or not at all."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from openpyxl import Workbook

from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.partners.importer import CONTACT_COLUMNS
from herstel.partners.importer import import_run
from herstel.partners.models import ContactMoment
from herstel.partners.models import Organisation

from .factories import AdviceFactory
from .factories import OrganisationFactory
from .factories import policy_officer
from .factories import theme

pytestmark = pytest.mark.django_db

ORGANISATIONS_CSV = (
    "name,kvk_number,type,themes,website,former_names\n"
    "Stichting Nieuwe Brug (fictief),12345678,foundation,social_cohesion,"
    "https://brug.example,Stichting Oude Brug\n"
    "Jongerenraad Fictief,1234567,youth,,,\n"
    "Moskee Fictief Centrum,87654321,mosque,language_work;social_cohesion,,\n"
)


def _import(kind, data, *, filename=None, dry_run=False, actor=None):
    """Run the ``kind`` import of ``data`` (CSV or XLSX bytes) as a policy
    officer (a new one unless ``actor`` is given)."""
    return import_run(
        actor=actor or policy_officer(),
        kind=kind,
        data=data,
        filename=filename or ("o.csv" if kind == "organisations" else "c.xlsx"),
        dry_run=dry_run,
    )


def test_csv_with_one_bad_row_imports_nothing_and_reports_the_row():
    theme("social_cohesion"), theme("language_work")
    report = _import(
        "organisations", ORGANISATIONS_CSV.encode(), filename="organisaties.csv"
    )
    assert report.rows == 3
    assert report.bad_rows == [3]
    assert [(e.row, e.column) for e in report.errors] == [(3, "kvk_number")]
    assert report.imported == 0
    assert Organisation.objects.count() == 0
    assert not AuditEvent.objects.filter(event="partners.imported").exists()


def test_clean_csv_imports_every_row_with_former_names():
    theme("social_cohesion"), theme("language_work")
    clean = ORGANISATIONS_CSV.replace(",1234567,", ",11223344,")
    officer = policy_officer()
    dry = _import("organisations", clean.encode(), dry_run=True, actor=officer)
    assert dry.is_clean and dry.imported == 0
    assert Organisation.objects.count() == 0
    report = _import("organisations", clean.encode(), actor=officer)
    assert report.imported == 3
    brug = Organisation.objects.get(kvk_number="12345678")
    assert [n.name for n in brug.former_names.all()] == ["Stichting Oude Brug"]
    mosque = Organisation.objects.get(kvk_number="87654321")
    assert sorted(t.code for t in mosque.themes.all()) == [
        "language_work",
        "social_cohesion",
    ]


def test_every_bad_row_is_reported():
    data = (
        "name;kvk_number;type\n"
        ";12345678;foundation\n"
        "Stichting A (fictief);abc;foundation\n"
        "Stichting B (fictief);22334455;castle\n"
        "Stichting C (fictief);22334455;foundation\n"
        "Stichting D (fictief);22334455;foundation\n"
    )
    report = _import("organisations", data.encode(), dry_run=True)
    # Rows 4, 5 and 6 share a KvK number: the later two are reported for it.
    assert report.bad_rows == [2, 3, 4, 5, 6]
    assert "type" in {e.column for e in report.errors if e.row == 4}


def _xlsx(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_contacts_are_checked_with_guard_and_block():
    theme("social_cohesion")
    officer = policy_officer()
    open_org = OrganisationFactory(
        name="Stichting Open (fictief)", kvk_number="10000001"
    )
    blocked = OrganisationFactory(
        name="Stichting Dicht (fictief)", kvk_number="10000002"
    )
    AdviceFactory(organisation=blocked)
    header = [column for column in CONTACT_COLUMNS if column != "outcomes"]
    rows = [
        header,
        [
            "2025-04-01",
            "meeting",
            "incidental",
            "10000001",
            "Kennismaking",
            "social_cohesion",
            "DSI",
            "Met de voorzitter.",
        ],
        [
            "2025-04-02",
            "phone",
            "signal",
            "Stichting Dicht (fictief)",
            "Signaal",
            "",
            "DSI",
            "",
        ],
        [
            "02-04-2025",
            "meeting",
            "incidental",
            "10000001",
            "Overleg",
            "",
            "DSI",
            "Met Piet Jansen besproken.",
        ],
        ["2025-04-03", "meeting", "structural", "10000001", "Overleg", "", "DSI", ""],
        [
            "2025-04-04",
            "meeting",
            "incidental",
            "Onbekend (fictief)",
            "Overleg",
            "",
            "DSI",
            "",
        ],
    ]
    report = _import("contacts", _xlsx(rows), actor=officer)
    assert report.bad_rows == [3, 4, 5, 6]
    columns = {e.row: e.column for e in report.errors}
    assert columns[4] == "notes"
    assert columns[5] == "tier"
    assert ContactMoment.objects.count() == 0

    report = _import("contacts", _xlsx(rows[:2]), actor=officer)
    assert report.imported == 1
    assert list(ContactMoment.objects.get().organisations.all()) == [open_org]


def test_import_page_checks_then_imports_the_staged_file(client):
    theme("social_cohesion"), theme("language_work")
    login_verified(client, policy_officer())
    url = reverse("partners:import")
    bad = SimpleUploadedFile(
        "o.csv", ORGANISATIONS_CSV.encode(), content_type="text/csv"
    )
    response = client.post(url, {"kind": "organisations", "file": bad})
    assert response.status_code == 400
    assert "kvk_number" in response.content.decode()
    assert client.post(url, {"action": "import"}).status_code == 302
    assert Organisation.objects.count() == 0

    clean = ORGANISATIONS_CSV.replace(",1234567,", ",11223344,")
    good = SimpleUploadedFile("o.csv", clean.encode(), content_type="text/csv")
    response = client.post(url, {"kind": "organisations", "file": good})
    assert response.status_code == 200
    assert Organisation.objects.count() == 0
    response = client.post(url, {"action": "import"})
    assert response.status_code == 302
    assert Organisation.objects.count() == 3
    # The staged copy is shredded: a second import has nothing to import.
    client.post(url, {"action": "import"})
    assert Organisation.objects.count() == 3


def test_an_ambiguous_organisation_name_must_be_given_by_kvk_number():
    OrganisationFactory(name="Stichting Dubbel (fictief)", kvk_number="20000001")
    OrganisationFactory(name="Stichting Dubbel (fictief)", kvk_number="20000002")
    rows = [
        ["date", "form", "tier", "organisations", "topic", "unit"],
        [
            "2025-04-01",
            "meeting",
            "incidental",
            "Stichting Dubbel (fictief)",
            "Overleg",
            "DSI",
        ],
        ["2025-04-01", "meeting", "incidental", "20000002", "Overleg", "DSI"],
    ]
    report = _import("contacts", _xlsx(rows), dry_run=True)
    assert report.bad_rows == [2]
    assert "KvK-nummer" in report.errors[0].message
