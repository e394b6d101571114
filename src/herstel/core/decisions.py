# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Small pieces of the propose/approve (four eyes) steps that services share."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils import timezone

if TYPE_CHECKING:
    from herstel.core.actor import Actor


class SelfApprovalError(PermissionDenied):
    """The person who proposed something tried to approve it."""


def second_person_check(proposer_id: int | None, actor: Actor, message: str) -> None:
    """Raise :class:`SelfApprovalError` with ``message`` when ``actor`` is the
    person who proposed (prepared, created) what they now approve."""
    if proposer_id == actor.pk:
        raise SelfApprovalError(message)


def signed(step: str, actor: Actor) -> dict[str, Any]:
    """The fields ``<step>_by`` (``actor``) and ``<step>_at`` (now) that record
    who took a step and when, e.g. ``signed("approved", actor)``."""
    return {f"{step}_by": actor, f"{step}_at": timezone.now()}
