# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Special categories (GDPR art. 9) and criminal data (art. 10)."""

from __future__ import annotations

import pytest

from herstel.detection.base import Category

from .helpers import found


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Hij bezoekt elke vrijdag de moskee.", Category.RELIGION, ["moskee"]),
        (
            "Zij is vorig jaar bekeerd en draagt een hoofddoek.",
            Category.RELIGION,
            ["bekeerd", "hoofddoek"],
        ),
        (
            "De imam zegt dat hij salafistisch georiënteerd is.",
            Category.RELIGION,
            ["imam", "salafistisch"],
        ),
        (
            "Hij is van Marokkaanse afkomst.",
            Category.ETHNICITY,
            ["Marokkaanse", "afkomst"],
        ),
        (
            "Mevrouw heeft een depressie en is arbeidsongeschikt.",
            Category.HEALTH,
            ["depressie", "arbeidsongeschikt"],
        ),
        (
            "Hij is partijlid en vakbondslid.",
            Category.POLITICAL_OPINION,
            ["partijlid", "vakbondslid"],
        ),
        (
            "Zij werd in 2019 veroordeeld voor fraude.",
            Category.CRIMINAL,
            ["veroordeeld", "fraude"],
        ),
        ("Betrokkene is gedetineerd.", Category.CRIMINAL, ["gedetineerd"]),
    ],
)
def test_in_a_personal_context(text: str, category: str, expected: list[str]) -> None:
    """Words about a person are reported by the balanced profile."""
    assert found(text, category) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("De moskee aan de Kerkstraat is gerenoveerd.", Category.RELIGION),
        ("De Marokkaanse regering reageerde niet.", Category.ETHNICITY),
        ("Het ziekenhuis breidt uit.", Category.HEALTH),
    ],
)
def test_without_a_person_only_in_recall(text: str, category: str) -> None:
    """Without a person in the sentence the word is only flagged "in doubt"."""
    assert found(text, category) == []
    assert found(text, category, profile="recall") != []


def test_words_that_describe_a_person_need_no_context() -> None:
    """ "bekeerd", "gedetineerd" are about a person by themselves."""
    assert found("Sinds 2015 bekeerd.", Category.RELIGION) == ["bekeerd"]
