# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""E-mail addresses, phone numbers, BSNs and IBANs."""

from __future__ import annotations

import re

from ..base import Category
from ..base import Match
from ..checksums import bsn_is_valid
from ..checksums import iban_is_valid
from ..i18n import gettext_lazy as _
from ..patterns import Pattern
from ..patterns import PatternDetector
from ..registry import registry

_NOT_AFTER = r"[\w.,/+-]"
_NOT_AFTER_DIGITS = r"(?![\w/+-]|[.,]\d)"
_DIGIT_BEFORE = re.compile(r"\d[ .]?$")
_DIGIT_AFTER = re.compile(r"[ .]?\d")
_NUMBER = re.compile(r"\d[\d.,]*")
_TABLE_HEADER_LINES = 6
"""How many lines above a table row are searched for a column header cue."""


def _joined(text: str, start: int, end: int) -> bool:
    """Whether the hit is part of a longer run of digit groups ("12 345 678 901"):
    separate numbers joined across spaces are no identifier."""
    return bool(
        _DIGIT_BEFORE.search(text, max(0, start - 2), start)
        or _DIGIT_AFTER.match(text, end)
    )


def _table_row(text: str, start: int, end: int) -> bool:
    """Whether the hit stands on a line with other numbers, cells or tabs."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left, right = text[line_start:start], text[end:line_end]
    return (
        "|" in left
        or "|" in right
        or "\t" in left
        or "\t" in right
        or len(_NUMBER.findall(left)) + len(_NUMBER.findall(right)) >= 2
        or "  " in left.strip(" ")
        or "  " in right.strip(" ")
        or left.endswith("  ")
        or right.startswith("  ")
    )


@registry("email")
class EmailDetector(PatternDetector):
    """E-mail addresses."""

    verbose_name = _("E-mail addresses")
    entity_types = (Category.EMAIL,)
    category = Category.EMAIL.value
    context_words = ("e-mail", "email", "mail", "mailadres")
    """Words that announce an address."""
    context_boost = 0.04
    patterns = (
        Pattern(
            "email",
            r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
            r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
            r"(?![\w-])",
            0.95,
            not_after=r"[\w.%+-]",
        ),
    )

    def detect(self, text: str) -> list[Match]:
        """Skip the scan when there is no "@" at all (most texts)."""
        return super().detect(text) if "@" in text else []


@registry("phone")
class PhoneDetector(PatternDetector):
    """Dutch and Belgian phone numbers, national or international format.

    The number of digits is validated: ten for Dutch numbers (0 + nine), nine or
    ten for Belgian ones, and the country code is checked for the international
    form.
    """

    verbose_name = _("Phone numbers")
    entity_types = (Category.PHONE,)
    category = Category.PHONE.value
    context_words = ("tel", "tel.", "telefoon", "telefoonnummer", "mobiel", "gsm",
                     "bel", "bellen", "nummer", "fax", "whatsapp")  # fmt: skip
    """Words that announce a phone number."""
    context_boost = 0.1
    patterns = (
        Pattern(
            "phone_international",
            r"(?:\+|00)3[12][ .-]?(?:\(0\)[ .-]?)?\d(?:[ .-]?\d){7,8}"
            + _NOT_AFTER_DIGITS,
            0.85,
            not_after=_NOT_AFTER,
            digit_anchors=(1, 0),
            starts="+0",
        ),
        Pattern(
            "phone_national",
            r"(?:\(0\d{1,3}\)|0\d{1,3})[ .-]?\d(?:[ .-]?\d){5,8}" + _NOT_AFTER_DIGITS,
            0.7,
            not_after=_NOT_AFTER,
            digit_anchors=(1, 0),
            starts="(0",
        ),
    )

    def validate(self, candidate: str) -> bool:
        """Check the number of digits for the country."""
        digits = re.sub(r"\D", "", candidate)
        if candidate.startswith(("+", "00")):
            digits = digits.removeprefix("00")
            national = digits[2:].removeprefix("0")
            if digits.startswith("31"):
                return len(national) == 9
            return len(national) in (8, 9)
        if digits.startswith(("0800", "0900", "0906", "0909")):
            return False  # service numbers of organisations, not persons
        return len(digits) == 10 or (len(digits) == 9 and not digits.startswith("06"))

    def detect(self, text: str) -> list[Match]:
        """Drop numbers joined across spaces ("020 123 456 789 012")."""
        return [m for m in super().detect(text) if not _joined(text, m.start, m.end)]

    def score(self, text: str, start: int, end: int, base: float) -> float:
        """Mobile numbers (06) are personal more often than landlines."""
        digits = re.sub(r"\D", "", text[start:end])
        if digits.startswith(("06", "316", "00316")):
            return base + 0.1
        if len(digits) == 9:
            return base - 0.15  # Belgian landline, or just a number
        return base


@registry("bsn")
class BsnDetector(PatternDetector):
    """Citizen service numbers (BSN) that pass the eleven-test."""

    verbose_name = _("Citizen service numbers (BSN)")
    entity_types = (Category.BSN,)
    category = Category.BSN.value
    validation = "elfproef"
    context_words = ("bsn", "burgerservicenummer", "sofinummer", "sofi-nummer",
                     "bsn-nummer", "persoonsnummer", "a-nummer")  # fmt: skip
    """Words that announce a BSN."""
    context_boost = 0.35
    patterns = (
        Pattern(
            "bsn",
            r"\d{3}(?:\d{6}|\d\.\d{2}\.\d{3}|[. ]\d{3}[. ]\d{3}"
            r"|[. ]\d{2}[. ]\d{2}[. ]\d{2})" + _NOT_AFTER_DIGITS,
            0.6,
            not_after=_NOT_AFTER,
            digit_anchors=(0,),
        ),
    )

    def validate(self, candidate: str) -> bool:
        """The eleven-test (elfproef)."""
        return bsn_is_valid(candidate)

    def detect(self, text: str) -> list[Match]:
        """Drop numbers joined across spaces and table cells without a cue.

        A column of numbers is not a list of BSNs: a number in a table row
        counts only with a cue before it or in the header lines above.
        """
        kept = []
        for match in super().detect(text):
            start, end = match.start, match.end
            if _joined(text, start, end):
                continue
            if not match.explanation.context_boost and _table_row(text, start, end):
                lines_start = start
                for _ in range(_TABLE_HEADER_LINES):
                    lines_start = max(0, text.rfind("\n", 0, lines_start - 1))
                if self._compile() and (
                    self._context is None
                    or not self._context.search(text, lines_start, start)
                ):
                    continue
            kept.append(match)
        return kept


@registry("iban")
class IbanDetector(PatternDetector):
    """Bank account numbers (IBAN) with a valid length and mod-97 checksum."""

    verbose_name = _("Bank account numbers (IBAN)")
    entity_types = (Category.IBAN,)
    category = Category.IBAN.value
    validation = "mod97"
    context_words = ("iban", "rekening", "rekeningnummer", "bankrekening", "giro")
    """Words that announce an account number."""
    context_boost = 0.04
    patterns = (
        Pattern(
            "iban",
            r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?!\w)",
            0.95,
            not_after=r"\w",
            digit_anchors=(2,),
            starts="ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ),
    )

    def validate(self, candidate: str) -> bool:
        """Country length and mod-97."""
        return iban_is_valid(candidate)
