# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Writes to the partner register: each checked, transactional and audited.

Every write of free text passes the privacy guard here as well as in the form,
so imports and future interfaces cannot skip it. A security advice blocks
contact moments, partnerships and invitations while it is active.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record

from . import reports
from .audit_events import (
    ADVICE_LIFTED,
    ADVICE_RECORDED,
    CONFIDENTIAL_ISSUED,
    CONTACT_CHANGED,
    CONTACT_CREATED,
    CONTACT_REFUSED,
    FINDING_ALLOWED,
    FINDING_REVOKED,
    GUARD_REFUSED,
    INVITATION_CREATED,
    ORGANISATION_CHANGED,
    ORGANISATION_CREATED,
    ORGANISATION_MERGED,
    OVERVIEW_PUBLISHED,
    PARTNERSHIP_CREATED,
)
from .constants import GUARDED_CATEGORIES, Tier
from .guard import Finding, finding_digest, finding_hint, guard_check
from .models import (
    ConfidentialCopy,
    ContactMoment,
    FormerName,
    GuardAllowance,
    Invitation,
    Organisation,
    OverviewPublication,
    Partnership,
    SecurityAdvice,
    Theme,
)
from .selectors import guard_allowed, organisation_contact_block, organisation_names


def _require(actor: Any, permission: str) -> None:
    if not actor.has_perm(permission):
        raise PermissionDenied


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
    *, actor: Any, form: str, findings: dict[str, list[Finding]]
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


def _guard(actor: Any, form: str, fields: Mapping[str, str]) -> None:
    findings = guard_fields(fields=fields)
    if findings:
        guard_refusal_record(actor=actor, form=form, findings=findings)
        raise PersonalDataError(findings)


def contact_refusal_record(
    *, actor: Any, organisations: list[Organisation], what: str
) -> None:
    """Audit that a contact with advised-against organisations was refused."""
    audit_event_record(
        event=CONTACT_REFUSED,
        actor=actor,
        target=None,
        context={"what": what, "organisations": [o.pk for o in organisations]},
    )


def _block(actor: Any, organisations: list[Organisation], what: str) -> None:
    blocked = organisation_contact_block(organisations=organisations)
    if blocked:
        contact_refusal_record(actor=actor, organisations=blocked, what=what)
        raise ContactBlockedError(blocked)


def _not_merged(organisations: Iterable[Organisation]) -> None:
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


def _full_clean(instance: Any, exclude: Iterable[str] = ()) -> None:
    instance.full_clean(exclude=list(exclude), validate_unique=True)


# Organisations -----------------------------------------------------------


def organisation_create(
    *,
    actor: Any,
    name: str,
    kind: str,
    kvk_number: str = "",
    website: str = "",
    themes: Iterable[Theme] = (),
    former_names: Iterable[tuple[str, datetime.date | None]] = (),
) -> Organisation:
    _require(actor, "partners.keep_register")
    with transaction.atomic():
        organisation = Organisation(
            name=name.strip(), kind=kind, kvk_number=kvk_number.strip(), website=website
        )
        _full_clean(organisation, exclude=["merged_into"])
        organisation.save()
        organisation.themes.set(list(themes))
        for former, until in former_names:
            FormerName.objects.create(
                organisation=organisation, name=former.strip(), until=until
            )
        audit_event_record(
            event=ORGANISATION_CREATED,
            actor=actor,
            target=organisation,
            context={
                "kind": kind,
                "themes": [t.code for t in organisation.themes.all()],
            },
        )
    return organisation


def organisation_update(
    *,
    actor: Any,
    organisation: Organisation,
    name: str,
    kind: str,
    kvk_number: str = "",
    website: str = "",
    themes: Iterable[Theme] = (),
    renamed_on: datetime.date | None = None,
) -> Organisation:
    """Change an organisation; a new name keeps the old one as a former name."""
    _require(actor, "partners.keep_register")
    with transaction.atomic():
        organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
        before = {
            "name": organisation.name,
            "kind": organisation.kind,
            "kvk_number": organisation.kvk_number,
            "website": organisation.website,
            "themes": sorted(t.code for t in organisation.themes.all()),
        }
        old_name = organisation.name
        organisation.name = name.strip()
        organisation.kind = kind
        organisation.kvk_number = kvk_number.strip()
        organisation.website = website
        _full_clean(organisation, exclude=["merged_into"])
        organisation.save()
        organisation.themes.set(list(themes))
        after = {
            "name": organisation.name,
            "kind": organisation.kind,
            "kvk_number": organisation.kvk_number,
            "website": organisation.website,
            "themes": sorted(t.code for t in organisation.themes.all()),
        }
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
    actor: Any,
    organisation: Organisation,
    into: Organisation,
    merged_on: datetime.date,
) -> Organisation:
    """Record that ``organisation`` merged into ``into``; its history stays its own."""
    _require(actor, "partners.keep_register")
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


# Security advice ---------------------------------------------------------


def advice_record(
    *,
    actor: Any,
    organisation: Organisation,
    service: str,
    reference: str,
    starts_on: datetime.date,
) -> SecurityAdvice:
    """Record an external advice against contact: service and reference only."""
    _require(actor, "partners.record_advice")
    with transaction.atomic():
        advice = SecurityAdvice(
            organisation=organisation,
            service=service,
            reference=reference.strip(),
            starts_on=starts_on,
            recorded_by=actor,
        )
        _full_clean(advice)
        advice.save()
        audit_event_record(
            event=ADVICE_RECORDED,
            actor=actor,
            target=advice,
            context={"organisation": organisation.pk, "service": service},
        )
    return advice


def advice_lift(
    *, actor: Any, advice: SecurityAdvice, lifted_on: datetime.date
) -> SecurityAdvice:
    """End an advice (the service withdrew it). Idempotent."""
    _require(actor, "partners.record_advice")
    with transaction.atomic():
        advice = SecurityAdvice.objects.select_for_update().get(pk=advice.pk)
        if advice.lifted_on is not None:
            return advice
        if lifted_on < advice.starts_on:
            raise ValidationError(
                _("An advice cannot be lifted before it came into force.")
            )
        advice.lifted_on = lifted_on
        advice.lifted_by = actor
        advice.save(update_fields=["lifted_on", "lifted_by"])
        audit_event_record(
            event=ADVICE_LIFTED,
            actor=actor,
            target=advice,
            context={"organisation": advice.organisation_id},
        )
    return advice


# Partnerships and invitations --------------------------------------------


def partnership_create(
    *,
    actor: Any,
    organisation: Organisation,
    starts_on: datetime.date,
    ends_on: datetime.date | None,
    unit: str,
) -> Partnership:
    _require(actor, "partners.keep_register")
    _not_merged([organisation])
    # Refusals are checked (and audited) outside the write's transaction.
    _block(actor, [organisation], "partnership")
    with transaction.atomic():
        partnership = Partnership(
            organisation=organisation,
            starts_on=starts_on,
            ends_on=ends_on,
            unit=unit.strip(),
            created_by=actor,
        )
        _full_clean(partnership)
        if ends_on is not None and ends_on < starts_on:
            raise ValidationError({"ends_on": _("The end lies before the start.")})
        partnership.save()
        audit_event_record(
            event=PARTNERSHIP_CREATED,
            actor=actor,
            target=partnership,
            context={"organisation": organisation.pk},
        )
    return partnership


def invitation_create(
    *, actor: Any, organisation: Organisation, occasion: str, date: datetime.date
) -> Invitation:
    _require(actor, "partners.keep_register")
    _not_merged([organisation])
    _block(actor, [organisation], "invitation")
    _guard(actor, "invitation", {"occasion": occasion})
    with transaction.atomic():
        invitation = Invitation(
            organisation=organisation,
            occasion=occasion.strip(),
            date=date,
            created_by=actor,
        )
        _full_clean(invitation)
        invitation.save()
        audit_event_record(
            event=INVITATION_CREATED,
            actor=actor,
            target=invitation,
            context={"organisation": organisation.pk},
        )
    return invitation


# Contact moments ---------------------------------------------------------


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


def contact_validate(*, actor: Any, data: ContactData) -> None:
    """Every rule a contact moment must pass; raises ``ValidationError``."""
    if not data.organisations:
        raise ValidationError({"organisations": _("Choose at least one organisation.")})
    _not_merged(data.organisations)
    _block(actor, data.organisations, "contact")
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
    _guard(
        actor,
        "contact",
        {"topic": data.topic, "notes": data.notes, "outcomes": data.outcomes},
    )


def contact_register(*, actor: Any, data: ContactData) -> ContactMoment:
    """Register a contact moment; refused when blocked, unguarded or incomplete."""
    _require(actor, "partners.keep_register")
    # Outside the transaction, so the audited refusal is kept.
    contact_validate(actor=actor, data=data)
    with transaction.atomic():
        contact = ContactMoment(
            date=data.date,
            form=data.form,
            tier=data.tier,
            topic=data.topic.strip(),
            notes=data.notes.strip(),
            outcomes=data.outcomes.strip(),
            unit=data.unit.strip(),
            created_by=actor,
        )
        _full_clean(contact)
        contact.save()
        contact.organisations.set(data.organisations)
        contact.themes.set(data.themes)
        audit_event_record(
            event=CONTACT_CREATED,
            actor=actor,
            target=contact,
            context={
                "tier": data.tier,
                "organisations": [o.pk for o in data.organisations],
                "themes": [t.code for t in data.themes],
            },
        )
    return contact


def contact_update(
    *, actor: Any, contact: ContactMoment, data: ContactData
) -> ContactMoment:
    _require(actor, "partners.keep_register")
    contact_validate(actor=actor, data=data)
    with transaction.atomic():
        contact = ContactMoment.objects.select_for_update().get(pk=contact.pk)
        fields = ("date", "form", "tier", "topic", "notes", "outcomes", "unit")
        changed = [f for f in fields if getattr(contact, f) != getattr(data, f)]
        before_tier = contact.tier
        for field in fields:
            value = getattr(data, field)
            setattr(contact, field, value.strip() if isinstance(value, str) else value)
        _full_clean(contact)
        contact.save()
        if set(contact.organisations.all()) != set(data.organisations):
            changed.append("organisations")
        if set(contact.themes.all()) != set(data.themes):
            changed.append("themes")
        contact.organisations.set(data.organisations)
        contact.themes.set(data.themes)
        audit_event_record(
            event=CONTACT_CHANGED,
            actor=actor,
            target=contact,
            context={"fields": sorted(changed), "tier": [before_tier, contact.tier]},
        )
    return contact


# Privacy guard allowances ------------------------------------------------


def allowance_grant(
    *, actor: Any, category: str, text: str, reason: str
) -> GuardAllowance:
    """Allow one exact finding (e.g. a minister acting in office), with a reason."""
    _require(actor, "partners.allow_finding")
    if category not in GUARDED_CATEGORIES:
        raise ValidationError({"category": _("Choose a category the guard checks.")})
    if not text.strip():
        raise ValidationError({"text": _("Enter the text to allow.")})
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason for allowing it.")})
    digest = finding_digest(category=category, text=text)
    with transaction.atomic():
        existing = GuardAllowance.objects.filter(
            category=category, digest=digest, revoked_at__isnull=True
        ).first()
        if existing is not None:
            return existing
        allowance = GuardAllowance.objects.create(
            category=category,
            digest=digest,
            hint=finding_hint(text),
            reason=reason.strip(),
            granted_by=actor,
        )
        audit_event_record(
            event=FINDING_ALLOWED,
            actor=actor,
            target=allowance,
            reason=reason.strip()[:300],
            context={"category": category},
        )
    return allowance


def allowance_revoke(*, actor: Any, allowance: GuardAllowance) -> GuardAllowance:
    _require(actor, "partners.allow_finding")
    with transaction.atomic():
        allowance = GuardAllowance.objects.select_for_update().get(pk=allowance.pk)
        if allowance.revoked_at is not None:
            return allowance
        allowance.revoked_at = timezone.now()
        allowance.save(update_fields=["revoked_at"])
        audit_event_record(
            event=FINDING_REVOKED,
            actor=actor,
            target=allowance,
            context={"category": allowance.category},
        )
    return allowance


# Reports -----------------------------------------------------------------


def overview_publish(*, actor: Any, year: int) -> OverviewPublication:
    """Publish (or republish) the public annual overview of ``year`` as a snapshot."""
    _require(actor, "partners.publish_overview")
    rows = reports.overview_rows(year=year)
    with transaction.atomic():
        publication, created = OverviewPublication.objects.update_or_create(
            year=year,
            defaults={
                "rows": reports.rows_to_snapshot(rows),
                "published_by": actor,
                "published_at": timezone.now(),
            },
        )
        audit_event_record(
            event=OVERVIEW_PUBLISHED,
            actor=actor,
            target=publication,
            context={
                "year": year,
                "rows": len(rows),
                "organisations": len({r.organisation for r in rows}),
                "republished": not created,
            },
        )
    return publication


@dataclass(frozen=True, slots=True)
class IssuedCopy:
    copy: ConfidentialCopy
    pdf: bytes


def confidential_copy_issue(
    *, actor: Any, since: datetime.date, recipient: str
) -> IssuedCopy:
    """Generate a numbered copy of the confidential list for one recipient; audited.

    The recipient is written as a function ("directeur-generaal"), which the
    privacy guard checks. Only the copy's number, recipient, count and the
    PDF's SHA-256 are kept; the PDF itself is not stored.
    """
    _require(actor, "partners.issue_confidential_list")
    _guard(actor, "confidential_list", {"recipient": recipient})
    for _attempt in range(3):
        try:
            return _confidential_copy_create(
                actor=actor, since=since, recipient=recipient.strip()
            )
        except IntegrityError:
            # Another user took the same number at the same moment: renumber.
            continue
    raise RuntimeError("Could not number the confidential copy; try again.")


def _confidential_copy_create(
    *, actor: Any, since: datetime.date, recipient: str
) -> IssuedCopy:
    with transaction.atomic():
        # The lock on the highest copy serialises numbering between users; the
        # unique number catches the first copy, when there is no row to lock.
        last = (
            ConfidentialCopy.objects.select_for_update()
            .order_by("-number")
            .values_list("number", flat=True)
            .first()
        )
        number = (last or 0) + 1
        rows = reports.confidential_rows(since=since)
        pdf = reports.confidential_pdf(
            since=since,
            rows=rows,
            number=number,
            recipient=recipient,
            issued_on=timezone.localdate(),
        )
        copy = ConfidentialCopy.objects.create(
            number=number,
            since=since,
            recipient=recipient,
            organisations=len(rows),
            sha256=hashlib.sha256(pdf).hexdigest(),
            issued_by=actor,
        )
        audit_event_record(
            event=CONFIDENTIAL_ISSUED,
            actor=actor,
            target=copy,
            context={
                "number": number,
                "since": since.isoformat(),
                "organisations": len(rows),
                "sha256": copy.sha256,
            },
        )
    return IssuedCopy(copy=copy, pdf=pdf)
