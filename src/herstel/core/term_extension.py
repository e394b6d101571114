# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Extending a legal term once, with a reason sent to the requester.

An access request (GDPR art. 12(3)) and a Woo request (Woo art. 4.4) may each
have their term extended once, before it has passed, while still open. Both
models carry ``due_on``, ``extended_on``, ``extension_reason`` and
``reminded_at``; this module holds the checks and the fields they share.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from .service_checks import text_required


@dataclass(frozen=True, slots=True)
class ExtensionRefusals:
    """The (translated) messages refusing an extension, in each context's words."""

    twice: str
    closed: str
    late: str


def extension_reason_check(reason: str) -> None:
    """Refuse an extension without a reason (the reason is mailed)."""
    text_required(reason, "reason", _("Give the reason; it is sent to the requester."))


def extension_changes(
    obj: Any,
    *,
    due_on: datetime.date,
    today: datetime.date,
    reason: str,
    open_statuses: Collection[str],
    refusals: ExtensionRefusals,
) -> dict[str, Any]:
    """The fields that extend ``obj``'s term to ``due_on``, after checking that
    it was not extended before, is still open and its term has not passed by
    ``today``.

    ``obj`` should be locked by the caller; a new reminder is due for the new
    date, so ``reminded_at`` is cleared.
    """
    if obj.extended_on is not None:
        raise ValidationError(refusals.twice)
    if obj.status not in open_statuses:
        raise ValidationError(refusals.closed)
    if today > obj.due_on:
        raise ValidationError(refusals.late)
    return {
        "due_on": due_on,
        "extended_on": timezone.now(),
        "extension_reason": reason.strip(),
        "reminded_at": None,
    }
