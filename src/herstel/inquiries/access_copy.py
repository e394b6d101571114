# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The access-copy rule (GDPR art. 15): what the requester sees, what is burned.

Art. 15 gives the requester *their* data; art. 15(4) protects the rights of
others. The rule, per document (see ``docs/access-requests.md``):

* **the requester's own data stays readable**: their name in every form (the
  mentions of the matched subjects, and every other spelling in the document
  that can only be them: "Kaya" or "Y. Kaya" next to "Yusuf Kaya"), and the
  identifiers an analyst linked to their subject (an address, phone number,
  e-mail address or date of birth marked "belongs to this subject");
* **the content of passages about them stays readable**: places, religion,
  health, behaviour and other statements in a sentence that names them (or
  continues about them without naming anyone else);
* **everything identifying another person is burned out**: other people's
  names and every identifier not linked to the requester;
* **special-category data in passages that concern only other people** is
  burned out;
* **words rejected as "not personal data" are never boxed**; places and
  organisations, which identify nobody on their own, stay readable, and so
  does an unreviewed person candidate inside an organisation's name.

:func:`plan_access_copy` is pure (no database): it takes the text and the
mentions and returns the boxes with their reason, so the analyst's preview and
the PDF use the same plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import fields
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from herstel.detection.base import SPECIAL_CATEGORIES
from herstel.detection.base import Category
from herstel.dossiers.constants import MentionStatus
from herstel.dossiers.models import Mention
from herstel.dossiers.models import Subject
from herstel.dossiers.names import KeyKind
from herstel.dossiers.names import name_keys
from herstel.dossiers.services import mention_event_record

if TYPE_CHECKING:
    from herstel.core.actor import Actor

__all__ = [
    "ATTRIBUTABLE_CATEGORIES",
    "BoxReason",
    "MentionInfo",
    "Plan",
    "PlannedBox",
    "mention_attribute",
    "plan_access_copy",
    "sentence_spans",
]

ATTRIBUTABLE_CATEGORIES = frozenset(
    {
        Category.ADDRESS,
        Category.POSTCODE,
        Category.PHONE,
        Category.EMAIL,
        Category.DATE_OF_BIRTH,
        Category.BSN,
        Category.IBAN,
    }
)
"""Identifiers an analyst can mark "belongs to this subject"."""

_NEVER_BOXED = frozenset({Category.PLACE, Category.ORGANISATION})
"""Categories that identify nobody on their own."""


class BoxReason:
    """Why a span is burned out of the access copy (shown in the preview)."""

    OTHER_PERSON = "other_person"
    OTHER_IDENTIFIER = "other_identifier"
    SPECIAL_OTHERS = "special_others"

    LABELS = {
        OTHER_PERSON: gettext_lazy("Name of another person"),
        OTHER_IDENTIFIER: gettext_lazy(
            "Identifier not linked to the requester (another person's data)"
        ),
        SPECIAL_OTHERS: gettext_lazy(
            "Special-category data in a passage only about other people"
        ),
    }


@dataclass(frozen=True, slots=True)
class MentionInfo:
    """What the rule needs of one mention (the surface is read from the text)."""

    pk: int
    start: int
    end: int
    category: str
    status: str
    subject_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlannedBox:
    start: int
    end: int
    category: str
    reason: str
    mention_id: int

    @property
    def reason_label(self) -> str:
        return str(BoxReason.LABELS.get(self.reason, self.reason))


@dataclass(frozen=True, slots=True)
class Plan:
    boxes: tuple[PlannedBox, ...]
    own_categories: frozenset[str]
    """Categories of the requester's data found: their own mentions and what
    stays readable in the passages about them (for the letter)."""
    kept: int
    """Mentions kept readable."""


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(A-Z0-9À-Ý])|\n\s*\n|\n(?=\s*[-•*]\s)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences (and blank-line paragraphs), as offsets."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return spans


def _paragraph_breaks(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\n\s*\n", text)]


def _own_person_ids(
    text: str, persons: Sequence[MentionInfo], own_subjects: set[int]
) -> set[int]:
    """Person mentions that are the requester: subject match or a spelling only
    they can have in this document."""
    own = {m.pk for m in persons if m.subject_id in own_subjects}
    own_keys: dict[int, set[str]] = {KeyKind.FULL: set(), KeyKind.INITIAL: set()}
    own_keys[KeyKind.SURNAME] = set()
    own_first: set[str] = set()
    for mention in persons:
        if mention.pk in own:
            keys = name_keys(text[mention.start : mention.end])
            for kind, value in keys.items():
                own_keys.setdefault(kind, set()).add(value)
            if KeyKind.FULL in keys:
                own_first.add(keys[KeyKind.FULL].split("|", 1)[0])
    others_keys: dict[int, set[str]] = {KeyKind.FULL: set(), KeyKind.INITIAL: set()}
    others_keys[KeyKind.SURNAME] = set()
    others_first: set[str] = set()
    pending: list[tuple[MentionInfo, dict[int, str]]] = []
    for mention in persons:
        if mention.pk in own:
            continue
        keys = name_keys(text[mention.start : mention.end])
        if (KeyKind.FULL in keys and keys[KeyKind.FULL] in own_keys[KeyKind.FULL]) or (
            KeyKind.FULL not in keys
            and KeyKind.INITIAL in keys
            and keys[KeyKind.INITIAL] in own_keys[KeyKind.INITIAL]
        ):
            own.add(mention.pk)
        else:
            pending.append((mention, keys))
            if KeyKind.INITIAL in keys:
                for kind, value in keys.items():
                    others_keys[kind].add(value)
                if KeyKind.FULL in keys:
                    others_first.add(keys[KeyKind.FULL].split("|", 1)[0])
    for mention, keys in pending:
        if set(keys) != {KeyKind.SURNAME}:
            continue
        word = keys[KeyKind.SURNAME]
        # A bare surname is the requester's when nobody else in the document
        # carries it; a bare first name likewise.
        if (
            word in own_keys[KeyKind.SURNAME]
            and word not in others_keys[KeyKind.SURNAME]
        ) or (word in own_first and word not in others_first):
            own.add(mention.pk)
    return own


def plan_access_copy(
    *,
    text: str,
    mentions: Iterable[MentionInfo],
    own_subject_ids: Iterable[int],
) -> Plan:
    """The boxes of one document's access copy, each with its reason."""
    own_subjects = set(own_subject_ids)
    live = sorted(
        (m for m in mentions if m.status != MentionStatus.REJECTED),
        key=lambda m: (m.start, m.end),
    )
    persons = [m for m in live if m.category == Category.PERSON]
    own_persons = _own_person_ids(text, persons, own_subjects)
    own_ids = set(own_persons) | {
        m.pk
        for m in live
        if m.subject_id in own_subjects and m.category in ATTRIBUTABLE_CATEGORIES
    }
    # Sentences: about the requester (names them, or continues a sentence that
    # did without naming anyone else), about others only, or neutral.
    breaks = _paragraph_breaks(text)
    about_own: list[tuple[int, int]] = []
    others_only: list[tuple[int, int]] = []
    state = "none"
    paragraph = 0
    for start, end in sentence_spans(text):
        while paragraph < len(breaks) and breaks[paragraph] < start:
            paragraph += 1
            state = "none"
        inside = [m for m in persons if start <= m.start < end]
        has_own = any(m.pk in own_persons for m in inside) or any(
            m.pk in own_ids and start <= m.start < end for m in live
        )
        has_other = any(m.pk not in own_persons for m in inside)
        if has_own:
            state = "own"
        elif has_other:
            state = "others"
        if state == "own":
            about_own.append((start, end))
        elif state == "others":
            others_only.append((start, end))

    def within(mention: MentionInfo, spans: list[tuple[int, int]]) -> bool:
        return any(s <= mention.start < e for s, e in spans)

    organisations = [
        (m.start, m.end) for m in live if m.category == Category.ORGANISATION
    ]

    def in_organisation(mention: MentionInfo) -> bool:
        # "Werkgelegenheid" in "Ministerie van Sociale Zaken en
        # Werkgelegenheid": an unreviewed person candidate inside an
        # organisation's name is that name, not a person.
        return mention.status == MentionStatus.PROPOSED and any(
            s <= mention.start and mention.end <= e for s, e in organisations
        )

    boxes: list[PlannedBox] = []
    categories: set[str] = set()
    kept = 0
    for mention in live:
        reason = ""
        if mention.pk in own_ids:
            categories.add(mention.category)
        elif mention.category == Category.PERSON:
            if not in_organisation(mention):
                reason = BoxReason.OTHER_PERSON
        elif mention.category in _NEVER_BOXED:
            if within(mention, about_own):
                categories.add(mention.category)
        elif mention.category in SPECIAL_CATEGORIES:
            if within(mention, about_own):
                categories.add(mention.category)
            elif within(mention, others_only):
                reason = BoxReason.SPECIAL_OTHERS
        else:
            reason = BoxReason.OTHER_IDENTIFIER
        if reason:
            boxes.append(
                PlannedBox(
                    start=mention.start,
                    end=mention.end,
                    category=mention.category,
                    reason=reason,
                    mention_id=mention.pk,
                )
            )
        else:
            kept += 1
    # The requester's boxes never cover their own name: drop a box that
    # overlaps one of their mentions (overlapping person/organisation spans).
    own_spans = [(m.start, m.end) for m in live if m.pk in own_ids]
    boxes = [
        b
        for b in boxes
        if not any(b.start < e and s < b.end for s, e in own_spans)
        or b.category != Category.PERSON
    ]
    return Plan(boxes=tuple(boxes), own_categories=frozenset(categories), kept=kept)


def mention_infos(mentions: Iterable[Mention]) -> list[MentionInfo]:
    """Each mention as the rule sees it: its attributes of the same names."""
    names = [field.name for field in fields(MentionInfo)]
    return [MentionInfo(**{name: getattr(m, name) for name in names}) for m in mentions]


def mention_attribute(
    *, mention: Mention, subject: Subject | None, actor: Actor
) -> Mention:
    """Mark an identifier as belonging to ``subject`` (or undo with ``None``).

    Only addresses, postcodes, phone numbers, e-mail addresses, dates of birth,
    BSNs and IBANs: a name belongs to a subject through the name index.
    Audited; the access copy then keeps the identifier readable for that
    subject's requester.
    """
    from .audit_events import MENTION_ATTRIBUTED

    if not actor.has_perm("dossiers.review_mention", mention.document):
        raise PermissionDenied
    if mention.category not in ATTRIBUTABLE_CATEGORIES:
        raise ValidationError(
            _(
                "Only an address, phone number, e-mail address or date of birth can "
                "be linked to a person this way."
            ),
            code="category",
        )
    with transaction.atomic():
        mention = Mention.objects.select_for_update().get(pk=mention.pk)
        before = mention.subject_id
        target = subject.pk if subject is not None else None
        if before == target:
            return mention
        mention.subject_id = target
        mention.save(update_fields=["subject"])
        mention_event_record(
            MENTION_ATTRIBUTED, mention, actor, before=before, after=target
        )
    return mention
