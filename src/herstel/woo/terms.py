# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The terms of a Woo request; pure Python.

Woo art. 4.4: the decision is due four weeks after the day of receipt and can
be postponed once by at most two weeks, with a reason sent to the requester.
Weeks are counted in days, so a month's end changes nothing: received on
31 January, due on 28 February (29 in a leap year less one day: 28 February
2028), extended to 14 March. A third party asked for its view (art. 4.4 lid 2)
gets two weeks; the appeal window (Awb art. 6:7) is six weeks after the
decision, and the documents in scope stay held until it has passed.
"""

from __future__ import annotations

import datetime

TERM_WEEKS = 4
EXTENSION_WEEKS = 2
VIEW_TERM_WEEKS = 2
APPEAL_WEEKS = 6
REMINDER_DAYS = 7


def due_date(received: datetime.date) -> datetime.date:
    """Four weeks after receipt."""
    return received + datetime.timedelta(weeks=TERM_WEEKS)


def extended_due_date(due: datetime.date) -> datetime.date:
    """The due date postponed by the one extension of two weeks."""
    return due + datetime.timedelta(weeks=EXTENSION_WEEKS)


def view_term_end(asked: datetime.date) -> datetime.date:
    """The last day a third party can give its view."""
    return asked + datetime.timedelta(weeks=VIEW_TERM_WEEKS)


def appeal_end(decided: datetime.date) -> datetime.date:
    """The last day of the objection (appeal) window after the decision."""
    return decided + datetime.timedelta(weeks=APPEAL_WEEKS)


def reminder_date(due: datetime.date) -> datetime.date:
    """The day the team is reminded of a request that is still open."""
    return due - datetime.timedelta(days=REMINDER_DAYS)
