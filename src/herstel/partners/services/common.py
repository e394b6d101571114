# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Checks shared by the register's services: permissions, advice block, guard."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.core.permissions import require  # noqa: F401  (services use it)

from ..audit_events import CONTACT_REFUSED
from ..audit_events import GUARD_REFUSED
from ..guard import Finding
from ..guard import guard_check
from ..models import Organisation
from ..selectors import guard_allowed
from ..selectors import organisation_contact_block
from ..selectors import organisation_names

if TYPE_CHECKING:
    from herstel.core.actor import Actor


class ContactBlockedError(ValidationError):
    """An organisation carries an active advice against contact."""

    def __init__(self, organisations: list[Organisation]) -> None:
        self.organisations = organisations
        super().__init__(
            _(
                "No contact can be registered with %(names)s: a security service "
                "has advised against contact with this organisation. Nothing was "
                "saved. Ask the privacy officer if you think the advice has ended."
            )
            % {"names": ", ".join(o.name for o in organisations)},
            code="blocked",
        )


class PersonalDataError(ValidationError):
    """The privacy guard found personal data in free text."""

    def __init__(self, findings: dict[str, list[Finding]]) -> None:
        self.findings = findings
        super().__init__(
            {
                field: ValidationError(
                    _(
                        "This text contains personal data (%(categories)s). Write "
                        "the role instead of the name, e.g. 'de voorzitter'."
                    )
                    % {
                        "categories": ", ".join(
                            sorted({f.label for f in field_findings})
                        )
                    },
                    code="personal_data",
                )
                for field, field_findings in findings.items()
            }
        )


def guard_fields(*, fields: Mapping[str, str]) -> dict[str, list[Finding]]:
    """Run the privacy guard over ``fields`` with the register's exemptions."""
    return guard_check(
        fields=fields, organisation_names=organisation_names(), allowed=guard_allowed()
    )


def guard_refusal_record(
    *, actor: Actor, form: str, findings: dict[str, list[Finding]]
) -> None:
    """Audit that the guard refused text: field names and counts, never the text."""
    per_category: dict[str, int] = {}
    for field_findings in findings.values():
        for finding in field_findings:
            per_category[finding.category] = per_category.get(finding.category, 0) + 1
    audit_event_record(
        event=GUARD_REFUSED,
        actor=actor,
        target=None,
        context={"form": form, "fields": sorted(findings), "findings": per_category},
    )


def guard_or_refuse(actor: Actor, form: str, fields: Mapping[str, str]) -> None:
    """Refuse (audited, ``PersonalDataError``) when the privacy guard finds
    personal data in ``fields``."""
    findings = guard_fields(fields=fields)
    if findings:
        guard_refusal_record(actor=actor, form=form, findings=findings)
        raise PersonalDataError(findings)


def contact_refusal_record(
    *, actor: Actor, organisations: list[Organisation], what: str
) -> None:
    """Audit that a contact with advised-against organisations was refused."""
    audit_event_record(
        event=CONTACT_REFUSED,
        actor=actor,
        target=None,
        context={"what": what, "organisations": [o.pk for o in organisations]},
    )


def block_or_refuse(actor: Actor, organisations: list[Organisation], what: str) -> None:
    """Refuse (audited, ``ContactBlockedError``) when a security advice
    blocks contact with one of ``organisations``."""
    blocked = organisation_contact_block(organisations=organisations)
    if blocked:
        contact_refusal_record(actor=actor, organisations=blocked, what=what)
        raise ContactBlockedError(blocked)


def not_merged(organisations: Iterable[Organisation]) -> None:
    """Refuse organisations that were merged into another one."""
    organisations = list(organisations)
    merged_ids = set(
        Organisation.objects.filter(
            pk__in=[o.pk for o in organisations], merged_into__isnull=False
        ).values_list("pk", flat=True)
    )
    merged = [o for o in organisations if o.pk in merged_ids]
    if merged:
        raise ValidationError(
            _(
                "%(names)s merged into another organisation; register the contact "
                "with the organisation it merged into."
            )
            % {"names": ", ".join(o.name for o in merged)},
            code="merged",
        )


def full_clean(instance: Any, exclude: Iterable[str] = ()) -> None:
    """Validate ``instance`` with its unique constraints, skipping ``exclude``."""
    instance.full_clean(exclude=list(exclude), validate_unique=True)
