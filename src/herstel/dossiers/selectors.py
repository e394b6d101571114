# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads of the inventory, permission-checked by actor."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Count
from django.db.models import Q
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from herstel.core.permissions import require
from herstel.core.work import WorkItem
from herstel.detection.base import Category

from .constants import DocumentStatus
from .constants import MentionStatus
from .constants import SubjectStatus
from .contacts import ContactDetails  # noqa: F401  (what letters to subjects use)
from .contacts import SubjectContact  # noqa: F401  (what letters to subjects use)
from .contacts import contact_source_register  # noqa: F401  (what letters to subjects use)
from .contacts import subject_categories  # noqa: F401  (what letters to subjects use)
from .contacts import subject_contact  # noqa: F401  (what letters to subjects use)
from .models import Document
from .models import Dossier
from .models import IngestionRun
from .models import Mention
from .models import Subject
from .sealed_values import documents_open
from .subject_read import Candidate  # noqa: F401  (the subject reads other apps use)
from .subject_read import Passage  # noqa: F401  (the subject reads other apps use)
from .subject_read import document_subjects_with_merged  # noqa: F401  (the subject reads other apps use)
from .subject_read import documents_readable  # noqa: F401  (the subject reads other apps use)
from .subject_read import passages_common_name  # noqa: F401  (the subject reads other apps use)
from .subject_read import subject_document_ids  # noqa: F401  (the subject reads other apps use)
from .subject_read import subject_get  # noqa: F401  (the subject reads other apps use)
from .subject_read import subject_mention_spans  # noqa: F401  (the subject reads other apps use)
from .subject_read import subject_mentions  # noqa: F401  (the subject reads other apps use)
from .subject_read import subject_passages  # noqa: F401  (the subject reads other apps use)
from .subject_read import subject_search  # noqa: F401  (the subject reads other apps use)
from .subject_read import subjects_by_id  # noqa: F401  (the subject reads other apps use)

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def dossier_list(*, actor: Actor) -> QuerySet[Dossier]:
    """Every dossier with its document, shredded and failed counts;
    needs ``dossiers.read_inventory``."""
    require(actor, "dossiers.read_inventory")
    return Dossier.objects.annotate(
        document_count=Count("documents"),
        shredded_count=Count(
            "documents", filter=Q(documents__status=DocumentStatus.SHREDDED)
        ),
        failed_count=Count(
            "documents", filter=Q(documents__status=DocumentStatus.FAILED)
        ),
    )


def dossier_get(*, actor: Actor, slug: str) -> Dossier:
    """One dossier by slug; needs ``dossiers.read_inventory``."""
    require(actor, "dossiers.read_inventory")
    return get_object_or_404(Dossier, slug=slug)


def document_list(*, actor: Actor, dossier: Dossier) -> QuerySet[Document]:
    """A dossier's documents by reference; needs ``dossiers.read_inventory`` on it."""
    require(actor, "dossiers.read_inventory", dossier)
    return dossier.documents.order_by("reference")


def document_get(*, actor: Actor, reference: str) -> Document:
    """One document by reference; needs ``dossiers.read_document`` on it."""
    document = get_object_or_404(
        Document.objects.select_related("dossier"), reference=reference
    )
    require(actor, "dossiers.read_document", document)
    return document


@dataclass(frozen=True, slots=True)
class CategoryCount:
    category: str
    label: str
    total: int
    confirmed: int
    proposed: int


def dossier_category_counts(*, actor: Actor, dossier: Dossier) -> list[CategoryCount]:
    """Mentions per category in a dossier (rejected ones left out)."""
    require(actor, "dossiers.read_inventory", dossier)
    rows = (
        Mention.objects.filter(document__dossier=dossier)
        .exclude(status=MentionStatus.REJECTED)
        .values("category")
        .annotate(
            total=Count("pk"),
            confirmed=Count("pk", filter=Q(status=MentionStatus.CONFIRMED)),
            proposed=Count("pk", filter=Q(status=MentionStatus.PROPOSED)),
        )
    )
    labels = dict(Category.choices)
    return sorted(
        (
            CategoryCount(
                category=row["category"],
                label=str(labels.get(row["category"], row["category"])),
                total=row["total"],
                confirmed=row["confirmed"],
                proposed=row["proposed"],
            )
            for row in rows
        ),
        key=lambda c: (-c.total, c.category),
    )


def documents_with_category(
    documents: QuerySet[Document], category: str
) -> QuerySet[Document]:
    """Those of ``documents`` with a (not rejected) mention of ``category``."""
    return documents.filter(
        pk__in=Mention.objects.filter(category=category)
        .exclude(status=MentionStatus.REJECTED)
        .values("document_id")
    )


def dossier_documents_filtered(
    *, actor: Actor, dossier: Dossier, category: str = ""
) -> QuerySet[Document]:
    """Documents of a dossier, optionally only those with a mention of ``category``."""
    documents = document_list(actor=actor, dossier=dossier)
    if category:
        documents = documents_with_category(documents, category)
    return documents.annotate(
        mention_count=Count(
            "mentions", filter=~Q(mentions__status=MentionStatus.REJECTED)
        )
    )


def dossier_failures(*, actor: Actor, dossier: Dossier) -> QuerySet[Document]:
    """Documents without (complete) text: failed, or with unread parts."""
    return (
        document_list(actor=actor, dossier=dossier)
        .exclude(status=DocumentStatus.SHREDDED)
        .filter(
            Q(status=DocumentStatus.FAILED)
            | Q(failed_part_count__gt=0)
            | ~Q(failure_code="")
        )
    )


def dossier_ingestions(*, actor: Actor, dossier: Dossier) -> QuerySet[IngestionRun]:
    """A dossier's ten latest ingestion runs; needs ``dossiers.read_inventory``."""
    require(actor, "dossiers.read_inventory", dossier)
    return dossier.ingestions.select_related("started_by")[:10]


def document_mentions(
    *, actor: Actor, document: Document, category: str = ""
) -> list[Mention]:
    """A document's mentions in text order, of one category if given; needs
    ``dossiers.read_document`` on it."""
    require(actor, "dossiers.read_document", document)
    mentions = document.mentions.select_related("decided_by").order_by(
        "start", "end", "pk"
    )
    if category:
        mentions = mentions.filter(category=category)
    return list(mentions)


def mention_position(*, mention: Mention) -> int:
    """How many of its document's mentions come before it in text order (the
    order of :func:`document_mentions`)."""
    return Mention.objects.filter(
        Q(start__lt=mention.start)
        | Q(start=mention.start, end__lt=mention.end)
        | Q(start=mention.start, end=mention.end, pk__lt=mention.pk),
        document_id=mention.document_id,
    ).count()


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of document text, highlighted when ``mention`` is set."""

    text: str
    mention: Mention | None = None


def text_segments(text: str, mentions: list[Mention]) -> list[Segment]:
    """Split text into plain and highlighted pieces; nested spans join the outer one."""
    segments: list[Segment] = []
    position = 0
    for mention in sorted(
        (m for m in mentions if m.status != MentionStatus.REJECTED),
        key=lambda m: (m.start, -m.end),
    ):
        if mention.start < position or mention.end > len(text):
            continue
        if mention.start > position:
            segments.append(Segment(text=text[position : mention.start]))
        segments.append(
            Segment(text=text[mention.start : mention.end], mention=mention)
        )
        position = mention.end
    if position < len(text):
        segments.append(Segment(text=text[position:]))
    return segments


def subject_references(*, ids: list[int] | None = None) -> QuerySet[Subject]:
    """Subjects that stand for a person (not merged away), as references only.

    Holds no personal data, so callers check their own permission (the notices
    list uses it for the privacy officer, who may not read the inventory).
    """
    subjects = Subject.objects.exclude(status=SubjectStatus.MERGED)
    if ids is not None:
        subjects = subjects.filter(pk__in=ids)
    return subjects.order_by("pk")


def subject_ids_in_dossiers(*, dossier_ids: list[int]) -> set[int]:
    """Subjects mentioned in the given dossiers (for per-campaign counts)."""
    return set(
        Mention.objects.filter(
            document__dossier_id__in=dossier_ids, subject__isnull=False
        )
        .values_list("subject_id", flat=True)
        .distinct()
    )


def inventory_work_items(actor: Actor) -> list[WorkItem]:
    """ "Mijn werk" for analysts: mentions to review, per dossier."""
    if not actor.has_perm("dossiers.review_mention"):
        return []
    rows = (
        Mention.objects.filter(status=MentionStatus.PROPOSED)
        .exclude(document__status=DocumentStatus.SHREDDED)
        .values("document__dossier__slug", "document__dossier__title")
        .annotate(n=Count("pk"))
        .order_by("document__dossier__title")
    )
    return [
        WorkItem(
            section="review",
            label=_("Mentions to review in %(dossier)s")
            % {"dossier": row["document__dossier__title"]},
            count=row["n"],
            url=reverse("dossiers:review_queue", args=[row["document__dossier__slug"]]),
        )
        for row in rows
    ]


def document_titles(*, actor: Actor, documents: Iterable[Document]) -> dict[int, str]:
    """The titles (file names) of ``documents`` by pk, for someone who may read
    the inventory; ``{}`` for anyone else, who sees references only. A file
    name may name a person: the caller records the view in the audit trail.
    A destroyed document has no title any more (its key is gone)."""
    if not actor.has_perm("dossiers.read_inventory"):
        return {}
    opened = documents_open(documents=documents)
    return {pk: values.filename for pk, values in opened.items() if values.filename}
