# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The redaction gate: what "prepare" boxes and when a redaction may be approved.

Three rules, so that an approved copy never shows personal data nobody looked at:

* *prepare* boxes every confirmed mention **and** every unreviewed candidate of
  the recall profile: an analyst removes boxes, never has to find missing ones;
* a redaction cannot be approved while its document has mentions that are
  neither confirmed nor rejected;
* approving with zero boxes on a document that still has person candidates is
  refused.

The approval screen shows :class:`RedactionCounts`; the reviewer confirms them
and the service refuses when they changed in the meantime. A box whose mention
was rejected later is never burned ("rejected words are never boxed").
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from herstel.detection.base import Category
from herstel.detection.constants import THRESHOLDS
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Document
from herstel.dossiers.models import Mention

from ..models import Redaction

__all__ = [
    "RedactionCounts",
    "prepare_mentions",
    "redaction_counts",
    "redaction_gate_check",
    "rejected_mention_ids",
]

PREPARE_PROFILE = "recall"
"""The operating point whose unreviewed candidates "prepare" boxes."""


@dataclass(frozen=True, slots=True)
class RedactionCounts:
    """What the reviewer sees and confirms on the approval screen."""

    candidates: int
    """Every mention of the document (engine candidates and analyst additions)."""
    boxed: int
    """Boxes that will be burned (switched on, mention not rejected)."""
    rejected: int
    """Mentions rejected as not personal data: never boxed."""
    unreviewed: int
    """Mentions neither confirmed nor rejected: approval waits for them."""
    person_candidates: int
    """Person mentions that are not rejected."""

    def as_token(self) -> str:
        """A compact form for the confirmation field of the approval form."""
        return f"{self.candidates}-{self.boxed}-{self.rejected}"


def _in_recall_profile(mention: Mention) -> bool:
    threshold = THRESHOLDS[PREPARE_PROFILE].get(mention.category, 0.0)
    return mention.score >= threshold


def prepare_mentions(*, document: Document) -> list[Mention]:
    """The mentions "prepare" turns into boxes, in text order.

    Confirmed mentions, and proposed ones whose score reaches the recall
    profile's threshold for their category. Rejected mentions never.
    """
    mentions = Mention.objects.filter(document=document).exclude(
        status=MentionStatus.REJECTED
    )
    return [
        m
        for m in mentions.order_by("start", "end")
        if m.status == MentionStatus.CONFIRMED or _in_recall_profile(m)
    ]


def rejected_mention_ids(*, document_id: int) -> set[int]:
    """Ids of the document's mentions an analyst rejected (not personal data)."""
    return set(
        Mention.objects.filter(
            document_id=document_id, status=MentionStatus.REJECTED
        ).values_list("pk", flat=True)
    )


def redaction_counts(*, redaction: Redaction) -> RedactionCounts:
    """Count candidates, boxes, rejections and open reviews for a redaction."""
    statuses = list(
        Mention.objects.filter(document_id=redaction.document_id).values_list(
            "status", "category"
        )
    )
    rejected_ids = rejected_mention_ids(document_id=redaction.document_id)
    boxed = sum(
        1
        for mention_id in redaction.boxes.filter(included=True).values_list(
            "mention_id", flat=True
        )
        if mention_id is None or mention_id not in rejected_ids
    )
    return RedactionCounts(
        candidates=len(statuses),
        boxed=boxed,
        rejected=sum(1 for s, _c in statuses if s == MentionStatus.REJECTED),
        unreviewed=sum(1 for s, _c in statuses if s == MentionStatus.PROPOSED),
        person_candidates=sum(
            1
            for s, c in statuses
            if c == Category.PERSON and s != MentionStatus.REJECTED
        ),
    )


def redaction_gate_check(
    *, redaction: Redaction, confirmed: str | None = None
) -> RedactionCounts:
    """Raise a translated ``ValidationError`` when the redaction may not be approved.

    ``confirmed`` is the counts token (:meth:`RedactionCounts.as_token`) the
    reviewer saw and confirmed; when given and different from the current
    counts, the approval is refused so the reviewer looks again.
    """
    counts = redaction_counts(redaction=redaction)
    if counts.unreviewed:
        raise ValidationError(
            ngettext(
                "%(count)d mention is neither confirmed nor rejected; review it "
                "before the redaction can be approved.",
                "%(count)d mentions are neither confirmed nor rejected; review "
                "them before the redaction can be approved.",
                counts.unreviewed,
            )
            % {"count": counts.unreviewed},
            code="unreviewed",
        )
    if counts.boxed == 0 and counts.person_candidates:
        raise ValidationError(
            _(
                "This redaction has no boxes while the document names persons. "
                "Prepare the redaction again or reject the person mentions that "
                "are not personal data."
            ),
            code="no_boxes",
        )
    if confirmed is not None and confirmed != counts.as_token():
        raise ValidationError(
            _(
                "The counts changed since you looked (now %(candidates)d "
                "candidates, %(boxed)d boxes, %(rejected)d rejected); check them "
                "and confirm again."
            )
            % {
                "candidates": counts.candidates,
                "boxed": counts.boxed,
                "rejected": counts.rejected,
            },
            code="counts_changed",
        )
    return counts
