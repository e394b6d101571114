# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Subjects, the reads: ranked name search, a subject's mentions, documents
and passages (every document read audited)."""

from __future__ import annotations

from collections import Counter
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import TYPE_CHECKING
from typing import Any

from django.db.models import Count
from django.db.models import Max
from django.db.models import QuerySet

from herstel.core.permissions import require

from .constants import DocumentStatus
from .constants import MentionStatus
from .models import Document
from .models import Mention
from .models import NameKey
from .models import Subject
from .names import KeyKind
from .names import birth_key
from .names import place_key
from .subject_index import BIRTH_BONUS
from .subject_index import CONTEXT_CANDIDATES
from .subject_index import PLACE_BONUS
from .subject_index import SURNAME_SAMPLE
from .subject_index import _index_key
from .subject_index import key_digest
from .subject_index import name_digests

if TYPE_CHECKING:
    from herstel.core.actor import Actor


@dataclass(slots=True)
class Candidate:
    """One subject a search found, with why and where."""

    subject: Subject
    score: float
    match: int
    """The strongest key kind that matched (``KeyKind``)."""
    mentions: int
    place_match: bool = False
    birth_match: bool = False
    documents: list[Document] = field(default_factory=list)

    @property
    def match_label(self) -> str:
        return str(MATCH_LABELS.get(self.match, ""))


def _match_labels() -> dict[int, Any]:
    from django.utils.translation import gettext_lazy

    return {
        KeyKind.FULL: gettext_lazy("given name and surname"),
        KeyKind.INITIAL: gettext_lazy("initial and surname"),
        KeyKind.SURNAME: gettext_lazy("surname only"),
    }


MATCH_LABELS = _match_labels()


def _require_inventory(actor: Actor) -> None:
    require(actor, "dossiers.read_inventory")


def subject_search_ranked(
    *,
    names: Sequence[str],
    places: Sequence[str] = (),
    birth_date: str = "",
    limit: int = 20,
    secret: bytes | None = None,
) -> list[tuple[int, float, int, int, bool, bool]]:
    """The ranking itself (no permission check, no objects): for benchmarks.

    Returns ``(subject_id, score, best kind, mentions, place, birth)`` rows.
    """
    secret = secret or _index_key()
    strong: set[str] = set()
    weak: set[str] = set()
    for name in names:
        for kind, digest in name_digests(name, secret=secret).items():
            (weak if kind == KeyKind.SURNAME else strong).add(digest)
    rows: list[dict[str, Any]] = []
    if strong:
        rows.extend(
            dict(row)
            for row in NameKey.objects.filter(
                digest__in=strong, kind__in=(KeyKind.FULL, KeyKind.INITIAL)
            )
            .values("subject_id")
            .annotate(best=Max("kind"), hits=Count("mention_id", distinct=True))
            .order_by("-best", "-hits", "subject_id")[: max(limit * 10, 100)]
        )
    if len(rows) < limit and weak:
        # A bare surname ("de Vries") can match a large share of the index;
        # read a bounded sample instead of aggregating every row.
        known = {row["subject_id"] for row in rows}
        sample = Counter(
            NameKey.objects.filter(digest__in=weak, kind=KeyKind.SURNAME)
            .values_list("subject_id", flat=True)
            .order_by()[:SURNAME_SAMPLE]
        )
        rows.extend(
            {"subject_id": subject_id, "best": KeyKind.SURNAME, "hits": hits}
            for subject_id, hits in sorted(sample.items(), key=lambda i: (-i[1], i[0]))
            if subject_id not in known
        )
    if not rows:
        return []
    # Context (place, date of birth) re-ranks the best candidates only.
    ids = [row["subject_id"] for row in rows[:CONTEXT_CANDIDATES]]
    place_digests = {
        key_digest(kind=KeyKind.PLACE, value=place_key(place), secret=secret)
        for place in places
        if place_key(place)
    }
    context: list[str] = list(place_digests)
    birth_digest = ""
    if birth_date:
        value = birth_key(birth_date) or birth_date
        birth_digest = key_digest(kind=KeyKind.BIRTH, value=value, secret=secret)
        context.append(birth_digest)
    boosted: dict[int, set[str]] = defaultdict(set)
    if context:
        for subject_id, digest in (
            NameKey.objects.filter(subject_id__in=ids, digest__in=context)
            .values_list("subject_id", "digest")
            .distinct()
        ):
            boosted[subject_id].add(digest)
    ranked = []
    for row in rows:
        found = boosted.get(row["subject_id"], set())
        has_place = bool(place_digests & found)
        has_birth = bool(birth_digest) and birth_digest in found
        score = (
            row["best"]
            + (PLACE_BONUS if has_place else 0)
            + (BIRTH_BONUS if has_birth else 0)
            + min(row["hits"], 20) / 100
        )
        ranked.append(
            (row["subject_id"], score, row["best"], row["hits"], has_place, has_birth)
        )
    ranked.sort(key=lambda r: (-r[1], r[0]))
    return ranked[:limit]


def subject_search(
    *,
    actor: Actor,
    names: Sequence[str],
    places: Sequence[str] = (),
    birth_date: str = "",
    limit: int = 20,
) -> list[Candidate]:
    """Ranked candidate subjects for any spelling of a name (plus places/birth)."""
    _require_inventory(actor)
    ranked = subject_search_ranked(
        names=names, places=places, birth_date=birth_date, limit=limit
    )
    subjects = Subject.objects.in_bulk([r[0] for r in ranked])
    documents: dict[int, list[Document]] = defaultdict(list)
    for mention in (
        Mention.objects.filter(subject_id__in=list(subjects))
        .exclude(document__status=DocumentStatus.SHREDDED)
        .select_related("document", "document__dossier")
        .order_by("document__reference")
    ):
        assert mention.subject_id is not None
        listed = documents[mention.subject_id]
        if mention.document not in listed and len(listed) < 10:
            listed.append(mention.document)
    return [
        Candidate(
            subject=subjects[subject_id],
            score=round(score, 2),
            match=best,
            mentions=hits,
            place_match=place_hit,
            birth_match=birth_hit,
            documents=documents.get(subject_id, []),
        )
        for subject_id, score, best, hits, place_hit, birth_hit in ranked
        if subject_id in subjects
    ]


def subject_get(*, actor: Actor, pk: int) -> Subject:
    _require_inventory(actor)
    subject = Subject.objects.filter(pk=pk).first()
    if subject is None:
        from django.http import Http404

        raise Http404
    return subject


def subject_mentions(*, actor: Actor, subject: Subject) -> QuerySet[Mention]:
    _require_inventory(actor)
    return (
        subject.mentions.exclude(document__status=DocumentStatus.SHREDDED)
        .select_related("document", "document__dossier")
        .order_by("document__reference", "start")
    )


def subject_resolve(*, subject_ids: Iterable[int]) -> dict[int, int]:
    """Each subject id mapped to the subject that holds its mentions now.

    A merge moves the mentions to the target and marks the others merged, so a
    reference to a merged subject (a legal hold, a request's match) follows
    ``merged_into`` to the live subject. System read: ids only.
    """
    resolved = {pk: pk for pk in subject_ids}
    pending = set(resolved)
    for _step in range(20):  # merge chains are short; a cycle cannot occur
        if not pending:
            break
        targets = dict(
            Subject.objects.filter(
                pk__in=pending, merged_into__isnull=False
            ).values_list("pk", "merged_into_id")
        )
        for original, current in resolved.items():
            if current in targets:
                resolved[original] = targets[current]
        pending = set(targets.values())
    return resolved


def subject_document_ids(*, subject_ids: Iterable[int]) -> dict[int, set[int]]:
    """Per subject id, the ids of the documents that mention them.

    For system code such as disposition's blockers (no actor: ids only, no
    personal data). A merged subject counts with the mentions of the subject it
    was merged into; shredded documents are left out (their mentions are gone).
    """
    resolved = subject_resolve(subject_ids=subject_ids)
    by_live: dict[int, set[int]] = defaultdict(set)
    for subject_id, document_id in (
        Mention.objects.filter(subject_id__in=set(resolved.values()))
        .exclude(document__status=DocumentStatus.SHREDDED)
        .values_list("subject_id", "document_id")
        .distinct()
    ):
        by_live[subject_id].add(document_id)
    return {pk: set(by_live.get(live, ())) for pk, live in resolved.items()}


# Analysts' decisions -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Passage:
    document: Document
    before: str
    name: str
    after: str


PASSAGE_CONTEXT = 120


def subject_passages(
    *,
    actor: Actor,
    subject: Subject,
    purpose: str = "access_request",
    documents: int = 10,
) -> list[Passage]:
    """The passages around a subject's mentions, from up to ``documents``
    documents. Each document read is audited with ``purpose``."""
    from .constants import ViewPurpose
    from .services import document_text_read

    _require_inventory(actor)
    by_document: dict[int, list[Mention]] = defaultdict(list)
    for mention in subject_mentions(actor=actor, subject=subject):
        if len(by_document) >= documents and mention.document_id not in by_document:
            continue
        by_document[mention.document_id].append(mention)
    passages: list[Passage] = []
    for mentions in by_document.values():
        document = mentions[0].document
        text = document_text_read(
            document=document, actor=actor, purpose=ViewPurpose(purpose)
        )
        last_end = -1
        for mention in mentions:
            if mention.start < last_end:
                continue
            start = max(0, mention.start - PASSAGE_CONTEXT)
            end = min(len(text), mention.end + PASSAGE_CONTEXT)
            passages.append(
                Passage(
                    document=document,
                    before=("…" if start else "") + text[start : mention.start],
                    name=text[mention.start : mention.end],
                    after=text[mention.end : end] + ("…" if end < len(text) else ""),
                )
            )
            last_end = end
    return passages


def passages_common_name(passages: Sequence[Passage]) -> str:
    """The spelling of the name found most often in ``passages`` (ties: the
    longest, then the first in order), or "" without passages. For naming a
    subject's page to someone who may read those passages."""
    counts = Counter(" ".join(p.name.split()) for p in passages if p.name.strip())
    if not counts:
        return ""
    return max(counts, key=lambda name: (counts[name], len(name)))


def document_subjects_with_merged(
    *, document_ids: Sequence[int]
) -> dict[int, set[int]]:
    """Per document, the subjects it mentions and every subject merged into
    them (a request matched before a merge still covers the moved mentions).

    For the request blockers of disposition; ids only, no permission check.
    """
    subjects_of: dict[int, set[int]] = defaultdict(set)
    for document_id, subject_id in Mention.objects.filter(
        document_id__in=document_ids, subject__isnull=False
    ).values_list("document_id", "subject_id"):
        subjects_of[document_id].add(subject_id)
    live = set().union(*subjects_of.values()) if subjects_of else set()
    merged_from: dict[int, set[int]] = defaultdict(set)
    frontier = {pk: pk for pk in live}
    for _step in range(20):
        if not frontier:
            break
        rows = Subject.objects.filter(merged_into__in=frontier).values_list(
            "pk", "merged_into_id"
        )
        frontier = {pk: frontier[target] for pk, target in rows}
        for pk, root in frontier.items():
            merged_from[root].add(pk)
    for subjects in subjects_of.values():
        subjects.update(*(merged_from[s] for s in list(subjects)))
    return subjects_of


def subject_mention_spans(
    *, subject_ids: Iterable[int]
) -> dict[int, list[tuple[int, int]]]:
    """Per document id, the (start, end) spans of the subjects' mentions that
    were not rejected (for an access copy: the requester's own name stays
    readable). Ids only, no permission check."""
    own: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in Mention.objects.filter(subject_id__in=list(subject_ids)).exclude(
        status=MentionStatus.REJECTED
    ):
        own[mention.document_id].append((mention.start, mention.end))
    return own


def documents_readable(*, document_ids: Iterable[int]) -> QuerySet[Document]:
    """The documents with these ids that are not shredded, by dossier title and
    reference, with their dossier. No permission check: reading the text is
    ``services.document_text_read``, which checks and audits."""
    return (
        Document.objects.filter(pk__in=list(document_ids))
        .exclude(status=DocumentStatus.SHREDDED)
        .select_related("dossier")
        .order_by("dossier__title", "reference")
    )


def subjects_by_id(*, subject_ids: Iterable[int]) -> list[Subject]:
    """The subjects with these ids, in id order (no permission check: for
    services that checked their own rule)."""
    return list(Subject.objects.filter(pk__in=list(subject_ids)).order_by("pk"))
