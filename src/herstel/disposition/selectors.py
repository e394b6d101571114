# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads for dispositions, holds and runs, permission-checked by actor."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from typing import TYPE_CHECKING
from typing import Any

from django.db.models import Count
from django.db.models import Prefetch
from django.db.models import Q
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from herstel.core.figures import Figure
from herstel.core.permissions import require as _require
from herstel.core.work import WorkItem
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Document
from herstel.dossiers.models import Dossier
from herstel.dossiers.models import Mention

from .blockers import Block
from .blockers import block_text
from .blockers import registry as blocker_registry
from .constants import OPEN_DECISION_STATUSES
from .constants import Action
from .constants import DecisionStatus
from .constants import ItemStatus
from .constants import RedactionStatus
from .constants import RunStatus
from .models import DestructionRun
from .models import Disposition
from .models import Ground
from .models import Hold
from .models import Redaction
from .models import RunItem

if TYPE_CHECKING:
    from herstel.core.actor import Actor

SENTENCE_CHARS = 120
"""Average sentence length used to estimate sentences from a text's length."""
DESTROY_SHARE = 0.5
"""Share of (estimated) sentences with a mention above which destroy is suggested."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    action: str
    explanation: str | Promise
    share: float = 0.0

    @property
    def label(self) -> str:
        return str(Action(self.action).label)


def disposition_suggest(*, document: Document) -> Suggestion:
    """Suggest a disposition from the inventory; never applied without approval.

    The text is not decrypted: sentences are estimated from the text length
    and mentions are grouped per estimated sentence. A document where most
    sentences mention personal data is a candidate for destruction, one
    without any for keeping; anything in between for redaction and archiving.
    """
    mentions = list(
        Mention.objects.filter(document=document)
        .exclude(status=MentionStatus.REJECTED)
        .values_list("start", flat=True)
    )
    if not mentions:
        return Suggestion(Action.KEEP, _("No personal data was found."))
    sentences = max(1, document.text_length // SENTENCE_CHARS)
    touched = len({start // SENTENCE_CHARS for start in mentions})
    share = min(1.0, touched / sentences)
    if share >= DESTROY_SHARE:
        return Suggestion(
            Action.DESTROY,
            _("Most of the text holds personal data."),
            share,
        )
    return Suggestion(
        Action.REDACT_ARCHIVE,
        _("Some passages hold personal data; the rest may be archived."),
        share,
    )


@dataclass(slots=True)
class DocumentRow:
    document: Document
    current: Disposition | None
    suggestion: Suggestion
    mention_count: int
    holds: list[Block] = field(default_factory=list)


def dossier_disposition_documents(
    *, actor: Actor, dossier: Dossier, only_undecided: bool = False, category: str = ""
) -> QuerySet[Document]:
    """A dossier's documents for the disposition page, filtered."""
    _require(actor, "disposition.read")
    documents = Document.objects.filter(dossier=dossier).order_by("reference")
    if category:
        documents = documents.filter(
            pk__in=Mention.objects.filter(document__dossier=dossier, category=category)
            .exclude(status=MentionStatus.REJECTED)
            .values("document_id")
        )
    if only_undecided:
        documents = documents.exclude(
            pk__in=Disposition.objects.filter(
                document__dossier=dossier, status__in=OPEN_DECISION_STATUSES
            ).values("document_id")
        )
    return documents.annotate(
        mention_total=Count(
            "mentions", filter=~Q(mentions__status=MentionStatus.REJECTED)
        )
    ).prefetch_related(
        Prefetch(
            "dispositions",
            queryset=Disposition.objects.filter(
                status__in=OPEN_DECISION_STATUSES
            ).select_related("proposed_by", "decided_by"),
            to_attr="open_dispositions",
        )
    )


def disposition_rows(
    *, actor: Actor, documents: Iterable[Document]
) -> list[DocumentRow]:
    """One page of documents with their open disposition, suggestion and holds."""
    _require(actor, "disposition.read")
    documents = list(documents)
    holds = blocker_registry.blocks(documents, timezone.localdate())
    rows = []
    for document in documents:
        # Set by dossier_disposition_documents' annotate and prefetch.
        open_dispositions = getattr(document, "open_dispositions", [])
        rows.append(
            DocumentRow(
                document=document,
                current=open_dispositions[0] if open_dispositions else None,
                suggestion=disposition_suggest(document=document),
                mention_count=getattr(document, "mention_total", 0),
                holds=holds.get(document.pk, []),
            )
        )
    return rows


def disposition_pending(*, actor: Actor, dossier: Dossier) -> QuerySet[Disposition]:
    """Proposals awaiting a decision in a dossier."""
    _require(actor, "disposition.read")
    return (
        Disposition.objects.filter(
            document__dossier=dossier, status=DecisionStatus.PROPOSED
        )
        .select_related("document", "proposed_by")
        .order_by("document__reference")
    )


def disposition_get(*, actor: Actor, pk: int) -> Disposition:
    """One disposition with its document; needs ``disposition.read``."""
    _require(actor, "disposition.read")
    return get_object_or_404(Disposition.objects.select_related("document"), pk=pk)


def hold_list(*, actor: Actor, include_lifted: bool = False) -> QuerySet[Hold]:
    """Legal holds, active ones only unless ``include_lifted``;
    needs ``disposition.read``."""
    _require(actor, "disposition.read")
    holds = Hold.objects.select_related(
        "dossier", "document", "subject", "placed_by", "lifted_by"
    )
    if not include_lifted:
        holds = holds.filter(lifted_at__isnull=True)
    return holds


def hold_get(*, actor: Actor, pk: int) -> Hold:
    """One legal hold; needs ``disposition.read``."""
    _require(actor, "disposition.read")
    return get_object_or_404(Hold, pk=pk)


def run_list(*, actor: Actor) -> QuerySet[DestructionRun]:
    """Destruction runs with their item and destroyed counts;
    needs ``disposition.read``."""
    _require(actor, "disposition.read")
    return DestructionRun.objects.select_related("dossier", "created_by").annotate(
        item_count=Count("items"),
        destroyed_count=Count("items", filter=Q(items__status=ItemStatus.DESTROYED)),
    )


def run_get(*, actor: Actor, reference: str) -> DestructionRun:
    """One destruction run by reference; needs ``disposition.read``."""
    _require(actor, "disposition.read")
    return get_object_or_404(
        DestructionRun.objects.select_related(
            "dossier", "created_by", "approved_by", "executed_by"
        ),
        reference=reference,
    )


def run_item_counts(*, run: DestructionRun) -> dict[str, int]:
    """The run's documents per item status, and ``total``."""
    counts = {status: 0 for status in ItemStatus.values}
    for row in run.items.values("status").annotate(n=Count("pk")):
        counts[row["status"]] = row["n"]
    counts["total"] = sum(counts.values())
    return counts


@dataclass(frozen=True, slots=True)
class PreviewRow:
    item: RunItem
    blocks: list[dict[str, str]]


def run_preview(
    *, actor: Actor, run: DestructionRun, on: datetime.date | None = None
) -> list[PreviewRow]:
    """What the run will destroy and what is blocked and why, as of ``on``.

    Pending items are checked against every registered blocker now; items
    already handled show their recorded outcome.
    """
    _require(actor, "disposition.read")
    on = on or max(run.planned_for, timezone.localdate())
    items = list(run.items.select_related("document").order_by("reference"))
    pending = [i.document for i in items if i.status == ItemStatus.PENDING]
    blocks = blocker_registry.blocks(pending, on) if pending else {}
    rows = []
    for item in items:
        if item.status == ItemStatus.PENDING:
            found = [b.as_json() for b in blocks.get(item.document_id, [])]
        else:
            found = list(item.blocked_reasons)
        found = [{**block, "text": block_text(block)} for block in found]
        rows.append(PreviewRow(item=item, blocks=found))
    return rows


def ground_list(*, actor: Actor, active_only: bool = False) -> QuerySet[Ground]:
    """Disposition grounds, the active ones only if asked;
    needs ``disposition.read``."""
    _require(actor, "disposition.read")
    grounds = Ground.objects.all()
    return grounds.filter(active=True) if active_only else grounds


def ground_for_category(category: str) -> Ground | None:
    """The active ground proposed for a mention category (first by position)."""
    for ground in Ground.objects.filter(active=True):
        if category in (ground.categories or []):
            return ground
    return None


def disposition_report_figures(
    *, since: datetime.date | None = None, until: datetime.date | None = None
) -> list[Figure]:
    """Counts for the report to Parliament, computed from the audit trail only.

    Anyone with the trail can recount them: destroyed documents are distinct
    ``document.shredded`` targets; dispositions are the last approval per
    document in ``disposition.decided``; holds active at the end of the
    period follow from ``hold.placed`` and ``hold.lifted``.
    """
    from herstel.audit.selectors import audit_events_named

    destroyed = {
        e.object_id
        for e in audit_events_named(
            names=["document.shredded"], since=since, until=until
        ).only("object_id")
    }
    latest: dict[object, str] = {}
    for event in audit_events_named(
        names=["disposition.decided"], since=since, until=until
    ).only("context"):
        if event.context.get("status") == DecisionStatus.APPROVED:
            latest[event.context.get("document")] = event.context.get("action", "")
    per_action = {action: 0 for action in Action.values}
    for action in latest.values():
        if action in per_action:
            per_action[action] += 1
    day = until or timezone.localdate()
    placed: dict[str, dict[str, Any]] = {}
    for event in audit_events_named(names=["hold.placed", "hold.lifted"], until=until):
        if event.event == "hold.placed":
            placed[event.object_id] = event.context
        else:
            placed.pop(event.object_id, None)
    active = sum(
        1
        for context in placed.values()
        if (context.get("starts_on") or "") <= day.isoformat()
        and (not context.get("ends_on") or context["ends_on"] >= day.isoformat())
    )
    redacted = {
        e.object_id
        for e in audit_events_named(
            names=["redaction.approved"], since=since, until=until
        ).only("object_id")
    }
    return [
        Figure(
            "documents_destroyed",
            _("Documents destroyed"),
            len(destroyed),
            "document.shredded",
        ),
        Figure(
            "approved_destroy",
            _("Documents approved for destruction"),
            per_action[Action.DESTROY],
            "disposition.decided",
        ),
        Figure(
            "approved_redact_archive",
            _("Documents approved for redaction and archiving"),
            per_action[Action.REDACT_ARCHIVE],
            "disposition.decided",
        ),
        Figure(
            "approved_keep",
            _("Documents approved for keeping"),
            per_action[Action.KEEP],
            "disposition.decided",
        ),
        Figure(
            "documents_redacted",
            _("Documents redacted (approved redactions)"),
            len(redacted),
            "redaction.approved",
        ),
        Figure(
            "holds_active",
            _("Legal holds active at the end of the period"),
            active,
            "hold.placed, hold.lifted",
        ),
    ]


def redaction_of(*, document: Document) -> Redaction | None:
    """A document's redaction (boxes, status, burned PDF), if one was started."""
    return Redaction.objects.filter(document=document).first()


def disposition_counts() -> tuple[dict[tuple[str, str], int], int]:
    """Documents per open disposition ``(action, status)``, and how many
    documents have none yet. Counts only, like the report figures: the page
    that shows them checks its own rule."""
    counts = {
        (row["action"], row["status"]): row["n"]
        for row in Disposition.objects.filter(status__in=OPEN_DECISION_STATUSES)
        .values("action", "status")
        .annotate(n=Count("document", distinct=True))
    }
    decided = (
        Disposition.objects.filter(status__in=OPEN_DECISION_STATUSES)
        .values("document")
        .distinct()
        .count()
    )
    return counts, max(0, Document.objects.count() - decided)


def destruction_progress(
    *, limit: int = 10
) -> list[tuple[DestructionRun, dict[str, int]]]:
    """The latest ``limit`` runs that were not cancelled, oldest first, with
    their documents per item status. Counts and run references only: the page
    that shows them checks its own rule."""
    runs = list(
        DestructionRun.objects.exclude(status=RunStatus.CANCELLED)
        .select_related("dossier")
        .order_by("-created_at", "-pk")[:limit]
    )
    return [(run, run_item_counts(run=run)) for run in reversed(runs)]


def disposition_work_items(actor: Actor) -> list[WorkItem]:
    """ "Mijn werk": proposals, runs and redactions awaiting this reviewer's
    decision (never their own: four eyes), and what an analyst must propose."""
    items: list[WorkItem] = []
    if actor.has_perm("disposition.approve"):
        rows = (
            Disposition.objects.filter(status=DecisionStatus.PROPOSED)
            .exclude(proposed_by=actor)
            .values("document__dossier__slug", "document__dossier__title")
            .annotate(n=Count("pk"))
            .order_by("document__dossier__title")
        )
        items += [
            WorkItem(
                section="approve",
                label=str(_("Dispositions to approve in %(dossier)s"))
                % {"dossier": row["document__dossier__title"]},
                count=row["n"],
                url=reverse(
                    "disposition:review", args=[row["document__dossier__slug"]]
                ),
            )
            for row in rows
        ]
    queues = (
        (
            "disposition.approve_run",
            DestructionRun.objects.filter(status=RunStatus.SUBMITTED),
            "created_by",
            "reference",
            _("Destruction runs to approve"),
            "disposition:run",
        ),
        (
            "disposition.approve_redaction",
            Redaction.objects.filter(status=RedactionStatus.PROPOSED),
            "prepared_by",
            "document__reference",
            _("Redactions to approve"),
            "disposition:redaction",
        ),
    )
    for perm, waiting, author, name, label, entry_url in queues:
        if actor.has_perm(perm):
            items.append(
                WorkItem.queue(
                    waiting.exclude(**{author: actor}),
                    name,
                    section="approve",
                    label=str(label),
                    entry_url=entry_url,
                )
            )
    return items
