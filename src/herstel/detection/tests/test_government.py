# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Government documents: bodies, laws, headings, list forms, English passages and
numbers in tables. Every person here is fictitious."""

from __future__ import annotations

import pytest

from herstel.detection.base import Category
from herstel.detection.names.language import foreign_paragraphs

from .helpers import found

PERSON = Category.PERSON
ORGANISATION = Category.ORGANISATION


@pytest.mark.parametrize(
    "text",
    [
        "Antwoord van de minister van Sociale Zaken en Werkgelegenheid.",
        "MINISTERIE VAN SOCIALE ZAKEN EN WERKGELEGENHEID\nDirectie Werk",
        "Volksgezondheid, Welzijn en\nSport heeft geantwoord.",
        "De Belastingdienst en de Autoriteit Persoonsgegevens overleggen.",
        "Over de Comptabiliteitswet 2016 is gestemd.",
        "De Cyberbeveiligingswet is horizontale wetgeving.",
        "Het Innovatieconvenant brengt partijen samen.",
        "B. Achtergrond\nHet kabinet wil meer doen.",
        "Kenmerk\n2024-000123\nKernpunten\nGeadviseerd besluit",
        "Het programma Preventie met Gezag loopt door.",
        "Hoogachtend,\n\nde minister van Financiën,",
        "Werk en Inkomen (TWI) wordt uitgevoerd.",
        "Zie de Participatiewet en het Besluit bijstandverlening.",
    ],
)
def test_bodies_laws_and_headings_are_no_persons(text: str) -> None:
    assert found(text, PERSON) == []


def test_public_bodies_are_organisations() -> None:
    text = "De Inspectie Justitie en Veiligheid schreef aan de Raad van State."
    assert found(text, ORGANISATION) == [
        "Inspectie Justitie en Veiligheid",
        "Raad van State",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vragen van het lid Veldstra (VVD) aan de minister.",
            ["Veldstra"],
        ),
        (
            "Vragen van de leden Kopersma , Terhorstink (allen D66) en Ouzzine"
            "\n(GroenLinks-PvdA).",
            ["Kopersma", "Terhorstink", "Ouzzine"],
        ),
        ("Antwoord van Minister Wolderink (Financiën).", ["Wolderink"]),
        ("uitvoering van de motie Hazeveld/Van den Brink over", None),
        ("de schriftelijke vragen van het lid\nBrakema spoedig", ["Brakema"]),
        # Surnames that are also titles, roles or common words, after a cue.
        ("Vragen van het lid Prins (VVD) over de zorg.", ["Prins"]),
        ("heeft het lid\nBakker (SP) gevraagd naar de zorg.", ["Bakker"]),
        ("de vragen van het lid\nKuiken spoedig te beantwoorden", ["Kuiken"]),
        ("De leden Ait Tahar en Prins (beiden SP) vroegen.", ["Ait Tahar", "Prins"]),
        (
            "De vragen van de leden De Boer en Bouzidi (beiden CDA).",
            ["De Boer", "Bouzidi"],
        ),
        # In capitals, after a cue in capitals; an acronym after a role is not.
        ("VRAGEN VAN HET LID VELDSTRA (VVD)", ["VELDSTRA"]),
        ("Voorzitter NVVK\nSecretaris NVVK", []),
        ("de heer Drs. M. Rutkamp", ["M. Rutkamp"]),
        ("Wetgeving - Tweede Kamerlid, Ham, van der (D66) - 16 november", ["Ham"]),
        ("Van onze medewerker\nNiets minder dan een revolutie.", []),
    ],
)
def test_members_and_ministers_by_surname(
    text: str, expected: list[str] | None
) -> None:
    persons = found(text, PERSON)
    if expected is None:
        assert persons == ["Hazeveld", "Van den Brink"]
    else:
        assert persons == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Koninkrijksrelaties, Horst ter\nG. - 11 maart 2009", ["Horst ter\nG."]),
        ("Opgesteld door Keunen, L.J. en anderen.", ["Keunen, L.J."]),
        (
            "Onderwijs, Cultuur en Wetenschap, M.\nWeterhuis - 10 oktober",
            ["M.\nWeterhuis"],
        ),
        (
            "Aanwezig: Pinasco, O.; Brouwer, M.; Lange de H.",
            ["Pinasco, O.", "Brouwer, M.", "Lange de H."],
        ),
        # Initials first: no "Surname, I." across two names; a heading is
        # numbered by one letter, so "J.A." before a common word is a name.
        (
            "Bron: T. Boumans, S. van der Veenstra & J.A. Wijnen, 2013: Studie",
            ["T. Boumans", "S. van der Veenstra", "J.A. Wijnen"],
        ),
    ],
)
def test_surname_first_and_broken_names(text: str, expected: list[str]) -> None:
    assert found(text, PERSON) == expected


def test_drafters_initials_alone_on_a_line() -> None:
    """The initials of whoever drafted a note, in brackets on their own line
    at its end, are a person in the balanced profile; a party or a public body
    in brackets on its own line is not."""
    text = "Aanwezig: Brouwer, M.; Postma, R.\n\n(LH)\n"
    assert found(text, PERSON) == ["Brouwer, M.", "Postma, R.", "LH"]
    for body in ("(CDA)", "(VWS)", "(UWV)", "(SZW)"):
        assert found(
            f"Vragen van het lid Jansen\n{body}\naan de minister.", PERSON
        ) == ["Jansen"], body


def test_bibliographic_references() -> None:
    text = (
        "7\n\nAudelink SS, Hovingh JL, Jong PR de, Sluiterman JK. Factors for "
        "the Work Participation of Sick-Listed Workers. J Occup Rehabil. 2012.\n"
    )
    assert found(text, PERSON) == [
        "Audelink SS",
        "Hovingh JL",
        "Jong PR de",
        "Sluiterman JK",
    ]


def test_modern_and_migrant_names() -> None:
    text = "Frank en Mark spraken met Ahmed El Amrani en Yusuf Yılmaz-Demir."
    persons = found(text, PERSON)
    assert "Ahmed El Amrani" in persons
    assert "Yusuf Yılmaz-Demir" in persons


def test_english_paragraphs_use_no_dutch_capitalisation() -> None:
    text = (
        "The Element of Surprise\n\nThe report describes the Temporary Bridging "
        "Measure and the Steering Committee. It was written for the Ministry of "
        "the Interior and Kingdom Relations by the Programme Office.\n\n"
        "Kind regards,\nSiobhan Murphy\n"
    )
    assert found(text, PERSON) == ["Siobhan Murphy"]
    assert found(text, PERSON, profile="recall") == ["Siobhan Murphy"]


def test_language_of_paragraphs() -> None:
    dutch = "Dit is een brief van de gemeente over het beleid en de uitvoering.\n\n"
    english = "This is a letter from the council about the policy and its effects.\n\n"
    spans = foreign_paragraphs(dutch + english)
    assert len(spans) == 1
    assert (dutch + english)[spans[0][0] : spans[0][1]].strip().startswith("This")


@pytest.mark.parametrize(
    "text",
    [
        "Inkomstenbelasting 12 345 678 11 234 567 10 987 654\n",
        "Jaar  Bedrag\n2020  111 222 333  444 555 666\n",
        "| 2021 | 111222333 | 999990019 |\n",
    ],
)
def test_numbers_in_tables_are_no_bsn(text: str) -> None:
    assert found(text, Category.BSN, profile="recall") == []


def test_a_bsn_column_under_its_header_counts() -> None:
    text = "| naam | BSN |\n|---|---|\n| A. Jansen | 111222333 |\n"
    assert found(text, Category.BSN) == ["111222333"]


def test_synthetic_government_letters() -> None:
    """The demo generator's letters (not tuned to): a quality floor."""
    from herstel.demo.generator.govletters import government_letters
    from herstel.detection.services import text_scan

    gold_n = found_n = predicted_n = right = 0
    for text, gold in government_letters(seed=7, count=12):
        spans = [(m.start, m.end) for m in text_scan(text=text, categories=["person"])]
        gold_n += len(gold)
        found_n += sum(1 for s, e in gold if any(a < e and s < b for a, b in spans))
        predicted_n += len(spans)
        right += sum(1 for a, b in spans if any(s < b and a < e for s, e in gold))
    assert found_n / gold_n >= 0.85
    assert right / predicted_n >= 0.9
