# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Checksums of Dutch and European identifiers: the BSN eleven-test and IBAN."""

from __future__ import annotations

import string

IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16,
    "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27,
    "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29,
    "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip
"""IBAN length per country (ISO 13616 registry)."""

_IBAN_ALPHABET = string.digits + string.ascii_uppercase


def bsn_is_valid(candidate: str) -> bool:
    """Whether ``candidate`` is a BSN that passes the eleven-test (elfproef).

    Separators (spaces, dots, hyphens) are ignored; eight digits are read with
    a leading zero, as BSNs below 100000000 are often written without it.
    """
    digits = [c for c in candidate if c.isdigit()]
    if len(digits) == 8:
        digits.insert(0, "0")
    if len(digits) != 9 or len(set(digits)) == 1:
        return False
    values = [int(d) for d in digits]
    total = sum(
        value * weight
        for value, weight in zip(values[:8], range(9, 1, -1), strict=True)
    )
    total -= values[8]
    return total % 11 == 0


def iban_normalise(candidate: str) -> str:
    """Return ``candidate`` in upper case without spaces, e.g. ``NL91ABNA...``."""
    return "".join(candidate.split()).upper()


def iban_is_valid(candidate: str) -> bool:
    """Whether ``candidate`` is an IBAN of the right length with mod-97 == 1."""
    iban = iban_normalise(candidate)
    country = iban[:2]
    if IBAN_LENGTHS.get(country) != len(iban) or not iban[2:4].isdigit():
        return False
    if any(c not in _IBAN_ALPHABET for c in iban):
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(_IBAN_ALPHABET.index(c)) for c in rearranged)
    return int(number) % 97 == 1
