# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The inventory: dossiers, their storage locations and documents.

Document content, extracted text and original file name are encrypted; the
database holds ciphertext, key ids and fingerprints only.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import acted
from herstel.core.model_fields import created_moment
from herstel.core.model_fields import optional_moment
from herstel.core.model_links import kept_link
from herstel.core.model_links import loose_link
from herstel.core.model_links import part_of
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import choice_field
from herstel.core.model_parts import non_empty_span
from herstel.core.model_parts import unique
from herstel.core.models import Decided
from herstel.extraction.file_types import file_type_label

from .constants import DocumentStatus
from .constants import IngestionSource
from .constants import LocationKind
from .constants import MentionOrigin
from .constants import MentionStatus
from .constants import SubjectStatus
from .constants import failure_text


class Dossier(models.Model):
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    created_at = created_moment(_("created at"))

    Meta = model_meta(_("dossier"), _("dossiers"), ordering=("title",))

    def __str__(self) -> str:
        return self.title


class StorageLocation(models.Model):
    """A place outside Herstel where copies of the dossier live (share, backups)."""

    dossier = part_of(Dossier, "locations", _("dossier"))
    kind = models.CharField(_("kind"), max_length=30, choices=LocationKind.choices)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    custodian = models.CharField(
        _("custodian"), max_length=200, blank=True, help_text=_("The unit responsible.")
    )

    Meta = model_meta(
        _("storage location"),
        _("storage locations"),
        ordering=("dossier", "kind", "name"),
        constraints=[unique("unique_location_name", "dossier", "name")],
    )

    def __str__(self) -> str:
        return self.name


class Document(models.Model):
    dossier = kept_link(Dossier, "documents", _("dossier"))
    reference = models.CharField(_("reference"), max_length=30, unique=True)
    status = choice_field(_("status"), DocumentStatus.STORED)
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
    failed_part_count = models.PositiveIntegerField(_("parts without text"), default=0)
    failed_parts_sealed = models.BinaryField(
        _("parts without text (encrypted)"), null=True, editable=False
    )
    created_at = created_moment(_("stored at"))
    shredded_at = optional_moment(_("destroyed at"))

    Meta = model_meta(
        _("document"),
        _("documents"),
        ordering=("reference",),
        constraints=[unique("unique_document_content", "dossier", "sha256")],
    )

    def __str__(self) -> str:
        return self.reference

    @property
    def file_type(self) -> str:
        """The media type in words ("Word document"), for people to read."""
        return file_type_label(self.media_type)

    @property
    def failure_text(self) -> str:
        return failure_text(self.failure_code)

    @property
    def is_shredded(self) -> bool:
        return self.status == DocumentStatus.SHREDDED


class Mention(Decided):
    """A span of a document's extracted text that holds personal data.

    Only offsets are stored: the text itself stays in the encrypted blob, so
    shredding the document's keys makes every mention unreadable too.
    """

    document = part_of(Document, "mentions", _("document"))
    category = models.CharField(_("category"), max_length=30, db_index=True)
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    score = models.FloatField(_("score"), default=1.0)
    detector = models.CharField(_("detector"), max_length=50, blank=True)
    method = models.CharField(_("method"), max_length=100, blank=True)
    origin = choice_field(_("origin"), MentionOrigin.ENGINE)
    status = choice_field(_("status"), MentionStatus.PROPOSED, db_index=True)
    subject = loose_link("Subject", "mentions", _("subject"))

    Meta = model_meta(
        _("mention"),
        _("mentions"),
        ordering=("document", "start", "end"),
        constraints=[
            non_empty_span("mention_span_not_empty"),
            unique("unique_mention_span", "document", "start", "end", "category"),
        ],
    )

    def __str__(self) -> str:
        return f"{self.document_id}:{self.start}-{self.end} {self.category}"

    @property
    def source_label(self) -> str:
        """How this mention was found, in words (never a code)."""
        from .sources import source_label

        return source_label(self.detector, self.method)


class Subject(Decided):
    """One person as the inventory knows them: a group of name mentions.

    Built automatically from the blind name index (see ``subjects.py``);
    analysts confirm, merge and split. Holds no name: the names stay in the
    encrypted documents, the index holds keyed hashes only.
    """

    status = choice_field(_("status"), SubjectStatus.PROPOSED, db_index=True)
    created_at = created_moment(_("created at"))
    merged_into = loose_link("self", "+", _("merged into"))

    Meta = model_meta(_("subject"), _("subjects"), ordering=("pk",))

    def __str__(self) -> str:
        return f"S-{self.pk}"

    @property
    def reference(self) -> str:
        return f"S-{self.pk}"


class NameKey(models.Model):
    """One blind-index entry: a keyed hash of a name (or place) variant.

    ``digest`` is an HMAC of a normalised spelling; without the index key it
    reveals nothing. ``subject`` repeats the mention's subject so a search is
    one index lookup and one grouping. Rows go with their mention (cascade),
    and shredding a document deletes them explicitly.
    """

    mention = part_of(Mention, "name_keys")
    subject = part_of(Subject, "name_keys")
    kind = models.PositiveSmallIntegerField(_("kind"))
    digest = models.CharField(_("digest"), max_length=32)

    Meta = model_meta(
        _("name key"),
        _("name keys"),
        indexes=[
            models.Index(
                fields=["digest", "subject", "kind"], name="namekey_digest_subject"
            )
        ],
        constraints=[unique("unique_name_key", "mention", "kind", "digest")],
    )

    def __str__(self) -> str:
        return f"{self.kind}:{self.digest[:8]}"


class IngestionRun(models.Model):
    """One batch of files loaded into a dossier, with what happened to them."""

    dossier = part_of(Dossier, "ingestions", _("dossier"))
    source = models.CharField(
        _("source"), max_length=20, choices=IngestionSource.choices
    )
    started_by, started_at = acted(_("started by"), _("started at"), optional=True)
    finished_at = optional_moment(_("finished at"))
    files = models.PositiveIntegerField(_("files"), default=0)
    stored = models.PositiveIntegerField(_("stored"), default=0)
    duplicates = models.PositiveIntegerField(_("already present"), default=0)
    failed = models.PositiveIntegerField(_("without text"), default=0)
    mentions = models.PositiveIntegerField(_("mentions found"), default=0)

    Meta = model_meta(
        _("ingestion run"), _("ingestion runs"), ordering=("-started_at",)
    )

    def __str__(self) -> str:
        return f"{self.dossier_id} {self.started_at:%Y-%m-%d %H:%M}"


class RememberedSurface(models.Model):
    """A surface form rejected as "not personal data" in a dossier (issue 13).

    New documents of the dossier get its mentions pre-rejected (shown as such,
    reversible). Only a keyed hash of the folded spelling is stored.
    """

    dossier = part_of(Dossier, "remembered_surfaces")
    category = models.CharField(_("category"), max_length=30)
    digest = models.CharField(_("digest"), max_length=32)
    decided_by, decided_at = acted(_("decided by"), _("decided at"), optional=True)

    Meta = model_meta(
        _("remembered rejection"),
        _("remembered rejections"),
        constraints=[
            unique("unique_remembered_surface", "dossier", "category", "digest")
        ],
    )

    def __str__(self) -> str:
        return f"{self.dossier_id}:{self.category}:{self.digest[:8]}"


class ReviewBatch(models.Model):
    """One bulk decision on every occurrence of a surface form; can be undone."""

    dossier = part_of(Dossier, "review_batches")
    document = models.ForeignKey(
        Document,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="review_batches",
    )
    category = models.CharField(_("category"), max_length=30)
    digest = models.CharField(_("digest"), max_length=32)
    status = models.CharField(_("status"), max_length=20, choices=MentionStatus.choices)
    remembered = models.BooleanField(
        _("pre-rejected from the dossier's memory"), default=False
    )
    changes = models.JSONField(_("changes"), default=list)
    """``[[mention_id, status_before], ...]``"""
    actor, created_at = acted(_("decided by"), _("created at"), optional=True)
    undone_at = optional_moment(_("undone at"))

    Meta = model_meta(
        _("bulk review decision"),
        _("bulk review decisions"),
        ordering=("-created_at", "-pk"),
    )

    def __str__(self) -> str:
        return f"batch {self.pk}: {len(self.changes)} -> {self.status}"
