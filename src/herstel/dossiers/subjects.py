# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Subjects: name mentions grouped into persons, and a blind index to find them.

Document text is encrypted per document, so a name search cannot read it.
Instead every person mention gets *name keys* (see ``names.py``: full name,
initial + surname, surname) and the places and dates of birth named in the same
document get place/birth keys; each key is stored as an HMAC with a secret
index key, never as text. A search hashes the variants of the query the same
way and looks the digests up in one indexed query.

Grouping happens when a document is analysed (the text is in memory then) and
can be repeated over stored documents with ``herstel index_subjects``; both are
idempotent: a mention that has a subject keeps it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Max, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.detection.base import Category
from herstel.vault.crypto import MasterKey
from herstel.vault.services import SealedBlob, blob_read

from .audit_events import (
    SUBJECT_CONFIRMED,
    SUBJECT_MERGED,
    SUBJECT_SPLIT,
    SUBJECTS_INDEXED,
)
from .constants import DocumentStatus, MentionStatus, SubjectStatus
from .models import Document, Dossier, Mention, NameKey, Subject
from .names import KeyKind, birth_key, name_keys, place_key

NAME_KINDS = (KeyKind.FULL, KeyKind.INITIAL, KeyKind.SURNAME)
# At most this many places per document strengthen its name mentions.
PLACES_PER_DOCUMENT = 12
PLACE_BONUS = 0.5
# Rows of a bare-surname match read at most (see subject_search_ranked).
SURNAME_SAMPLE = 2000
CONTEXT_CANDIDATES = 300
BIRTH_BONUS = 1.0


def _index_key() -> bytes:
    configured = getattr(settings, "HERSTEL_BLIND_INDEX_KEY", "")
    if configured:
        return MasterKey.from_text(configured).key
    # Derived from the master key when no separate key is configured.
    master = MasterKey.from_text(settings.HERSTEL_MASTER_KEY)
    return hmac.new(master.key, b"herstel-blind-index-v1", hashlib.sha256).digest()


def key_digest(*, kind: int, value: str, secret: bytes | None = None) -> str:
    """The stored form of one key: HMAC-SHA256 over kind and value, 128 bits."""
    message = f"{kind}:{value}".encode()
    return hmac.new(secret or _index_key(), message, hashlib.sha256).hexdigest()[:32]


def name_digests(text: str, *, secret: bytes | None = None) -> dict[int, str]:
    """Digests of the name keys of one spelling, by kind."""
    secret = secret or _index_key()
    return {
        kind: key_digest(kind=kind, value=value, secret=secret)
        for kind, value in name_keys(text).items()
    }


def _context_digests(
    text: str, mentions: Iterable[Mention], secret: bytes
) -> list[tuple[int, str]]:
    found: dict[tuple[int, str], None] = {}
    for mention in mentions:
        span = text[mention.start : mention.end]
        if mention.category in (Category.PLACE, Category.ADDRESS):
            value = place_key(span.split(",")[-1] if "," in span else span)
            kind = KeyKind.PLACE
        elif mention.category == Category.DATE_OF_BIRTH:
            value, kind = birth_key(span), KeyKind.BIRTH
        else:
            continue
        if value:
            found[(kind, key_digest(kind=kind, value=value, secret=secret))] = None
    return list(found)[:PLACES_PER_DOCUMENT]


def _candidates(kind: int, digest: str) -> list[int]:
    return list(
        NameKey.objects.filter(kind=kind, digest=digest)
        .values_list("subject_id", flat=True)
        .distinct()
        .order_by("subject_id")[:50]
    )


def _full_names(subject_ids: Sequence[int]) -> dict[int, set[str]]:
    names: dict[int, set[str]] = defaultdict(set)
    for subject_id, digest in NameKey.objects.filter(
        subject_id__in=subject_ids, kind=KeyKind.FULL
    ).values_list("subject_id", "digest"):
        names[subject_id].add(digest)
    return names


def _with_context(
    subject_ids: Sequence[int], context: list[tuple[int, str]]
) -> list[int]:
    if not context or not subject_ids:
        return []
    return list(
        NameKey.objects.filter(
            subject_id__in=subject_ids, digest__in=[d for _k, d in context]
        )
        .values_list("subject_id", flat=True)
        .distinct()
    )


def _choose_subject(
    digests: dict[int, str],
    in_document: dict[tuple[int, str], int],
    context: list[tuple[int, str]],
) -> int | None:
    """The subject a mention with these keys belongs to, or None for a new one."""
    full = digests.get(KeyKind.FULL)
    initial = digests.get(KeyKind.INITIAL)
    surname = digests[KeyKind.SURNAME]
    # Within one document, a later "Kaya" or "J. Kaya" is the same person as an
    # earlier "Johan Kaya".
    for kind in (KeyKind.FULL, KeyKind.INITIAL, KeyKind.SURNAME):
        digest = digests.get(kind)
        if digest and (kind, digest) in in_document:
            return in_document[(kind, digest)]
    if full:
        same = _candidates(KeyKind.FULL, full)
        if same:
            strengthened = _with_context(same, context)
            return (strengthened or same)[0]
    if initial:
        candidates = _candidates(KeyKind.INITIAL, initial)
        if full:
            # Never join "Johan" to a subject known under another given name.
            named = _full_names(candidates)
            candidates = [c for c in candidates if not named.get(c)]
        if len(candidates) == 1:
            return candidates[0]
        strengthened = _with_context(candidates, context)
        if len(strengthened) == 1:
            return strengthened[0]
        return None
    del surname  # a bare surname only joins within its own document
    return None


@transaction.atomic
def subjects_index_document(*, document: Document, text: str) -> int:
    """Group the person mentions of one document into subjects; return how many.

    Idempotent: mentions that already have a subject are left alone.
    """
    secret = _index_key()
    mentions = list(
        document.mentions.exclude(status=MentionStatus.REJECTED).order_by("start")
    )
    context = _context_digests(text, mentions, secret)
    in_document: dict[tuple[int, str], int] = {}
    for mention in mentions:
        if mention.category != Category.PERSON or mention.subject_id is None:
            continue
        for key in mention.name_keys.filter(kind__in=NAME_KINDS):
            in_document.setdefault((key.kind, key.digest), mention.subject_id)
    rows: list[NameKey] = []
    indexed = 0
    for mention in mentions:
        if mention.category != Category.PERSON or mention.subject_id is not None:
            continue
        digests = name_digests(text[mention.start : mention.end], secret=secret)
        if not digests:
            continue
        subject_id = _choose_subject(digests, in_document, context)
        if subject_id is None:
            subject_id = Subject.objects.create().pk
        Mention.objects.filter(pk=mention.pk).update(subject_id=subject_id)
        for kind, digest in digests.items():
            in_document.setdefault((kind, digest), subject_id)
            rows.append(
                NameKey(
                    mention_id=mention.pk,
                    subject_id=subject_id,
                    kind=kind,
                    digest=digest,
                )
            )
        rows.extend(
            NameKey(mention_id=mention.pk, subject_id=subject_id, kind=k, digest=d)
            for k, d in context
        )
        indexed += 1
    NameKey.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
    return indexed


def subjects_index_dossier(*, dossier: Dossier, actor: Any) -> int:
    """Index every analysed document of a dossier not indexed yet (idempotent).

    Reads each document's text with the system's keys (no person sees it) and
    records one audit entry with the counts.
    """
    documents = dossier.documents.filter(
        status=DocumentStatus.EXTRACTED,
        mentions__category=Category.PERSON,
        mentions__subject__isnull=True,
    ).distinct()
    total = 0
    count = 0
    for document in documents.iterator():
        total += subjects_index_document(
            document=document, text=_document_text(document)
        )
        count += 1
    audit_event_record(
        event=SUBJECTS_INDEXED,
        actor=actor,
        target=dossier,
        context={"documents": count, "mentions": total},
    )
    return total


@transaction.atomic
def subjects_rekey_document(*, document: Document, text: str) -> int:
    """Recompute a document's index rows (after a change of the index key),
    keeping every mention's subject, so analysts' decisions survive."""
    secret = _index_key()
    NameKey.objects.filter(mention__document=document).delete()
    mentions = list(document.mentions.exclude(status=MentionStatus.REJECTED))
    context = _context_digests(text, mentions, secret)
    rows: list[NameKey] = []
    for mention in mentions:
        if mention.subject_id is None:
            continue
        digests = name_digests(text[mention.start : mention.end], secret=secret)
        rows.extend(
            NameKey(
                mention_id=mention.pk, subject_id=mention.subject_id, kind=k, digest=d
            )
            for k, d in (*digests.items(), *context)
        )
    NameKey.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
    return len(rows)


def _document_text(document: Document) -> str:
    return blob_read(
        blob=SealedBlob(key_id=document.text_key_id, blob_name=document.text_blob),
        purpose="document-text",
    ).decode()


def subjects_rekey_dossier(*, dossier: Dossier, actor: Any) -> int:
    """Recompute every index row of a dossier; audited once with counts."""
    total = count = 0
    for document in dossier.documents.filter(status=DocumentStatus.EXTRACTED):
        total += subjects_rekey_document(
            document=document, text=_document_text(document)
        )
        count += 1
    audit_event_record(
        event=SUBJECTS_INDEXED,
        actor=actor,
        target=dossier,
        context={"documents": count, "keys": total, "rebuild": True},
    )
    return total


def subject_keys_forget(*, document: Document) -> int:
    """Remove a document's rows from the blind index (on shredding)."""
    deleted, _by_model = NameKey.objects.filter(mention__document=document).delete()
    Mention.objects.filter(document=document, subject__isnull=False).update(
        subject=None
    )
    return deleted


# Reads -----------------------------------------------------------------------


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


def _require_inventory(actor: Any) -> None:
    if not actor.has_perm("dossiers.read_inventory"):
        raise PermissionDenied


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
    actor: Any,
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


def subject_get(*, actor: Any, pk: int) -> Subject:
    _require_inventory(actor)
    subject = Subject.objects.filter(pk=pk).first()
    if subject is None:
        from django.http import Http404

        raise Http404
    return subject


def subject_mentions(*, actor: Any, subject: Subject) -> QuerySet[Mention]:
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


def _require_work(actor: Any) -> None:
    if not actor.has_perm("dossiers.review_mention"):
        raise PermissionDenied


def subject_confirm(*, subject: Subject, actor: Any) -> Subject:
    """Record that an analyst checked the grouping (audited)."""
    _require_work(actor)
    with transaction.atomic():
        subject = Subject.objects.select_for_update().get(pk=subject.pk)
        if subject.status == SubjectStatus.CONFIRMED:
            return subject
        if subject.status == SubjectStatus.MERGED:
            raise ValidationError(_("This subject was merged into another one."))
        before = subject.status
        subject.status = SubjectStatus.CONFIRMED
        subject.decided_by = actor
        subject.decided_at = timezone.now()
        subject.save(update_fields=["status", "decided_by", "decided_at"])
        audit_event_record(
            event=SUBJECT_CONFIRMED,
            actor=actor,
            target=subject,
            context={"before": before, "mentions": subject.mentions.count()},
        )
    return subject


def subject_merge(*, target: Subject, others: Sequence[Subject], actor: Any) -> Subject:
    """Move the mentions of ``others`` to ``target``; the others are marked merged."""
    _require_work(actor)
    other_ids = sorted({s.pk for s in others} - {target.pk})
    if not other_ids:
        raise ValidationError(_("Choose at least one other subject to merge."))
    with transaction.atomic():
        target = Subject.objects.select_for_update().get(pk=target.pk)
        if target.status == SubjectStatus.MERGED:
            raise ValidationError(_("This subject was merged into another one."))
        moved = Mention.objects.filter(subject_id__in=other_ids).update(subject=target)
        NameKey.objects.filter(subject_id__in=other_ids).update(subject=target)
        Subject.objects.filter(pk__in=other_ids).update(
            status=SubjectStatus.MERGED,
            merged_into=target,
            decided_by=actor,
            decided_at=timezone.now(),
        )
        target.status = SubjectStatus.CONFIRMED
        target.decided_by = actor
        target.decided_at = timezone.now()
        target.save(update_fields=["status", "decided_by", "decided_at"])
        audit_event_record(
            event=SUBJECT_MERGED,
            actor=actor,
            target=target,
            context={"merged": other_ids, "mentions_moved": moved},
        )
    return target


def subject_split(
    *, subject: Subject, mention_ids: Sequence[int], actor: Any
) -> Subject:
    """Move the chosen mentions of ``subject`` into a new, confirmed subject."""
    _require_work(actor)
    with transaction.atomic():
        subject = Subject.objects.select_for_update().get(pk=subject.pk)
        chosen = list(
            subject.mentions.filter(pk__in=mention_ids).values_list("pk", flat=True)
        )
        if not chosen:
            raise ValidationError(
                _("Choose the mentions that belong to another person.")
            )
        if len(chosen) == subject.mentions.count():
            raise ValidationError(
                _("Leave at least one mention with this subject, or merge instead.")
            )
        new = Subject.objects.create(
            status=SubjectStatus.CONFIRMED, decided_by=actor, decided_at=timezone.now()
        )
        Mention.objects.filter(pk__in=chosen).update(subject=new)
        NameKey.objects.filter(mention_id__in=chosen).update(subject=new)
        audit_event_record(
            event=SUBJECT_SPLIT,
            actor=actor,
            target=subject,
            context={"new_subject": new.pk, "mentions": chosen},
        )
    return new


@dataclass(frozen=True, slots=True)
class Passage:
    document: Document
    before: str
    name: str
    after: str


PASSAGE_CONTEXT = 120


def subject_passages(
    *,
    actor: Any,
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
