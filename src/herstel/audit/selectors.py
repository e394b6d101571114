# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Reads of the audit trail: filtered lists and chain verification."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from typing import TYPE_CHECKING

from django.apps import apps
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.core.permissions import require

from .constants import GENESIS_HASH
from .models import AuditEvent
from .models import ChainHead
from .services import event_entry_hash

if TYPE_CHECKING:
    from herstel.core.actor import Actor


@dataclass(frozen=True, slots=True)
class AuditFilter:
    actor: str = ""
    event: str = ""
    object_type: str = ""
    object_id: str = ""
    date_from: date | None = None
    date_until: date | None = None


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def audit_event_list(*, actor: Actor, filters: AuditFilter) -> QuerySet[AuditEvent]:
    """Audit entries matching ``filters``, newest first. Privacy officer only."""
    require(actor, "audit.read_trail")
    queryset = AuditEvent.objects.order_by("-seq")
    if filters.actor:
        queryset = queryset.filter(actor_label__iexact=filters.actor)
    if filters.event:
        queryset = queryset.filter(event=filters.event)
    if filters.object_type:
        queryset = queryset.filter(object_type=filters.object_type)
    if filters.object_id:
        queryset = queryset.filter(object_id=filters.object_id)
    if filters.date_from:
        queryset = queryset.filter(timestamp__gte=_start_of(filters.date_from))
    if filters.date_until:
        queryset = queryset.filter(
            timestamp__lt=_start_of(filters.date_until + timedelta(days=1))
        )
    return queryset


def audit_actor_labels() -> list[str]:
    """Everyone the trail names as actor (user names, "system"), sorted."""
    return list(
        AuditEvent.objects.order_by("actor_label")
        .values_list("actor_label", flat=True)
        .distinct()
    )


def audit_object_labels(object_types: Iterable[str]) -> dict[str, str]:
    """``app_label.model`` → the model's name in the reader's language."""
    labels = {}
    for object_type in object_types:
        try:
            model = apps.get_model(object_type)
        except (LookupError, ValueError):
            continue
        labels[object_type] = str(model._meta.verbose_name)
    return labels


def audit_object_types() -> list[str]:
    """Every object type the trail names, sorted (for the filter form)."""
    return list(
        AuditEvent.objects.exclude(object_type="")
        .order_by("object_type")
        .values_list("object_type", flat=True)
        .distinct()
    )


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """One finding of the chain check; ``kind`` is altered, removed or reordered."""

    kind: str
    seq: int
    message: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    checked: int
    head_seq: int
    head_hash: str
    problems: tuple[ChainProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _rows() -> Iterator[AuditEvent]:
    yield from AuditEvent.objects.order_by("pk").iterator(chunk_size=2000)


def audit_chain_verify(*, anchors: dict[int, str] | None = None) -> ChainReport:
    """Check every entry's hash and link; name each altered, removed or reordered one.

    ``anchors`` maps sequence numbers to hashes recorded elsewhere (for example
    printed by an earlier run): a truncated tail or a rewritten chain shows there.
    """
    problems: list[ChainProblem] = []
    by_seq: dict[int, tuple[str, str]] = {}
    highest = 0
    checked = 0
    for entry in _rows():
        checked += 1
        if entry.seq < highest:
            problems.append(
                ChainProblem(
                    "reordered",
                    entry.seq,
                    _("Entry %(seq)s is stored after entry %(after)s: reordered.")
                    % {"seq": entry.seq, "after": highest},
                )
            )
        highest = max(highest, entry.seq)
        if event_entry_hash(entry) != entry.hash:
            problems.append(
                ChainProblem(
                    "altered",
                    entry.seq,
                    _("Entry %(seq)s was altered: its content does not match its hash.")
                    % {"seq": entry.seq},
                )
            )
        by_seq[entry.seq] = (entry.prev_hash, entry.hash)

    head = ChainHead.objects.filter(pk=1).first()
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS_HASH)
    last = max(highest, head_seq)
    for seq in range(1, last + 1):
        if seq not in by_seq:
            problems.append(
                ChainProblem(
                    "removed",
                    seq,
                    _("Entry %(seq)s was removed.") % {"seq": seq},
                )
            )
            continue
        expected_prev = (
            GENESIS_HASH if seq == 1 else by_seq.get(seq - 1, (None, None))[1]
        )
        if expected_prev is not None and by_seq[seq][0] != expected_prev:
            problems.append(
                ChainProblem(
                    "altered",
                    seq - 1,
                    _(
                        "The link from entry %(prev)s to entry %(seq)s is broken: "
                        "entry %(prev)s was altered or replaced."
                    )
                    % {"prev": seq - 1, "seq": seq},
                )
            )
    if head and by_seq.get(head_seq, (None, None))[1] not in (None, head_hash):
        problems.append(
            ChainProblem(
                "altered",
                head_seq,
                _("The last entry %(seq)s does not match the recorded chain head.")
                % {"seq": head_seq},
            )
        )
    for seq, expected in sorted((anchors or {}).items()):
        found = by_seq.get(seq)
        if found is None or found[1] != expected:
            problems.append(
                ChainProblem(
                    "removed" if found is None else "altered",
                    seq,
                    _("Entry %(seq)s does not match the anchor recorded for it.")
                    % {"seq": seq},
                )
            )
    unique: dict[tuple[str, int], ChainProblem] = {}
    for problem in problems:
        unique.setdefault((problem.kind, problem.seq), problem)
    return ChainReport(
        checked=checked,
        head_seq=head_seq,
        head_hash=head_hash,
        problems=tuple(sorted(unique.values(), key=lambda p: (p.seq, p.kind))),
    )


def audit_events_named(
    *, names: list[str], since: date | None = None, until: date | None = None
) -> QuerySet[AuditEvent]:
    """Entries of the given event names in a period (inclusive days), oldest first.

    For aggregate reports that must be reproducible from the trail; callers
    publish counts only, never the entries.
    """
    events = AuditEvent.objects.filter(event__in=names)
    if since is not None:
        events = events.filter(timestamp__gte=_start_of(since))
    if until is not None:
        events = events.filter(timestamp__lt=_start_of(until + timedelta(days=1)))
    return events.order_by("seq")


def audit_object_ids(*, event: str, object_type: str) -> set[str]:
    """The object ids of every entry of ``event`` about ``object_type``.

    The vault reads the key ids the trail records as shredded through this
    (a second journal), so it never queries the audit tables itself.
    """
    return set(
        AuditEvent.objects.filter(event=event, object_type=object_type).values_list(
            "object_id", flat=True
        )
    )


def audit_object_recorded(*, event: str, object_type: str, object_id: str) -> bool:
    """Whether the trail holds an entry of ``event`` about this one object."""
    return AuditEvent.objects.filter(
        event=event, object_type=object_type, object_id=object_id
    ).exists()
