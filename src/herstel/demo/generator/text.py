# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Small text helpers: word lists, Dutch dates, capitalisation, ASCII folding."""

from __future__ import annotations

import datetime as dt
import unicodedata


def _items(text: str, separator: str | None = None) -> tuple[str, ...]:
    """Split a compact word list."""
    return tuple(text.split(separator))


_MONTHS = _items(
    "januari februari maart april mei juni juli augustus september oktober "
    "november december"
)
_WEEKDAYS = _items("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")


def _ascii(text: str) -> str:
    """Lower-case ASCII letters of ``text``, for e-mail local parts."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())


def _dutch_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
