# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Month arithmetic for the GDPR deadlines (art. 12(3)); pure Python.

"One month after receipt" ends on the same day number in the next month, or
on that month's last day when it is shorter: 31 January gives 28 (or 29)
February, 30 April gives 30 May. An extension adds at most two months,
counted from the original due date the same way.
"""

from __future__ import annotations

import calendar
import datetime

MAX_EXTENSION_MONTHS = 2
REMINDER_DAYS = 7


def add_months(day: datetime.date, months: int) -> datetime.date:
    """``day`` plus ``months`` calendar months, clamped to the month's end."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


def due_date(received: datetime.date) -> datetime.date:
    """The answer is due one calendar month after receipt."""
    return add_months(received, 1)


def extended_due_date(due: datetime.date, months: int) -> datetime.date:
    if not 1 <= months <= MAX_EXTENSION_MONTHS:
        raise ValueError("An extension is one or two months.")
    return add_months(due, months)


def reminder_date(due: datetime.date) -> datetime.date:
    return due - datetime.timedelta(days=REMINDER_DAYS)
