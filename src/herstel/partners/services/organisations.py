# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Organisations: register, change, rename and merge; history is kept."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING
from typing import Any
from typing import Required
from typing import TypedDict
from typing import Unpack

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record

from ..audit_events import ORGANISATION_CHANGED
from ..audit_events import ORGANISATION_CREATED
from ..audit_events import ORGANISATION_MERGED
from ..models import FormerName
from ..models import Organisation
from ..models import Theme
from .common import full_clean
from .common import require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


class OrganisationFields(TypedDict, total=False):
    """What the register keeps on an organisation (the organisation form's
    fields); ``name`` and ``kind`` are required."""

    name: Required[str]
    kind: Required[str]
    kvk_number: str
    website: str
    themes: Iterable[Theme]


def _fields_set(organisation: Organisation, fields: OrganisationFields) -> None:
    """Write ``fields`` onto ``organisation``, validate and save it."""
    organisation.name = fields["name"].strip()
    organisation.kind = fields["kind"]
    organisation.kvk_number = fields.get("kvk_number", "").strip()
    organisation.website = fields.get("website", "")
    full_clean(organisation, exclude=["merged_into"])
    organisation.save()
    organisation.themes.set(list(fields.get("themes", ())))


def _fields_get(organisation: Organisation) -> dict[str, Any]:
    """The kept fields as they are now, for the audit trail."""
    return {
        "name": organisation.name,
        "kind": organisation.kind,
        "kvk_number": organisation.kvk_number,
        "website": organisation.website,
        "themes": sorted(t.code for t in organisation.themes.all()),
    }


def organisation_create(
    *,
    actor: Actor,
    former_names: Iterable[tuple[str, datetime.date | None]] = (),
    **fields: Unpack[OrganisationFields],
) -> Organisation:
    """Register an organisation with its themes and former names (guarded,
    validated, audited)."""
    require(actor, "partners.keep_register")
    with transaction.atomic():
        organisation = Organisation()
        _fields_set(organisation, fields)
        for former, until in former_names:
            FormerName.objects.create(
                organisation=organisation, name=former.strip(), until=until
            )
        audit_event_record(
            event=ORGANISATION_CREATED,
            actor=actor,
            target=organisation,
            context={
                "kind": organisation.kind,
                "themes": [t.code for t in organisation.themes.all()],
            },
        )
    return organisation


def organisation_update(
    *,
    actor: Actor,
    organisation: Organisation,
    renamed_on: datetime.date | None = None,
    **fields: Unpack[OrganisationFields],
) -> Organisation:
    """Change an organisation; a new name keeps the old one as a former name."""
    require(actor, "partners.keep_register")
    with transaction.atomic():
        organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
        before = _fields_get(organisation)
        old_name = organisation.name
        _fields_set(organisation, fields)
        after = _fields_get(organisation)
        changed = sorted(key for key in before if before[key] != after[key])
        if old_name != organisation.name:
            FormerName.objects.create(
                organisation=organisation,
                name=old_name,
                until=renamed_on or timezone.localdate(),
            )
        if changed:
            # Organisation data is not personal data: before and after are kept.
            audit_event_record(
                event=ORGANISATION_CHANGED,
                actor=actor,
                target=organisation,
                context={
                    "fields": changed,
                    "before": {k: before[k] for k in changed},
                    "after": {k: after[k] for k in changed},
                },
            )
    return organisation


def organisation_merge(
    *,
    actor: Actor,
    organisation: Organisation,
    into: Organisation,
    merged_on: datetime.date,
) -> Organisation:
    """Record that ``organisation`` merged into ``into``; its history stays its own."""
    require(actor, "partners.keep_register")
    with transaction.atomic():
        organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
        if organisation.merged_into_id == into.pk:
            return organisation
        if organisation.pk == into.pk:
            raise ValidationError(_("An organisation cannot merge into itself."))
        if organisation.is_merged:
            raise ValidationError(_("This organisation has already merged."))
        if into.is_merged:
            raise ValidationError(
                _("%(name)s has itself merged; choose the organisation it merged into.")
                % {"name": into.name}
            )
        organisation.merged_into = into
        organisation.merged_on = merged_on
        organisation.save(update_fields=["merged_into", "merged_on", "updated_at"])
        audit_event_record(
            event=ORGANISATION_MERGED,
            actor=actor,
            target=organisation,
            context={"into": into.pk, "merged_on": merged_on.isoformat()},
        )
    return organisation
