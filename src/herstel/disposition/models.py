# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Dispositions, legal holds, destruction runs, redaction grounds and redactions.

No model here holds document content or a data subject's name: documents are
referenced by their row and reference, destroyed ones by their SHA-256
fingerprint.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING
from typing import Any

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from herstel.core.model_fields import list_field
from herstel.core.model_fields import optional_date
from herstel.core.model_fields import optional_moment
from herstel.core.model_links import kept_link
from herstel.core.model_links import loose_link
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import choice_field
from herstel.core.model_parts import four_eyes
from herstel.core.model_parts import non_empty_span
from herstel.core.model_parts import open_period
from herstel.core.model_parts import unique
from herstel.core.model_parts import user_link
from herstel.core.models import Decided

from .constants import Action
from .constants import DecisionStatus
from .constants import HoldAuthority
from .constants import HoldScope
from .constants import ItemStatus
from .constants import RedactionStatus
from .constants import RunStatus

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class Ground(models.Model):
    """A legal ground printed on a redaction box; the privacy officer edits the list."""

    code = models.CharField(_("code"), max_length=20, unique=True)
    article = models.CharField(_("article"), max_length=200)
    description = models.CharField(_("description"), max_length=300, blank=True)
    categories = list_field(
        _("default for categories"),
        help_text=_("Mention categories for which this ground is proposed."),
    )
    active = models.BooleanField(_("active"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    Meta = model_meta(
        _("redaction ground"), _("redaction grounds"), ordering=("position", "code")
    )

    def __str__(self) -> str:
        return f"{self.code} ({self.article})"

    @property
    def category_labels(self) -> list[str]:
        """The categories this ground is proposed for, in the reader's language."""
        from herstel.detection.base import Category

        labels = dict(Category.choices)
        return [str(labels.get(code, code)) for code in self.categories]


class Disposition(Decided):
    """What happens to one document: proposed by one person, decided by another."""

    document = kept_link("dossiers.Document", "dispositions", _("document"))
    action = models.CharField(
        pgettext_lazy("disposition", "action"), max_length=20, choices=Action.choices
    )
    reason = models.TextField(_("reason"))
    legal_basis = models.CharField(_("legal basis"), max_length=300)
    retention_class = models.CharField(
        _("retention class"),
        max_length=30,
        blank=True,
        help_text=_("Category code in the Archives Act selection list."),
    )
    retention_years = models.PositiveSmallIntegerField(
        _("retention period in years"), null=True, blank=True
    )
    retention_start = optional_date(_("start of the retention period"))
    status = choice_field(_("status"), DecisionStatus.PROPOSED)
    proposed_by = user_link(_("proposed by"))
    proposed_at = models.DateTimeField(_("proposed at"), default=timezone.now)
    decision_note = models.TextField(_("decision note"), blank=True)

    Meta = model_meta(
        _("disposition"),
        _("dispositions"),
        ordering=("document", "-proposed_at"),
        constraints=[
            unique(
                "one_open_disposition_per_document",
                "document",
                condition=Q(status__in=["proposed", "approved"]),
            ),
            # Four eyes, also in the database.
            four_eyes(
                "disposition_four_eyes", first="proposed_by", second="decided_by"
            ),
            models.CheckConstraint(
                condition=~Q(action="redact_archive")
                | (
                    ~Q(retention_class="")
                    & Q(retention_years__isnull=False)
                    & Q(retention_start__isnull=False)
                ),
                name="archive_needs_retention",
            ),
        ],
    )

    def __str__(self) -> str:
        return f"{self.document_id} {self.action} ({self.status})"

    @property
    def archive_action_date(self) -> datetime.date | None:
        """The date the archived copy must itself be destroyed (archiefactiedatum)."""
        if self.retention_start is None or self.retention_years is None:
            return None
        start = self.retention_start
        year = start.year + self.retention_years
        try:
            return start.replace(year=year)
        except ValueError:  # 29 February in a year without it
            return start.replace(year=year, day=28)


def _scope_link(to: str, verbose_name: StrOrPromise) -> models.ForeignKey[Any, Any]:
    """One of a hold's scope keys: empty unless the hold's scope is its kind
    (the ``hold_scope_matches_target`` constraint); protects what it holds."""
    return kept_link(to, "+", verbose_name, optional=True)


class HoldQuerySet(models.QuerySet["Hold"]):
    def active(self, on: datetime.date | None = None) -> HoldQuerySet:
        on = on or timezone.localdate()
        return self.filter(lifted_at__isnull=True, starts_on__lte=on).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=on)
        )


class Hold(models.Model):
    """A legal hold: while active, nothing in its scope may be destroyed.

    The scope is a kind plus one nullable foreign key per kind (a dossier, a
    document, or a data subject: every document that mentions them), with a
    check constraint that exactly the key of the kind is set.
    """

    authority = models.CharField(
        _("authority"), max_length=20, choices=HoldAuthority.choices
    )
    reference = models.CharField(_("reference"), max_length=100)
    reason = models.TextField(_("reason"))
    scope = models.CharField(_("scope"), max_length=20, choices=HoldScope.choices)
    dossier = _scope_link("dossiers.Dossier", _("dossier"))
    document = _scope_link("dossiers.Document", _("document"))
    subject = _scope_link("dossiers.Subject", _("data subject"))
    starts_on = models.DateField(_("starts on"), default=timezone.localdate)
    ends_on = optional_date(_("ends on"))
    placed_by = user_link(_("placed by"))
    placed_at = models.DateTimeField(_("placed at"), default=timezone.now)
    lifted_by = user_link(_("lifted by"), optional=True)
    lifted_at = optional_moment(_("lifted at"))
    lift_reason = models.TextField(_("reason for lifting"), blank=True)

    objects = HoldQuerySet.as_manager()

    Meta = model_meta(
        _("legal hold"),
        _("legal holds"),
        ordering=("-placed_at",),
        constraints=[
            models.CheckConstraint(
                condition=(
                    Q(
                        scope="dossier",
                        dossier__isnull=False,
                        document__isnull=True,
                        subject__isnull=True,
                    )
                    | Q(
                        scope="document",
                        document__isnull=False,
                        dossier__isnull=True,
                        subject__isnull=True,
                    )
                    | Q(
                        scope="subject",
                        subject__isnull=False,
                        dossier__isnull=True,
                        document__isnull=True,
                    )
                ),
                name="hold_scope_matches_target",
            ),
            open_period("hold_ends_after_start"),
        ],
    )

    def __str__(self) -> str:
        return f"{self.get_authority_display()} {self.reference}"

    @property
    def reason_text(self) -> str:
        """The reason in the reader's language: a hold the system placed for an
        objection is described from its reference; a reason a person typed is
        shown as typed."""
        if self.authority == HoldAuthority.OBJECTION:
            return _("Objection to destruction, access request %(reference)s") % {
                "reference": self.reference
            }
        return self.reason

    def is_active(self, on: datetime.date | None = None) -> bool:
        on = on or timezone.localdate()
        return (
            self.lifted_at is None
            and self.starts_on <= on
            and (self.ends_on is None or self.ends_on >= on)
        )


class DestructionRun(models.Model):
    """Documents of one dossier destroyed together, with one certificate."""

    dossier = kept_link("dossiers.Dossier", "+", _("dossier"))
    reference = models.CharField(_("reference"), max_length=30, unique=True)
    planned_for = models.DateField(_("planned for"))
    legal_basis = models.CharField(_("legal basis"), max_length=300)
    status = choice_field(_("status"), RunStatus.DRAFT)
    created_by = user_link(_("prepared by"))
    created_at = models.DateTimeField(_("prepared at"), default=timezone.now)
    approved_by = user_link(_("approved by"), optional=True)
    approved_at = optional_moment(_("approved at"))
    executed_by = user_link(_("executed by"), optional=True)
    started_at = optional_moment(_("started at"))
    destroyed_at = optional_moment(_("documents destroyed at"))
    completed_at = optional_moment(_("completed at"))
    certificate = models.BinaryField(_("certificate (PDF)"), null=True, editable=False)
    certificate_sha256 = models.CharField(
        _("SHA-256 of the certificate"), max_length=64, blank=True
    )

    Meta = model_meta(
        _("destruction run"),
        _("destruction runs"),
        ordering=("-created_at",),
        constraints=[
            four_eyes("run_four_eyes", first="created_by", second="approved_by")
        ],
    )

    def __str__(self) -> str:
        return self.reference


class RunItem(models.Model):
    """One document in a run; the identifiers stay after the document is destroyed."""

    run = part_of(DestructionRun, "items")
    document = kept_link("dossiers.Document", "+")
    reference = models.CharField(_("reference"), max_length=30)
    sha256 = models.CharField(_("SHA-256 of the original"), max_length=64)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    status = choice_field(_("status"), ItemStatus.PENDING)
    blocked_reasons = list_field(_("blocked because"))
    destroyed_at = optional_moment(_("destroyed at"))
    storage_remnants = list_field(
        _("versions object storage kept"),
        help_text=_(
            "Stored versions that could not be deleted (version id and error); "
            "ciphertext whose key is destroyed."
        ),
    )

    Meta = model_meta(
        _("run item"),
        _("run items"),
        ordering=("run", "reference"),
        constraints=[unique("unique_run_document", "run", "document")],
    )

    def __str__(self) -> str:
        return self.reference


class LocationCheck(models.Model):
    """A storage location outside Herstel, confirmed cleared by a named officer."""

    run = part_of(DestructionRun, "checks")
    location = loose_link("dossiers.StorageLocation", "+")
    kind = models.CharField(_("kind"), max_length=30)
    name = models.CharField(_("location"), max_length=200)
    officer_name = models.CharField(_("officer"), max_length=200, blank=True)
    confirmed_on = optional_date(_("confirmed on"))
    note = models.TextField(_("how it was done"), blank=True)
    recorded_by = user_link(_("recorded by"), optional=True)

    Meta = model_meta(
        _("storage location check"),
        _("storage location checks"),
        ordering=("run", "kind", "name"),
    )

    def __str__(self) -> str:
        return self.name

    @property
    def is_confirmed(self) -> bool:
        return bool(self.officer_name and self.confirmed_on)


class Redaction(models.Model):
    """The redaction of one document for the archive: boxes, approval, result."""

    document = kept_link("dossiers.Document", "+", one=True)
    status = choice_field(_("status"), RedactionStatus.DRAFT)
    prepared_by = user_link(_("prepared by"))
    approved_by = user_link(_("approved by"), optional=True)
    approved_at = optional_moment(_("approved at"))
    pdf_key_id = models.CharField(max_length=32, blank=True, editable=False)
    pdf_blob = models.CharField(max_length=200, blank=True, editable=False)
    pdf_sha256 = models.CharField(max_length=64, blank=True, editable=False)

    Meta = model_meta(
        _("redaction"),
        _("redactions"),
        constraints=[
            four_eyes("redaction_four_eyes", first="prepared_by", second="approved_by")
        ],
    )

    def __str__(self) -> str:
        return f"{self.document_id} ({self.status})"


class RedactionBoxRecord(models.Model):
    """One box: from a confirmed mention or drawn by an analyst; may be switched off."""

    redaction = part_of(Redaction, "boxes")
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    ground = kept_link(Ground, "+", _("ground"))
    mention_id = models.BigIntegerField(null=True, blank=True)
    included = models.BooleanField(_("redacted"), default=True)

    Meta = model_meta(
        _("redaction box"),
        _("redaction boxes"),
        ordering=("redaction", "start", "end"),
        constraints=[
            non_empty_span("redaction_box_not_empty"),
            unique("unique_redaction_box", "redaction", "start", "end"),
        ],
    )

    def __str__(self) -> str:
        return f"{self.start}-{self.end} {self.ground_id}"
