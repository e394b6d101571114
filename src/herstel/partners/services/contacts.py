# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Contact moments in three tiers, checked by the advice block and the privacy guard."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from herstel.audit.services import audited_save

from ..audit_events import CONTACT_CHANGED
from ..audit_events import CONTACT_CREATED
from ..constants import Tier
from ..models import ContactMoment
from ..models import Organisation
from ..models import Partnership
from ..models import Theme
from .common import block_or_refuse
from .common import guard_or_refuse
from .common import not_merged
from .common import require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


@dataclass(frozen=True, slots=True)
class ContactData:
    date: datetime.date
    form: str
    tier: str
    topic: str
    unit: str
    organisations: list[Organisation]
    themes: list[Theme]
    notes: str = ""
    outcomes: str = ""


def contact_structural_missing(*, data: ContactData) -> list[Organisation]:
    """Organisations of a structural contact without a partnership on its date."""
    if data.tier != Tier.STRUCTURAL:
        return []
    covered = set(
        Partnership.objects.filter(
            organisation__in=data.organisations, starts_on__lte=data.date
        )
        .exclude(ends_on__lt=data.date)
        .values_list("organisation_id", flat=True)
    )
    return [o for o in data.organisations if o.pk not in covered]


def contact_validate(*, actor: Actor, data: ContactData) -> None:
    """Every rule a contact moment must pass; raises ``ValidationError``."""
    if not data.organisations:
        raise ValidationError({"organisations": _("Choose at least one organisation.")})
    not_merged(data.organisations)
    block_or_refuse(actor, data.organisations, "contact")
    missing = contact_structural_missing(data=data)
    if missing:
        raise ValidationError(
            {
                "tier": _(
                    "A structural contact is part of a partnership, and %(names)s "
                    "had none on that date. Register the partnership first, or "
                    "choose incidental."
                )
                % {"names": ", ".join(o.name for o in missing)}
            }
        )
    guard_or_refuse(
        actor,
        "contact",
        {"topic": data.topic, "notes": data.notes, "outcomes": data.outcomes},
    )


CONTACT_FIELDS = ("date", "form", "tier", "topic", "notes", "outcomes", "unit")
"""The contact moment's own fields that ``ContactData`` fills."""


def _contact_values(data: ContactData) -> dict[str, Any]:
    """The contact moment's own fields from ``data``, texts stripped."""
    values = {field: getattr(data, field) for field in CONTACT_FIELDS}
    return {f: v.strip() if isinstance(v, str) else v for f, v in values.items()}


def _contact_links_set(contact: ContactMoment, data: ContactData) -> None:
    contact.organisations.set(data.organisations)
    contact.themes.set(data.themes)


def contact_register(*, actor: Actor, data: ContactData) -> ContactMoment:
    """Register a contact moment; refused when blocked, unguarded or incomplete."""
    require(actor, "partners.keep_register")
    # Outside the transaction, so the audited refusal is kept.
    contact_validate(actor=actor, data=data)
    with transaction.atomic():
        contact = audited_save(
            ContactMoment(**_contact_values(data), created_by=actor),
            clean=True,
            event=CONTACT_CREATED,
            actor=actor,
            context={
                "tier": data.tier,
                "organisations": [o.pk for o in data.organisations],
                "themes": [t.code for t in data.themes],
            },
        )
        _contact_links_set(contact, data)
    return contact


def contact_update(
    *, actor: Actor, contact: ContactMoment, data: ContactData
) -> ContactMoment:
    """Change a contact moment (guarded, validated, audited with the changed
    field names)."""
    require(actor, "partners.keep_register")
    contact_validate(actor=actor, data=data)
    with transaction.atomic():
        contact = ContactMoment.objects.select_for_update().get(pk=contact.pk)
        changed = [f for f in CONTACT_FIELDS if getattr(contact, f) != getattr(data, f)]
        if set(contact.organisations.all()) != set(data.organisations):
            changed.append("organisations")
        if set(contact.themes.all()) != set(data.themes):
            changed.append("themes")
        values = _contact_values(data)
        audited_save(
            contact,
            values,
            clean=True,
            event=CONTACT_CHANGED,
            actor=actor,
            context={"fields": sorted(changed), "tier": [contact.tier, values["tier"]]},
        )
        _contact_links_set(contact, data)
    return contact
