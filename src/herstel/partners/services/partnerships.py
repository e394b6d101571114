# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Partnerships and invitations; both refused while contact is advised against."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from herstel.audit.services import audited_save

from ..audit_events import INVITATION_CREATED
from ..audit_events import PARTNERSHIP_CREATED
from ..models import Invitation
from ..models import Organisation
from ..models import Partnership
from .common import block_or_refuse
from .common import full_clean
from .common import guard_or_refuse
from .common import not_merged
from .common import require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def partnership_create(
    *,
    actor: Actor,
    organisation: Organisation,
    starts_on: datetime.date,
    ends_on: datetime.date | None,
    unit: str,
) -> Partnership:
    """Record a partnership with an organisation (audited)."""
    require(actor, "partners.keep_register")
    not_merged([organisation])
    # Refusals are checked (and audited) outside the write's transaction.
    block_or_refuse(actor, [organisation], "partnership")
    with transaction.atomic():
        partnership = Partnership(
            organisation=organisation,
            starts_on=starts_on,
            ends_on=ends_on,
            unit=unit.strip(),
            created_by=actor,
        )
        full_clean(partnership)
        if ends_on is not None and ends_on < starts_on:
            raise ValidationError({"ends_on": _("The end lies before the start.")})
        audited_save(
            partnership,
            event=PARTNERSHIP_CREATED,
            actor=actor,
            context={"organisation": organisation.pk},
        )
    return partnership


def invitation_create(
    *, actor: Actor, organisation: Organisation, occasion: str, date: datetime.date
) -> Invitation:
    """Record an invitation of an organisation (guarded, refused when a
    security advice blocks contact, audited)."""
    require(actor, "partners.keep_register")
    not_merged([organisation])
    block_or_refuse(actor, [organisation], "invitation")
    guard_or_refuse(actor, "invitation", {"occasion": occasion})
    with transaction.atomic():
        invitation = Invitation(
            organisation=organisation,
            occasion=occasion.strip(),
            date=date,
            created_by=actor,
        )
        audited_save(
            invitation,
            clean=True,
            event=INVITATION_CREATED,
            actor=actor,
            context={"organisation": organisation.pk},
        )
    return invitation
