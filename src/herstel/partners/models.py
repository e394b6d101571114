# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The partner register: organisations and contact moments, never people.

Free text (topics, notes, outcomes) passes the privacy guard before it is
saved. A security advice holds the advising service and its reference only:
the body has no legal basis to assess organisations itself.
"""

from __future__ import annotations

import datetime

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import acted
from herstel.core.model_fields import created_moment
from herstel.core.model_fields import optional_date
from herstel.core.model_fields import optional_moment
from herstel.core.model_links import kept_link
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import open_period
from herstel.core.model_parts import unique
from herstel.core.model_parts import user_link
from herstel.core.models import Created

from .constants import AdvisingService
from .constants import ContactForm
from .constants import OrganisationKind
from .constants import Tier

kvk_validator = RegexValidator(
    r"^\d{8}$", _("A KvK number has exactly 8 digits, e.g. 12345678.")
)
reference_validator = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9./_-]{0,59}$",
    _(
        "Enter the advising service's reference: letters, digits and . / _ - "
        "only, without spaces (e.g. AIVD-2026-0113)."
    ),
)


class Theme(models.Model):
    """A policy theme, e.g. of an integration action agenda; named in both languages."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    Meta = model_meta(_("theme"), _("themes"), ordering=("position", "code"))

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        if (translation.get_language() or "nl").startswith("en"):
            return self.name_en
        return self.name_nl


class OrganisationQuerySet(models.QuerySet["Organisation"]):
    def with_active_advice(
        self, on: datetime.date | None = None
    ) -> OrganisationQuerySet:
        day = on or timezone.localdate()
        return self.filter(
            advices__starts_on__lte=day, advices__lifted_on__isnull=True
        ).distinct()


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    kvk_number = models.CharField(
        _("KvK number"),
        max_length=8,
        blank=True,
        validators=[kvk_validator],
        help_text=_("Chamber of Commerce number: 8 digits. Leave empty if none."),
    )
    kind = models.CharField(_("type"), max_length=30, choices=OrganisationKind.choices)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="organisations", verbose_name=_("themes")
    )
    website = models.URLField(_("public website"), blank=True)
    merged_into = kept_link("self", "merged_from", _("merged into"), optional=True)
    merged_on = optional_date(_("merged on"))
    created_at = created_moment(_("created at"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()

    Meta = model_meta(
        _("organisation"),
        _("organisations"),
        ordering=("name",),
        constraints=[
            unique(
                "unique_organisation_kvk", "kvk_number", condition=~Q(kvk_number="")
            ),
            models.CheckConstraint(
                condition=Q(merged_into__isnull=True) | Q(merged_on__isnull=False),
                name="organisation_merge_has_date",
            ),
        ],
    )

    def __str__(self) -> str:
        return self.name

    @property
    def is_merged(self) -> bool:
        return self.merged_into_id is not None


class FormerName(models.Model):
    """A name the organisation used until ``until`` (renames keep their history)."""

    organisation = part_of(Organisation, "former_names", _("organisation"))
    name = models.CharField(_("name"), max_length=200)
    until = optional_date(_("used until"))

    Meta = model_meta(
        _("former name"), _("former names"), ordering=("organisation", "-until")
    )

    def __str__(self) -> str:
        return self.name


class SecurityAdvice(models.Model):
    """An external advice against contact ("ontraden"): service and reference only.

    There is deliberately no field for reasons or an assessment.
    """

    organisation = kept_link(Organisation, "advices", _("organisation"))
    service = models.CharField(
        _("advising service"), max_length=20, choices=AdvisingService.choices
    )
    reference = models.CharField(
        _("reference"), max_length=60, validators=[reference_validator]
    )
    starts_on = models.DateField(_("in force from"))
    lifted_on = optional_date(_("lifted on"))
    lift_reference = models.CharField(
        _("reference of the withdrawal"),
        max_length=60,
        blank=True,
        validators=[reference_validator],
    )
    recorded_by, recorded_at = acted(_("recorded by"), _("recorded at"))
    lifted_by = user_link(_("lifted by"), optional=True)

    Meta = model_meta(
        _("security advice"),
        _("security advices"),
        ordering=("organisation", "-starts_on"),
        constraints=[open_period("advice_lifted_after_start", end="lifted_on")],
    )

    def __str__(self) -> str:
        return f"{self.get_service_display()} {self.reference}"

    def is_active(self, on: datetime.date | None = None) -> bool:
        day = on or timezone.localdate()
        return self.starts_on <= day and self.lifted_on is None


class Partnership(Created):
    """The organisation is a structural partner from ``starts_on`` to ``ends_on``."""

    organisation = kept_link(Organisation, "partnerships", _("organisation"))
    starts_on = models.DateField(_("starts on"))
    ends_on = optional_date(_("ends on"))
    unit = models.CharField(_("unit"), max_length=150)

    Meta = model_meta(
        _("partnership"),
        _("partnerships"),
        ordering=("organisation", "-starts_on"),
        constraints=[open_period("partnership_ends_after_start")],
    )

    def __str__(self) -> str:
        return f"{self.organisation} {self.starts_on}"

    def covers(self, day: datetime.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


class ContactMoment(Created):
    date = models.DateField(_("date"))
    form = models.CharField(_("form"), max_length=20, choices=ContactForm.choices)
    tier = models.CharField(_("tier"), max_length=20, choices=Tier.choices)
    topic = models.CharField(_("topic"), max_length=200)
    notes = models.TextField(_("notes"), blank=True)
    outcomes = models.TextField(_("outcomes"), blank=True)
    unit = models.CharField(_("unit"), max_length=150)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="contacts", verbose_name=_("themes")
    )
    organisations = models.ManyToManyField(
        Organisation, related_name="contacts", verbose_name=_("organisations")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    Meta = model_meta(
        _("contact moment"), _("contact moments"), ordering=("-date", "-pk")
    )

    def __str__(self) -> str:
        return f"{self.date} {self.topic}"


class Invitation(Created):
    """An invitation to an organisation (a meeting, a session, a consultation)."""

    organisation = kept_link(Organisation, "invitations", _("organisation"))
    occasion = models.CharField(_("occasion"), max_length=200)
    date = models.DateField(_("date of the occasion"))

    Meta = model_meta(_("invitation"), _("invitations"), ordering=("-date", "-pk"))

    def __str__(self) -> str:
        return f"{self.date} {self.occasion}"


class GuardAllowance(models.Model):
    """A privacy officer allowed one exact finding (e.g. a minister acting in office).

    The finding's text is kept as a keyed digest only, so this table holds no
    names; ``hint`` shows its first letter and length for recognition.
    """

    category = models.CharField(_("category"), max_length=30)
    digest = models.CharField(max_length=64, editable=False)
    hint = models.CharField(_("hint"), max_length=40)
    reason = models.CharField(_("reason"), max_length=300)
    granted_by, granted_at = acted(_("granted by"), _("granted at"))
    revoked_at = optional_moment(_("revoked at"))

    Meta = model_meta(
        _("allowed finding"),
        _("allowed findings"),
        ordering=("-granted_at",),
        constraints=[
            unique(
                "unique_active_allowance",
                "category",
                "digest",
                condition=Q(revoked_at__isnull=True),
            )
        ],
    )

    def __str__(self) -> str:
        return f"{self.category} {self.hint}"


class OverviewPublication(models.Model):
    """The public annual overview of a year as published: a frozen snapshot."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    rows = models.JSONField(_("rows"))
    published_by = user_link(_("published by"))
    published_at = models.DateTimeField(_("published at"))

    Meta = model_meta(
        _("published annual overview"),
        _("published annual overviews"),
        ordering=("-year",),
    )

    def __str__(self) -> str:
        return str(self.year)


class ConfidentialCopy(models.Model):
    """One numbered copy of the confidential list, issued to one recipient."""

    number = models.PositiveIntegerField(_("copy number"), unique=True)
    since = models.DateField(_("contacts since"))
    recipient = models.CharField(_("recipient (function)"), max_length=150)
    organisations = models.PositiveIntegerField(_("organisations listed"))
    sha256 = models.CharField(_("SHA-256 of the PDF"), max_length=64)
    issued_by, issued_at = acted(_("issued by"), _("issued at"))

    Meta = model_meta(
        _("confidential list copy"),
        _("confidential list copies"),
        ordering=("-number",),
    )

    def __str__(self) -> str:
        return str(self.number)
