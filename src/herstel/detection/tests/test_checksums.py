# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The BSN eleven-test and the IBAN mod-97 check, on synthetic numbers only."""

from __future__ import annotations

import pytest

from herstel.detection.checksums import bsn_is_valid
from herstel.detection.checksums import iban_is_valid


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("111222333", True),
        ("123456782", True),
        ("999990019", True),
        ("1234.56.782", True),
        ("123 456 782", True),
        ("12345672", True),  # eight digits: a leading zero was dropped
        ("123456781", False),
        ("111222334", False),
        ("000000000", False),
        ("999999999", False),
        ("12345678", False),
        ("1234567820", False),
    ],
)
def test_bsn_eleven_test(candidate: str, expected: bool) -> None:
    """Only numbers whose weighted digit sum is divisible by 11 are BSNs."""
    assert bsn_is_valid(candidate) is expected


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("NL91ABNA0417164300", True),
        ("NL91 ABNA 0417 1643 00", True),
        ("nl91abna0417164300", True),
        ("BE68539007547034", True),
        ("DE89370400440532013000", True),
        ("GB82WEST12345698765432", True),
        ("NL91ABNA0417164301", False),  # wrong checksum
        ("NL91ABNA041716430", False),  # too short for NL
        ("XX91ABNA0417164300", False),  # no such country
        ("NL9AABNA0417164300", False),
    ],
)
def test_iban_mod97(candidate: str, expected: bool) -> None:
    """An IBAN needs the length of its country and a remainder of 1 mod 97."""
    assert iban_is_valid(candidate) is expected
