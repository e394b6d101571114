# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""E-mail, phone, BSN, IBAN, postcode, address and date-of-birth detection.

Every number here is synthetic: test BSNs that pass the eleven-test, the ISO
13616 example IBANs and phone numbers of no one in particular.
"""

from __future__ import annotations

import pytest

from herstel.detection.base import Category

from .helpers import detection_cases
from .helpers import found


@pytest.mark.parametrize(
    ("category", "text", "expected"),
    detection_cases(
        {
            # Addresses are found whole, without trailing punctuation.
            Category.EMAIL: [
                ("Mail f.elamrani@example.nl of bel.", ["f.elamrani@example.nl"]),
                (
                    "<jan.de-vries+werk@sub.example.org>",
                    ["jan.de-vries+werk@sub.example.org"],
                ),
                ("Geen adres: jan@localhost of @example.nl", []),
                ("twee: a@b.nl, c.d@e.fr.", ["a@b.nl", "c.d@e.fr"]),
            ],
            # Dutch and Belgian numbers with the right number of digits.
            Category.PHONE: [
                ("Bel 06-12345678 na vijf uur.", ["06-12345678"]),
                ("Tel. 020 123 45 67", ["020 123 45 67"]),
                ("Mobiel: +31 6 12345678.", ["+31 6 12345678"]),
                ("of (010) 123 4567", ["(010) 123 4567"]),
                ("Belgisch: +32 475 12 34 56", ["+32 475 12 34 56"]),
                ("Info via 0800-1234567", []),  # a service number, not a person's
                ("op 12-03-2021 om 10.00", []),
                ("kenmerk 20231234567890", []),
                ("06-1234567", []),  # one digit short
            ],
            # Only numbers that pass the eleven-test are reported.
            Category.BSN: [
                ("BSN: 111222333", ["111222333"]),
                ("burgerservicenummer 1234.56.782", ["1234.56.782"]),
                ("haar BSN is 123 456 782.", ["123 456 782"]),
                ("Nummer 999990019 staat erbij", ["999990019"]),
                ("BSN: 111222334", []),  # fails the eleven-test
                ("BSN: 123456781", []),
                ("order 1112223330", []),  # ten digits
                ("IBAN NL91ABNA0417164300", []),  # digits inside an IBAN
            ],
            # Only IBANs with a valid length and mod-97 checksum are reported.
            Category.IBAN: [
                ("IBAN NL91 ABNA 0417 1643 00 t.n.v.", ["NL91 ABNA 0417 1643 00"]),
                ("rekening NL91ABNA0417164300.", ["NL91ABNA0417164300"]),
                (
                    "BE68539007547034 en DE89370400440532013000",
                    ["BE68539007547034", "DE89370400440532013000"],
                ),
                ("rekening NL91ABNA0417164301", []),  # wrong checksum
                ("code XX91ABNA0417164300", []),
            ],
            # Dutch postcodes; Belgian ones only before a place name.
            Category.POSTCODE: [
                ("1051 KM Amsterdam", ["1051 KM"]),
                ("postcode 3511AB", ["3511AB"]),
                ("Postbus 20401, 2500 EK Den Haag", ["2500 EK"]),
                ("postcode 1234 SA", []),  # SA, SD and SS are not used
                ("sinds 2016 EU-breed", []),
                ("Meir 1, 2000 Antwerpen", ["2000"]),  # Belgian, before a known place
                ("in 2000 Antwerpen bezocht", []),
            ],
            # A street (by its ending or the BAG list) with a house number.
            Category.ADDRESS: [
                ("wonende Kerkstraat 12, Utrecht", ["Kerkstraat 12"]),
                ("adres: Jan van Galenstraat 12a", ["Jan van Galenstraat 12a"]),
                (
                    "Burgemeester de Withstraat 3-II",
                    ["Burgemeester de Withstraat 3-II"],
                ),
                ("Zij woont aan de Lange Voorhout 9.", ["Lange Voorhout 9"]),
                ("zie artikel 5 en Pagina 12", []),
                ("In 2000 kwam hij", []),
            ],
            # A date counts as a date of birth only after a birth cue in its phrase.
            Category.DATE_OF_BIRTH: [
                ("geboren op 12-03-1989 te Utrecht", ["12-03-1989"]),
                ("geb. 3 februari 1975", ["3 februari 1975"]),
                ("Geboortedatum: 1989-03-12", ["1989-03-12"]),
                ("° 12/03/1960 in Gent", ["12/03/1960"]),
                ("De vergadering van 12-03-1989 is verplaatst.", []),
                ("geboren in Utrecht. Op 12-03-1989 verhuisde hij.", []),
            ],
        }
    ),
)
def test_identifier(category: str, text: str, expected: list[str]) -> None:
    """Each identifier is found whole, and only where it is one."""
    assert found(text, category) == expected
