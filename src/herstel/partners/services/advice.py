# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Security advice against contact ("ontraden"): service and reference only."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from herstel.audit.services import audited_save

from ..audit_events import ADVICE_LIFTED
from ..audit_events import ADVICE_RECORDED
from ..models import Organisation
from ..models import SecurityAdvice
from ..models import reference_validator
from .common import require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def advice_record(
    *,
    actor: Actor,
    organisation: Organisation,
    service: str,
    reference: str,
    starts_on: datetime.date,
) -> SecurityAdvice:
    """Record an external advice against contact: service and reference only."""
    require(actor, "partners.record_advice")
    with transaction.atomic():
        advice = SecurityAdvice(
            organisation=organisation,
            service=service,
            reference=reference.strip(),
            starts_on=starts_on,
            recorded_by=actor,
        )
        audited_save(
            advice,
            clean=True,
            event=ADVICE_RECORDED,
            actor=actor,
            context={"organisation": organisation.pk, "service": service},
        )
    return advice


def advice_lift(
    *, actor: Actor, advice: SecurityAdvice, lifted_on: datetime.date, reference: str
) -> SecurityAdvice:
    """End an advice: the service withdrew it by a letter with ``reference``.

    Like the advice itself, the lifting keeps the service's reference and no
    reasons. Idempotent.
    """
    require(actor, "partners.record_advice")
    with transaction.atomic():
        advice = SecurityAdvice.objects.select_for_update().get(pk=advice.pk)
        if advice.lifted_on is not None:
            return advice
        if lifted_on < advice.starts_on:
            raise ValidationError(
                _("An advice cannot be lifted before it came into force.")
            )
        reference = reference.strip()
        if not reference:
            raise ValidationError(
                _("Give the reference of the service's letter that withdraws it.")
            )
        reference_validator(reference)
        lifting = {"lifted_on": lifted_on, "lift_reference": reference}
        audited_save(
            advice,
            {**lifting, "lifted_by": actor},
            event=ADVICE_LIFTED,
            actor=actor,
            context={"organisation": advice.organisation_id},
        )
    return advice
