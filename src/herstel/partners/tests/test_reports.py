# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reports: the public overview holds structural contacts of organisations only."""

import csv
import datetime
import io

from django.urls import reverse

import pytest
from odf.opendocument import load as load_ods
from odf.table import TableRow
from pypdf import PdfReader

from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.core.tests.pdfs import pdf_links
from herstel.partners import reports
from herstel.partners.constants import Tier
from herstel.partners.models import ConfidentialCopy
from herstel.partners.services import PersonalDataError
from herstel.partners.services import confidential_copy_issue
from herstel.partners.services import overview_publish

from .factories import ContactFactory
from .factories import OrganisationFactory
from .factories import PartnershipFactory
from .factories import policy_officer
from .factories import theme

pytestmark = pytest.mark.django_db

YEAR = 2025
# Free text that must never reach the public overview. The notes hold a name
# as it could have been stored before the guard existed (factories skip it).
PERSON = "Karim Fictief-Bouzid"


@pytest.fixture
def register():
    cohesion, work = theme("social_cohesion"), theme("language_work")
    structural = OrganisationFactory(name="Stichting Open Brug (fictief)")
    PartnershipFactory(organisation=structural)
    incidental = OrganisationFactory(name="Vereniging Stille Contacten (fictief)")
    signal = OrganisationFactory(name="Buurtnetwerk Signaal (fictief)")
    ContactFactory(
        date=datetime.date(YEAR, 2, 1),
        tier=Tier.STRUCTURAL,
        organisations=[structural],
        themes=[cohesion, work],
        topic="Structureel overleg",
        notes=f"Besproken met {PERSON}.",
    )
    for year, month, tier, organisation, themes in (
        (YEAR, 9, Tier.STRUCTURAL, structural, [cohesion]),
        (YEAR - 1, 9, Tier.STRUCTURAL, structural, [cohesion]),
        (YEAR, 3, Tier.INCIDENTAL, incidental, [cohesion]),
        (YEAR, 4, Tier.SIGNAL, signal, [work]),
        (YEAR, 11, Tier.SIGNAL, signal, []),
    ):
        ContactFactory(
            date=datetime.date(year, month, 1),
            tier=tier,
            organisations=[organisation],
            themes=themes,
        )
    return {"structural": structural, "incidental": incidental, "signal": signal}


FORBIDDEN = (
    "Vereniging Stille Contacten",
    "Buurtnetwerk Signaal",
    PERSON,
    "Structureel overleg",
    "Besproken",
)


def _pdf_text(data: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())  # table cells wrap: compare words


def _ods_cells(data: bytes) -> list[list[str]]:
    document = load_ods(io.BytesIO(data))
    return [
        [str(cell) for cell in row.childNodes]
        for row in document.spreadsheet.getElementsByType(TableRow)
    ]


def test_overview_rows_are_structural_contacts_of_the_year_per_theme(register):
    rows = reports.overview_rows(year=YEAR)
    assert [(r.theme_code, r.organisation, r.contact_moments) for r in rows] == [
        ("language_work", "Stichting Open Brug (fictief)", 1),
        ("social_cohesion", "Stichting Open Brug (fictief)", 2),
    ]


def test_public_overview_files_never_hold_other_tiers_or_people(register):
    rows = reports.overview_rows(year=YEAR)
    csv_text = reports.overview_csv(rows).decode("utf-8")
    ods_cells = _ods_cells(reports.overview_ods(rows))
    pdf_text = _pdf_text(reports.overview_pdf(year=YEAR, rows=rows))
    ods_text = "\n".join("\t".join(r) for r in ods_cells)
    for text in (csv_text, ods_text, pdf_text):
        assert "Stichting Open Brug" in text
        for forbidden in FORBIDDEN:
            assert forbidden not in text

    parsed = list(csv.DictReader(io.StringIO(csv_text)))
    assert tuple(parsed[0]) == reports.OPEN_DATA_COLUMNS
    assert {row["contact_moments"] for row in parsed} == {"1", "2"}
    assert tuple(ods_cells[0]) == reports.OPEN_DATA_COLUMNS
    assert len(ods_cells) == 3


def test_published_overview_is_a_frozen_public_page(register, client):
    publication = overview_publish(actor=policy_officer(), year=YEAR)
    ContactFactory(
        date=datetime.date(YEAR, 12, 1),
        tier=Tier.STRUCTURAL,
        organisations=[register["structural"]],
        themes=[theme("open_society")],
    )
    response = client.get(reverse("partners_public:public_overview", args=[YEAR]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Stichting Open Brug (fictief)" in body
    assert "Open en vrije samenleving" not in body  # added after publication
    for forbidden in FORBIDDEN:
        assert forbidden not in body
    for fmt in ("csv", "ods", "pdf"):
        download = client.get(
            reverse("partners_public:public_download", args=[YEAR, fmt])
        )
        assert download.status_code == 200
        assert download["Content-Disposition"].endswith(f'.{fmt}"')
    assert publication.rows[0]["organisation"] == "Stichting Open Brug (fictief)"
    assert AuditEvent.objects.filter(event="overview.published").count() == 1


def test_unpublished_year_is_not_public(client):
    assert (
        client.get(reverse("partners_public:public_overview", args=[1999])).status_code
        == 404
    )


def test_confidential_list_is_marked_numbered_and_audited(register):
    officer = policy_officer()
    first = confidential_copy_issue(
        actor=officer, since=datetime.date(YEAR, 1, 1), recipient="directeur-generaal"
    )
    second = confidential_copy_issue(
        actor=officer, since=datetime.date(YEAR, 1, 1), recipient="plaatsvervangend SG"
    )
    assert (first.copy.number, second.copy.number) == (1, 2)
    text = _pdf_text(first.pdf)
    assert text.count("VERTROUWELIJK") >= 2
    assert "directeur-generaal" in text
    assert "Stichting Open Brug (fictief)" in text
    assert "Vereniging Stille Contacten (fictief)" in text
    assert "Buurtnetwerk Signaal" not in text  # signal contacts are never listed
    assert PERSON not in text
    events = AuditEvent.objects.filter(event="confidential_list.issued")
    assert [e.context["number"] for e in events.order_by("seq")] == [1, 2]
    assert ConfidentialCopy.objects.get(number=1).organisations == 2


def test_confidential_list_recipient_is_a_function_not_a_name(register):
    with pytest.raises(PersonalDataError):
        confidential_copy_issue(
            actor=policy_officer(),
            since=datetime.date(YEAR, 1, 1),
            recipient="mevrouw Jansen",
        )
    assert ConfidentialCopy.objects.count() == 0


def test_confidential_list_page_returns_the_pdf(register, client):
    login_verified(client, policy_officer())
    response = client.post(
        reverse("partners:confidential_list"),
        {"since": f"{YEAR}-01-01", "recipient": "directeur-generaal"},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "VERTROUWELIJK" in _pdf_text(response.content)


def test_signal_contacts_are_counts_per_theme_and_quarter(register):
    counts = reports.signal_counts(year=YEAR)
    by_theme = {name: quarters for name, quarters, _total in counts.rows}
    assert by_theme["Taal en werk"] == [0, 1, 0, 0]
    assert counts.rows[-1][1] == [0, 0, 0, 1]  # the contact without a theme
    assert counts.totals == [0, 1, 0, 1]
    assert counts.total == 2


def test_signal_page_lists_no_organisation(register, client):
    login_verified(client, policy_officer())
    body = client.get(reverse("partners:signals"), {"year": YEAR}).content.decode()
    assert "Buurtnetwerk Signaal" not in body


def test_csv_cells_never_start_a_formula():
    row = reports.OverviewRow(
        year=YEAR,
        theme_code="",
        theme_nl="Zonder thema",
        theme_en="No theme",
        organisation='=HYPERLINK("https://evil.example")',
        kvk_number="",
        organisation_type="other",
        website="",
        contact_moments=1,
    )
    parsed = list(csv.DictReader(io.StringIO(reports.overview_csv([row]).decode())))
    assert parsed[0]["organisation"].startswith("'=")


# Issue 17, F1: ReportLab reads <a>, <img>, <font> in a paragraph as markup.
LINK_NAME = '<a href="https://phishing.invalid/login">Stichting Klik Hier</a>'
IMAGE_NAME = '<img src="/etc/passwd" width="10" height="10"/> Stichting Plaatje'


@pytest.fixture
def markup_register():
    cohesion = theme("social_cohesion")
    organisations = [
        OrganisationFactory(name=LINK_NAME),
        OrganisationFactory(name=IMAGE_NAME),
    ]
    for organisation in organisations:
        PartnershipFactory(organisation=organisation)
        ContactFactory(
            date=datetime.date(YEAR, 2, 1),
            tier=Tier.STRUCTURAL,
            organisations=[organisation],
            themes=[cohesion],
        )
    return organisations


def test_organisation_names_are_plain_text_in_every_pdf(markup_register, client):
    officer = policy_officer()
    login_verified(client, officer)
    preview = client.get(
        reverse("partners:overview_download"), {"year": YEAR, "format": "pdf"}
    )
    confidential = client.post(
        reverse("partners:confidential_list"),
        {"since": f"{YEAR}-01-01", "recipient": "directeur-generaal"},
    )
    overview_publish(actor=officer, year=YEAR)
    public = client.get(reverse("partners_public:public_download", args=[YEAR, "pdf"]))
    for response in (preview, confidential, public):
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert pdf_links(response.content) == []  # no live link
        text = _pdf_text(response.content)
        # Shown as the text it is (a long word may wrap inside the cell).
        assert "Klik Hier</a>" in text
        assert "phishing.invalid" in text
        assert "<img" in text and "Stichting Plaatje" in text
