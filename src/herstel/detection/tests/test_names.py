# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Person, place and organisation names. All people here are fictitious."""

from __future__ import annotations

import pytest

from herstel.detection.base import Category
from herstel.detection.names import analyser

from .helpers import detection_cases
from .helpers import found

PERSON = Category.PERSON


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    detection_cases(
        {
            PERSON: [
                # Initials, with or without spaces, belong to the name.
                ("Het rapport is van A.D. Wiersma uit Zwolle.", ["A.D. Wiersma"]),
                (
                    "Aanwezig: J. Jansen en P.J.M. van den Berg.",
                    ["J. Jansen", "P.J.M. van den Berg"],
                ),
                ("Volgens A. D. Wiersma was het rustig.", ["A. D. Wiersma"]),
                ("Stephen P. Cohen schreef erover.", ["Stephen P. Cohen"]),
                # Particles ("van der", "el", "ten", "De") are part of the surname.
                ("Gisteren sprak Jan van der Berg met de pers.", ["Jan van der Berg"]),
                ("De brief ging naar Ahmed el Amrani in Gouda.", ["Ahmed el Amrani"]),
                ("Later kwam Youssef el Idrissi binnen.", ["Youssef el Idrissi"]),
                (
                    "Ook Anna ten Brink en Pieter de Vries waren er.",
                    ["Anna ten Brink", "Pieter de Vries"],
                ),
                ("Toen zei Dries van den Abeele niets.", ["Dries van den Abeele"]),
                ("Volgens Van der Voort klopt het.", ["Van der Voort"]),
                ("Het was Eddy De Mey die belde.", ["Eddy De Mey"]),
                ("De rol van De Coster is groot.", ["De Coster"]),
                # Titles and roles make the next name a person but are not part of it.
                ("Een brief aan de heer Bakker over de zaak.", ["Bakker"]),
                ("Gesprek met mw. Veenstra over de aanvraag.", ["Veenstra"]),
                ("Volgens dr. Veer is het ernstig.", ["Veer"]),
                ("Daarna sprak imam Yusuf in de moskee.", ["Yusuf"]),
                ("Premier Barak bood een compromis aan.", ["Barak"]),
                ("KNVB-woordvoerder De Leede reageerde.", ["De Leede"]),
                ("Minister van Verkeer Isabelle Durant vertrok.", ["Isabelle Durant"]),
                ("Haar dochtertje Anouk lag te slapen.", ["Anouk"]),
            ],
            # Places from the gazetteers, with multi-word names kept whole.
            Category.PLACE: [
                ("Zij woont sinds 2010 in Utrecht.", ["Utrecht"]),
                (
                    "Hij verhuisde van Gouda naar Alphen aan den Rijn.",
                    ["Gouda", "Alphen aan den Rijn"],
                ),
                (
                    "De delegatie reisde naar Marokko en Turkije.",
                    ["Marokko", "Turkije"],
                ),
                (
                    "In 's-Hertogenbosch en Den Haag regende het.",
                    ["'s-Hertogenbosch", "Den Haag"],
                ),
            ],
        }
    ),
)
def test_name(category: str, text: str, expected: list[str]) -> None:
    """Person and place names are found whole."""
    assert found(text, category) == expected


def test_document_level_propagation() -> None:
    """A surname seen in a full name is a person everywhere in the document,
    also before the full name occurs (sentence order is not relied on)."""
    text = (
        "Volgens Brogno is het contract rond.\n"
        "Het bod op Brogno werd verhoogd.\n"
        "Toni Brogno tekende gisteren bij de club."
    )
    assert found(text, PERSON) == ["Brogno", "Brogno", "Toni Brogno"]
    # Without the full name, the bare surname is not enough in "balanced".
    assert found("Het bod op Brogno werd verhoogd.", PERSON) == []


def test_propagation_recovers_sentence_initial_surnames() -> None:
    """A sentence-initial word that is also a common word ("Veer") counts as a
    name when the document shows it is one."""
    text = "Veer zegt dat het goed gaat.\nVolgens dr. Veer is het ernstig."
    assert found(text, PERSON) == ["Veer", "Veer"]


def test_adjacent_known_surnames_are_split() -> None:
    """Two surnames known from the document are two persons, not one."""
    text = (
        "President Clinton ontmoette premier Barak.\n"
        "Dat Clinton Barak inschikkelijker noemde, viel op."
    )
    assert found(text, PERSON) == ["Clinton", "Barak", "Clinton", "Barak"]


@pytest.mark.parametrize(
    "text",
    [
        "Volgens de Belgische regering is dat onjuist.",
        "De Amerikanen en de Palestijnen praten.",
        "Maar Het Parool meldt dat niet.",
        "De NMBS en de VRT werken samen aan DNA-onderzoek.",
        "Hij werkt bij de Fortis Bank in Brussel.",
        "De Telegraaf en De Standaard schreven erover.",
    ],
)
def test_not_persons(text: str) -> None:
    """Sentence-initial words, adjectives, acronyms, organisations and
    newspapers are not persons."""
    assert found(text, PERSON) == []


def test_organisations() -> None:
    """Organisation cue words mark the whole name."""
    text = "Het bestuur van Stichting De Brug en Moskee Al-Waha vergaderde."
    assert found(text, Category.ORGANISATION) == ["Stichting De Brug", "Moskee Al-Waha"]


def test_explanation_says_why() -> None:
    """The explanation names the detector, the method and the evidence."""
    (match,) = [
        m
        for m in analyser().analyse("Brief aan mw. A. Bakker.", detector="names")
        if m.category == PERSON
    ]
    assert match.explanation.detector == "names"
    assert match.explanation.method == "initials"
    assert "title:mw." in match.explanation.notes


def test_offsets_index_the_original_text() -> None:
    """start/end are offsets into the given text, also after non-ASCII text."""
    text = "Één reden: ‘Sjaak’ — zei Hüseyin Yılmaz gisteren."
    matches = found(text, PERSON)
    assert matches == ["Hüseyin Yılmaz"]


def test_fast_paths_give_the_hits_of_the_full_expressions() -> None:
    """The reference search from the initials and the suffix pre-check find
    exactly what the full expressions find."""
    from herstel.detection.names import analyser
    from herstel.detection.names.forms import REFERENCE
    from herstel.detection.names.forms import reference_iter

    text = (
        "Zie Audhoe SS, Hoving JL, Jong PR de (2019) en Faas WA. Dekkers-Sánchez "
        "PM, 's-Gravesande AB (2020); Jagt E van der, Keunen L.J. VVD, NL.\n"
        "Bakker  CD, Ab C, Ab CDE. Van\nDijk XY,"
    )
    assert [m.span() for m in reference_iter(text)] == [
        m.span() for m in REFERENCE.finditer(text)
    ]
    classifier = analyser()
    words = [
        "bondscoach", "arts", "rembrandt", "minister", "staatssecretaris",
        "zorgverzekeringswet", "belastingdienst", "ab", "", "x\n", "wet",
    ]  # fmt: skip
    for suffixes in (
        classifier._role_suffix,
        classifier._non_person_suffix,
        classifier._org_head,
    ):
        for word in words:
            found = suffixes.search(word)
            expected = suffixes.pattern.search(word)
            assert (found and found.span()) == (expected and expected.span()), word
