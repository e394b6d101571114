# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Name variants reduce to the same keys; different people do not."""

import pytest

from herstel.dossiers.names import KeyKind
from herstel.dossiers.names import birth_key
from herstel.dossiers.names import name_keys
from herstel.dossiers.names import name_parse
from herstel.dossiers.names import place_key


@pytest.mark.parametrize(
    ("spelling", "given", "surname"),
    [
        ("Johan van der Berg", ("johan",), "berg"),
        ("J. van der Berg", ("j",), "berg"),
        ("Berg, J. van der", ("j",), "berg"),
        ("VAN DER BERG", (), "berg"),
        ("J. v.d. Berg", ("j",), "berg"),
        ("A. el Amrani", ("a",), "amrani"),
        ("El Amrani, A.", ("a",), "amrani"),
        ("Ahmed El Amrani", ("ahmed",), "amrani"),
        ("mevrouw A. El Amrani", ("a",), "amrani"),
        ("De heer Jan de Vries", ("jan",), "vries"),
        ("de Vries", (), "vries"),
        ("Çelik-Öztürk, Ayşe", ("ayse",), "celikozturk"),
        ("J.P. ten Cate", ("j", "p"), "cate"),
        ("Yusuf Kaya", ("yusuf",), "kaya"),
        ("Kaya", (), "kaya"),
        ("Dr. Sanne 't Hart", ("sanne",), "hart"),
    ],
)
def test_parse(spelling, given, surname):
    parsed = name_parse(spelling)
    assert parsed.given == given
    assert parsed.surname == surname


def test_variants_share_keys_by_strength():
    full = name_keys("Johan van der Berg")
    initial = name_keys("Berg, J. van der")
    bare = name_keys("Van der Berg")
    assert full[KeyKind.FULL] == "johan|berg"
    assert full[KeyKind.INITIAL] == initial[KeyKind.INITIAL] == "j|berg"
    assert KeyKind.FULL not in initial
    assert full[KeyKind.SURNAME] == bare[KeyKind.SURNAME] == "berg"
    assert name_keys("Jan van der Berg")[KeyKind.FULL] != full[KeyKind.FULL]


def test_no_keys_without_a_surname():
    assert name_keys("de heer") == {}
    assert name_keys("X") == {}


def test_place_and_birth_keys():
    assert place_key("'s-Hertogenbosch") == place_key("s Hertogenbosch")
    assert place_key("Den Haag") == "denhaag"
    assert birth_key("3-4-1971") == birth_key("03.04.1971") == "1971-04-03"
    assert birth_key("3 april") == ""
