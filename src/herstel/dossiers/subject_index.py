# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Subjects, the blind index: name keys per mention and grouping into persons.

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
from collections import defaultdict
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from typing import Any

from django.conf import settings
from django.db import connection
from django.db import transaction

from herstel.audit.services import audit_event_record
from herstel.detection.base import Category
from herstel.vault.crypto import MasterKey
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_read

from .audit_events import SUBJECTS_INDEXED
from .bulk import rows_insert
from .bulk import rows_update
from .constants import DocumentStatus
from .constants import MentionStatus
from .models import Document
from .models import Dossier
from .models import Mention
from .models import NameKey
from .models import Subject
from .names import KeyKind
from .names import birth_key
from .names import name_keys
from .names import place_key

if TYPE_CHECKING:
    from herstel.core.actor import Actor

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
    text: str, mentions: Iterable[Mention | _Span], secret: bytes
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


@dataclass(slots=True)
class Known:
    """What grouping one document needs from the index, read before it starts.

    Equivalent to asking per mention: the rows written while a document is
    grouped are only inserted at its end, so reading first sees the same rows.
    """

    candidates: dict[tuple[int, str], list[int]]
    """Subjects per ``(kind, digest)``, at most 50 each (as :func:`_candidates`)."""

    in_context: set[int]
    """Those subjects that share a place or birth key with the document."""


def _known_candidates(
    digests: Iterable[tuple[int, str]], context: list[tuple[int, str]]
) -> Known:
    """Read :class:`Known` in a few queries (one per 400 keys, 500 subjects)."""
    wanted = sorted(set(digests))
    candidates: dict[tuple[int, str], list[int]] = defaultdict(list)
    for start in range(0, len(wanted), 400):
        for kind, digest, subject_id in _first_subjects(wanted[start : start + 400]):
            candidates[(kind, digest)].append(subject_id)
    in_context: set[int] = set()
    subject_ids = sorted({s for subjects in candidates.values() for s in subjects})
    for start in range(0, len(subject_ids) if context else 0, 500):
        in_context.update(_with_context(subject_ids[start : start + 500], context))
    return Known(candidates=candidates, in_context=in_context)


def _first_subjects(wanted: Sequence[tuple[int, str]]) -> list[tuple[int, str, int]]:
    """``(kind, digest, subject)`` of the first 50 subjects (by id) per key.

    A common name has a row per mention in every document, so reading all of
    its rows made each document slower than the one before. This walks the
    ``(digest, subject, kind)`` index instead: one ``MIN(subject) > previous``
    look-up per subject found, a few per key (SQLite and PostgreSQL alike).
    """
    quote = connection.ops.quote_name
    meta = NameKey._meta
    column = {field.name: quote(str(field.column)) for field in meta.concrete_fields}
    table = quote(meta.db_table)
    kind, digest, subject = column["kind"], column["digest"], column["subject"]
    first = (
        f"SELECT MIN(k.{subject}) FROM {table} k "  # noqa: S608
        f"WHERE k.{digest} = w.digest"
    )
    values = ", ".join(["(%s, %s)"] * len(wanted))
    # Names come from the model, never from input; the keys are parameters.
    sql = (
        f"WITH RECURSIVE wanted (kind, digest) AS (VALUES {values}), "  # noqa: S608
        "found (kind, digest, subject, n) AS ("
        f"SELECT w.kind, w.digest, ({first} AND k.{kind} = w.kind), 1 "
        "FROM wanted w UNION ALL "
        f"SELECT w.kind, w.digest, ({first} AND k.{kind} = w.kind "
        f"AND k.{subject} > w.subject), w.n + 1 "
        "FROM found w WHERE w.subject IS NOT NULL AND w.n < 50) "
        "SELECT kind, digest, subject FROM found WHERE subject IS NOT NULL "
        "ORDER BY kind, digest, subject"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [value for pair in wanted for value in pair])
        return [(int(k), str(d), int(s)) for k, d, s in cursor.fetchall()]


def _candidates(kind: int, digest: str, known: Known | None = None) -> list[int]:
    if known is not None:
        return list(known.candidates.get((kind, digest), ()))
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
    subject_ids: Sequence[int],
    context: list[tuple[int, str]],
    known: Known | None = None,
) -> list[int]:
    if not context or not subject_ids:
        return []
    if known is not None:
        return [subject for subject in subject_ids if subject in known.in_context]
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
    known: Known | None = None,
) -> int | None:
    """The subject a mention with these keys belongs to, or None for a new one.

    ``known`` holds the candidates read ahead by :func:`_known_candidates`.
    """
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
        same = _candidates(KeyKind.FULL, full, known)
        if same:
            strengthened = _with_context(same, context, known)
            return (strengthened or same)[0]
    if initial:
        candidates = _candidates(KeyKind.INITIAL, initial, known)
        if full:
            # Never join "Johan" to a subject known under another given name.
            named = _full_names(candidates)
            candidates = [c for c in candidates if not named.get(c)]
        if len(candidates) == 1:
            return candidates[0]
        strengthened = _with_context(candidates, context, known)
        if len(strengthened) == 1:
            return strengthened[0]
        return None
    del surname  # a bare surname only joins within its own document
    return None


@dataclass(frozen=True, slots=True)
class _Span:
    """What indexing needs of a mention (read as a row, not a model)."""

    pk: int
    category: str
    start: int
    end: int
    subject_id: int | None


@transaction.atomic
def subjects_index_document(*, document: Document, text: str) -> int:
    """Group the person mentions of one document into subjects; return how many.

    Idempotent: mentions that already have a subject are left alone.
    """
    secret = _index_key()
    mentions = [
        _Span(*row)
        for row in document.mentions.exclude(status=MentionStatus.REJECTED)
        .order_by("start", "pk")
        .values_list("pk", "category", "start", "end", "subject_id")
    ]
    context = _context_digests(text, mentions, secret)
    in_document: dict[tuple[int, str], int] = {}
    grouped = [
        m.pk
        for m in mentions
        if m.category == Category.PERSON and m.subject_id is not None
    ]
    if grouped:
        keys_of: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for mention_id, kind, digest in (
            NameKey.objects.filter(mention_id__in=grouped, kind__in=NAME_KINDS)
            .order_by("pk")
            .values_list("mention_id", "kind", "digest")
        ):
            keys_of[mention_id].append((kind, digest))
        for mention in mentions:
            for key in keys_of.get(mention.pk, ()):
                in_document.setdefault(key, mention.subject_id or 0)
    pending: list[tuple[_Span, dict[int, str]]] = []
    for mention in mentions:
        if mention.category != Category.PERSON or mention.subject_id is not None:
            continue
        digests = name_digests(text[mention.start : mention.end], secret=secret)
        if digests:
            pending.append((mention, digests))
    if not pending:
        return 0
    known = _known_candidates(
        (
            (kind, digest)
            for _mention, digests in pending
            for kind, digest in digests.items()
            if kind in (KeyKind.FULL, KeyKind.INITIAL)
        ),
        context,
    )
    # New subjects get a negative stand-in id, then are inserted in one go.
    chosen: list[tuple[_Span, dict[int, str], int]] = []
    fresh = 0
    for mention, digests in pending:
        subject_id = _choose_subject(digests, in_document, context, known)
        if subject_id is None:
            fresh += 1
            subject_id = -fresh
        for kind, digest in digests.items():
            in_document.setdefault((kind, digest), subject_id)
        chosen.append((mention, digests, subject_id))
    if connection.features.can_return_rows_from_bulk_insert:
        subjects = Subject.objects.bulk_create([Subject() for _ in range(fresh)])
    else:
        subjects = [Subject.objects.create() for _ in range(fresh)]
    created = [subject.pk for subject in subjects]
    assigned: list[tuple[int, int]] = []
    rows: list[tuple[int, int, int, str]] = []
    for mention, digests, stand_in in chosen:
        subject_id = created[-stand_in - 1] if stand_in < 0 else stand_in
        assigned.append((subject_id, mention.pk))
        rows.extend(
            (mention.pk, subject_id, k, d) for k, d in (*digests.items(), *context)
        )
    rows_update(Mention, "subject", assigned)
    _name_keys_insert(rows)
    return len(chosen)


def _name_keys_insert(rows: Sequence[tuple[int, int, int, str]]) -> None:
    """Insert ``(mention, subject, kind, digest)`` index rows, skipping duplicates
    (up to 15 keys per person mention), in one prepared statement."""
    rows_insert(NameKey, ("mention", "subject", "kind", "digest"), rows)


def subjects_index_dossier(*, dossier: Dossier, actor: Actor | None) -> int:
    """Index every analysed document of a dossier not indexed yet (idempotent).

    Reads each document's text with the system's keys (no person sees it) and
    records one audit entry with the counts.
    """
    documents = dossier.documents.filter(
        status=DocumentStatus.EXTRACTED,
        mentions__category=Category.PERSON,
        mentions__subject__isnull=True,
    ).distinct()
    return _documents_apply(
        dossier, documents.iterator(), subjects_index_document, actor, "mentions"
    )


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


def _documents_apply(
    dossier: Dossier,
    documents: Iterable[Document],
    apply: Callable[..., int],
    actor: Actor | None,
    counted: str,
    **context: Any,
) -> int:
    """Run ``apply(document=, text=)`` on each of ``documents`` (the text read
    with the system's keys), then record one audit entry for ``dossier`` with
    the number of documents and the sum of what ``apply`` returned (under the
    name ``counted``). Returns that sum."""
    total = count = 0
    for document in documents:
        total += apply(document=document, text=_document_text(document))
        count += 1
    audit_event_record(
        event=SUBJECTS_INDEXED,
        actor=actor,
        target=dossier,
        context={"documents": count, counted: total, **context},
    )
    return total


def subjects_rekey_dossier(*, dossier: Dossier, actor: Actor | None) -> int:
    """Recompute every index row of a dossier; audited once with counts."""
    return _documents_apply(
        dossier,
        dossier.documents.filter(status=DocumentStatus.EXTRACTED),
        subjects_rekey_document,
        actor,
        "keys",
        rebuild=True,
    )


def subject_keys_forget(*, document: Document) -> int:
    """Remove a document's rows from the blind index (on shredding)."""
    deleted, _by_model = NameKey.objects.filter(mention__document=document).delete()
    Mention.objects.filter(document=document, subject__isnull=False).update(
        subject=None
    )
    return deleted


# Reads -----------------------------------------------------------------------
