# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The inventory: dossiers, their storage locations and documents.

Document content, extracted text and original file name are encrypted; the
database holds ciphertext, key ids and fingerprints only.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .constants import EXTRACTION_FAILURES, DocumentStatus, LocationKind


class Dossier(models.Model):
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")
        ordering = ("title",)

    def __str__(self) -> str:
        return self.title


class StorageLocation(models.Model):
    """A place outside Herstel where copies of the dossier live (share, backups)."""

    dossier = models.ForeignKey(
        Dossier,
        on_delete=models.CASCADE,
        related_name="locations",
        verbose_name=_("dossier"),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=LocationKind.choices)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    custodian = models.CharField(
        _("custodian"), max_length=200, blank=True, help_text=_("The unit responsible.")
    )

    class Meta:
        verbose_name = _("storage location")
        verbose_name_plural = _("storage locations")
        ordering = ("dossier", "kind", "name")
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "name"], name="unique_location_name"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Document(models.Model):
    dossier = models.ForeignKey(
        Dossier,
        on_delete=models.PROTECT,
        related_name="documents",
        verbose_name=_("dossier"),
    )
    reference = models.CharField(_("reference"), max_length=30, unique=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DocumentStatus.choices,
        default=DocumentStatus.STORED,
    )
    media_type = models.CharField(_("media type"), max_length=100, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    sha256 = models.CharField(
        _("SHA-256 of the original"), max_length=64, db_index=True
    )
    filename_sealed = models.BinaryField(
        _("file name (encrypted)"), null=True, editable=False
    )
    original_key_id = models.CharField(max_length=32, blank=True, editable=False)
    original_blob = models.CharField(max_length=200, blank=True, editable=False)
    text_key_id = models.CharField(max_length=32, blank=True, editable=False)
    text_blob = models.CharField(max_length=200, blank=True, editable=False)
    text_length = models.PositiveIntegerField(_("text length"), default=0)
    failure_code = models.CharField(_("failure"), max_length=30, blank=True)
    created_at = models.DateTimeField(_("stored at"), auto_now_add=True)
    shredded_at = models.DateTimeField(_("destroyed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ("reference",)
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "sha256"], name="unique_document_content"
            )
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def failure_text(self) -> str:
        return str(EXTRACTION_FAILURES.get(self.failure_code, self.failure_code))

    @property
    def is_shredded(self) -> bool:
        return self.status == DocumentStatus.SHREDDED
