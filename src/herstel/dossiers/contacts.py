# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""What a letter to a subject needs: name, address lines, kinds of data found.

The inventory itself holds no names (see ``subjects.py``). The best source is
an access request the subject was matched to: the requester gave their name
and address and proved their identity. Other apps contribute such sources
through :func:`contact_source_register` (the requests context does, from its
``apps.ready()``), so this app imports none of them. Without one, the name is
the spelling the documents use most and the address the address the subject's
documents name most; the result says where it came from, so whoever decides
can judge whether it is reliable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db.models import Count

from herstel.audit.services import audit_event_record
from herstel.detection.base import Category

from .audit_events import SUBJECT_CONTACT_READ
from .constants import DocumentStatus
from .constants import MentionStatus
from .constants import ViewPurpose
from .models import Document
from .models import Mention
from .models import Subject

if TYPE_CHECKING:
    from herstel.core.actor import Actor

# The subject's documents read at most for a name and an address.
CONTACT_DOCUMENTS = 20
# Postcode and place within this many characters after a street belong to it.
ADDRESS_GAP = 40


@dataclass(frozen=True, slots=True)
class SubjectContact:
    """What a letter needs from a data subject."""

    name: str
    address_lines: Sequence[str]
    categories: Sequence[str] = ()
    """Display names of the kinds of personal data found, e.g. "Health"."""
    source: str = ""
    """Where name and address came from: ``request``, ``inventory`` or empty."""

    @property
    def has_address(self) -> bool:
        return bool(self.name and self.address_lines)


@dataclass(frozen=True, slots=True)
class ContactDetails:
    """A contact source's answer: a name and address lines."""

    name: str
    address_lines: tuple[str, ...] = field(default_factory=tuple)


ContactSource = Callable[[Subject], ContactDetails | None]
_sources: list[ContactSource] = []


def contact_source_register(source: ContactSource) -> None:
    """Add a source of verified contact details (asked before the inventory)."""
    if source not in _sources:
        _sources.append(source)


def _document_text(document: Document) -> str:
    from .subject_index import _document_text as read

    return read(document)


def _from_inventory(subject: Subject) -> tuple[ContactDetails | None, int]:
    """The most used spelling of the name and the most named address."""
    mentions = (
        Mention.objects.filter(subject=subject, category=Category.PERSON)
        .exclude(status=MentionStatus.REJECTED)
        .exclude(document__status=DocumentStatus.SHREDDED)
        .select_related("document")
        .order_by("document_id", "start")
    )
    by_document: dict[int, list[Mention]] = {}
    for mention in mentions:
        if (
            len(by_document) >= CONTACT_DOCUMENTS
            and mention.document_id not in by_document
        ):
            continue
        by_document.setdefault(mention.document_id, []).append(mention)
    names: Counter[str] = Counter()
    addresses: Counter[tuple[str, ...]] = Counter()
    for mentions_in_document in by_document.values():
        document = mentions_in_document[0].document
        if not document.text_key_id:
            continue
        text = _document_text(document)
        for mention in mentions_in_document:
            names[" ".join(text[mention.start : mention.end].split())] += 1
        for address in _addresses(document, text):
            addresses[address] += 1
    if not names:
        return None, len(by_document)
    # The longest of the most used spellings: "Johan Kaya" over "Kaya".
    top = max(names.values())
    name = max((n for n, c in names.items() if c == top), key=len)
    lines = addresses.most_common(1)[0][0] if addresses else ()
    return ContactDetails(name=name, address_lines=lines), len(by_document)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;")


def _addresses(document: Document, text: str) -> list[tuple[str, ...]]:
    """Street lines with the postcode and place that follow them closely."""
    found = list(
        document.mentions.filter(
            category__in=(Category.ADDRESS, Category.POSTCODE, Category.PLACE)
        )
        .exclude(status=MentionStatus.REJECTED)
        .order_by("start")
        .values_list("category", "start", "end")
    )
    addresses: list[tuple[str, ...]] = []
    for category, start, end in found:
        if category != Category.ADDRESS:
            continue
        town = [
            _clean(text[s:e])
            for c, s, e in found
            if c != Category.ADDRESS and end <= s <= end + ADDRESS_GAP
        ]
        street = _clean(text[start:end])
        addresses.append((street, " ".join(town)) if town else (street,))
    return addresses


def subject_categories(*, subject: Subject) -> list[str]:
    """Kinds of personal data in the documents that mention the subject.

    Counts and categories only; no document is decrypted.
    """
    documents = Mention.objects.filter(subject=subject).values("document_id")
    found = (
        Mention.objects.filter(document_id__in=documents)
        .exclude(status=MentionStatus.REJECTED)
        .exclude(category=Category.ORGANISATION)
        .values("category")
        .annotate(n=Count("pk"))
        .order_by("category")
    )
    labels = dict(Category.choices)
    return [str(labels.get(row["category"], row["category"])) for row in found]


def subject_contact(
    *, subject: Subject, actor: Actor, purpose: ViewPurpose = ViewPurpose.NOTICE
) -> SubjectContact:
    """Name, address lines and kinds of data of a subject, for a letter.

    Decrypts a request's data or document texts, so the read is audited with
    the actor and the purpose; the audit context names the fields and counts,
    never the values.
    """
    if not actor.has_perm("dossiers.read_subject_contact"):
        raise PermissionDenied
    details: ContactDetails | None = None
    source, documents = "", 0
    for contact_source in _sources:
        details = contact_source(subject)
        if details is not None and details.name:
            source = "request"
            break
    if details is None or not details.name:
        details, documents = _from_inventory(subject)
        source = "inventory" if details is not None else ""
    categories = subject_categories(subject=subject)
    audit_event_record(
        event=SUBJECT_CONTACT_READ,
        actor=actor,
        target=subject,
        reason=str(purpose.value),
        context={
            "source": source,
            "documents": documents,
            "fields": ["name", "address"] if details else [],
        },
    )
    if details is None:
        return SubjectContact(name="", address_lines=(), categories=categories)
    return SubjectContact(
        name=details.name,
        address_lines=details.address_lines,
        categories=categories,
        source=source,
    )
