# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""One calendar month after receipt, clamped at month ends, leap years included;
an extension adds one or two months to the due date."""

import datetime

import pytest

from herstel.inquiries.deadlines import add_months
from herstel.inquiries.deadlines import due_date
from herstel.inquiries.deadlines import extended_due_date
from herstel.inquiries.deadlines import reminder_date

D = datetime.date


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2024, 1, 31), D(2024, 2, 29)),  # leap year
        (D(2023, 1, 31), D(2023, 2, 28)),
        (D(2100, 1, 31), D(2100, 2, 28)),  # not a leap year (century)
        (D(2000, 1, 30), D(2000, 2, 29)),  # leap year (400)
        (D(2024, 1, 15), D(2024, 2, 15)),
        (D(2024, 3, 31), D(2024, 4, 30)),
        (D(2024, 4, 30), D(2024, 5, 30)),
        (D(2024, 12, 31), D(2025, 1, 31)),
        (D(2024, 2, 29), D(2024, 3, 29)),
        (D(2024, 8, 31), D(2024, 9, 30)),
    ],
)
def test_due_date(received, due):
    assert due_date(received) == due


@pytest.mark.parametrize(
    ("due", "months", "extended"),
    [
        (D(2024, 2, 29), 2, D(2024, 4, 29)),
        (D(2023, 12, 31), 2, D(2024, 2, 29)),
        (D(2024, 11, 30), 2, D(2025, 1, 30)),
        (D(2024, 7, 31), 1, D(2024, 8, 31)),
        (D(2025, 12, 31), 2, D(2026, 2, 28)),
    ],
)
def test_extension(due, months, extended):
    assert extended_due_date(due, months) == extended


@pytest.mark.parametrize("months", [0, 3, -1])
def test_extension_is_one_or_two_months(months):
    with pytest.raises(ValueError):
        extended_due_date(D(2024, 1, 1), months)


def test_add_months_over_years_and_reminder():
    assert add_months(D(2023, 11, 30), 3) == D(2024, 2, 29)
    assert reminder_date(D(2024, 3, 5)) == D(2024, 2, 27)
