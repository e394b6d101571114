# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The one way to write the audit trail: :func:`audit_event_record`."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from collections.abc import Mapping
from datetime import UTC
from datetime import datetime
from typing import TYPE_CHECKING
from typing import Any
from typing import TypeVar

from django.db import models
from django.db import transaction
from django.utils import timezone

import structlog

from herstel.core.context import request_id_var

from .constants import GENESIS_HASH
from .models import AuditEvent
from .models import ChainHead
from .registry import AuditEventType

if TYPE_CHECKING:
    from herstel.core.actor import Actor

logger = structlog.get_logger("herstel.audit")

ContextValue = str | int | bool | None | list[Any] | dict[str, Any]
Target = models.Model | tuple[str, str | int] | None


def entry_hash(
    *,
    seq: int,
    timestamp: datetime,
    actor_id: int | None,
    actor_label: str,
    event: str,
    object_type: str,
    object_id: str,
    reason: str,
    context: Mapping[str, Any],
    tags: Iterable[str],
    request_id: str,
    prev_hash: str,
) -> str:
    """Hash of one entry, over a canonical JSON form of every field."""
    payload = json.dumps(
        {
            "seq": seq,
            "timestamp": timestamp.astimezone(UTC).isoformat(timespec="microseconds"),
            "actor_id": actor_id,
            "actor_label": actor_label,
            "event": event,
            "object_type": object_type,
            "object_id": object_id,
            "reason": reason,
            "context": context,
            "tags": list(tags),
            "request_id": request_id,
            "prev_hash": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


HASHED_FIELDS = (
    "seq",
    "timestamp",
    "actor_id",
    "actor_label",
    "event",
    "object_type",
    "object_id",
    "reason",
    "context",
    "tags",
    "request_id",
    "prev_hash",
)
"""The fields of an entry its hash covers: the parameters of :func:`entry_hash`."""


def event_entry_hash(entry: AuditEvent) -> str:
    """The hash an entry should carry, recomputed from its stored fields."""
    return entry_hash(**{name: getattr(entry, name) for name in HASHED_FIELDS})


def _actor_ref(actor: Actor | None) -> tuple[int | None, str]:
    """The actor's id and user name, or ``(None, "system")``."""
    if actor is None or actor.pk is None:
        return None, "system"
    return actor.pk, actor.get_username()


def _chain_head() -> ChainHead:
    """The chain's head, locked until the transaction ends (made at genesis)."""
    head = ChainHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        head = ChainHead.objects.create(pk=1, seq=0, hash=GENESIS_HASH)
    return head


def _target_ref(target: Target) -> tuple[str, str]:
    if target is None:
        return "", ""
    if isinstance(target, models.Model):
        return target._meta.label_lower, str(target.pk)
    object_type, object_id = target
    return object_type, str(object_id)


ModelT = TypeVar("ModelT", bound=models.Model)


AuditRecord = tuple[
    AuditEventType, "Actor | None", Target, Mapping[str, ContextValue], str
]
"""``(event, actor, target, context, reason)`` for :func:`audit_events_record_many`."""


def _new_entry(
    record: AuditRecord,
    *,
    seq: int,
    prev_hash: str,
    request_id: str,
    tags: Iterable[str] = (),
) -> AuditEvent:
    """The entry after ``prev_hash`` in the chain, hashed but not saved."""
    event, actor, target, context, reason = record
    actor_id, actor_label = _actor_ref(actor)
    object_type, object_id = _target_ref(target)
    entry = AuditEvent(
        seq=seq,
        timestamp=timezone.now(),
        actor_id=actor_id,
        actor_label=actor_label,
        event=event.name,
        object_type=object_type,
        object_id=object_id,
        reason=reason,
        # Round-trip through JSON so the hash covers what the database returns.
        context=json.loads(json.dumps(dict(context))),
        tags=sorted(set(event.tags) | set(tags)),
        request_id=request_id,
        prev_hash=prev_hash,
    )
    entry.hash = event_entry_hash(entry)
    return entry


def audit_event_record(
    *,
    event: AuditEventType,
    actor: Actor | None,
    target: Target = None,
    context: Mapping[str, ContextValue] | None = None,
    tags: Iterable[str] = (),
    reason: str = "",
) -> AuditEvent:
    """Append one entry to the audit trail, inside the caller's transaction.

    ``actor`` is a user or ``None`` for the system. ``context`` holds IDs,
    counts and field names only: never the personal data being remediated.
    """
    request_id = request_id_var.get()
    with transaction.atomic():
        head = _chain_head()
        entry = _new_entry(
            (event, actor, target, context or {}, reason),
            seq=head.seq + 1,
            prev_hash=head.hash,
            request_id=request_id,
            tags=tags,
        )
        entry.save(force_insert=True)
        head.seq, head.hash = entry.seq, entry.hash
        head.save(update_fields=["seq", "hash"])
    logger.info(
        "audit_event_recorded",
        audit_event=event.name,
        seq=entry.seq,
        object_type=entry.object_type,
        object_id=entry.object_id,
        actor_id=entry.actor_id,
        request_id=request_id,
    )
    return entry


def audited_save(
    obj: ModelT,
    changes: Mapping[str, Any] | None = None,
    *,
    event: AuditEventType,
    actor: Actor | None,
    context: Mapping[str, ContextValue] | None = None,
    reason: str = "",
    target: Target = None,
    clean: bool = False,
) -> ModelT:
    """Set ``changes`` on ``obj``, save it and record ``event`` on it, in one
    transaction: the "change the state, save, audit" step of most services.

    With ``changes`` only those fields (and any ``auto_now`` field) are
    written; without, the whole row. With ``clean`` the object is validated
    first (``full_clean``: fields and constraints). The entry's target is
    ``target`` or, by default, ``obj``.
    """
    for field, value in (changes or {}).items():
        setattr(obj, field, value)
    if clean:
        obj.full_clean()
    with transaction.atomic():
        if changes is None:
            obj.save()
        else:
            stamped = [
                f.name
                for f in obj._meta.concrete_fields
                if getattr(f, "auto_now", False) and f.name not in changes
            ]
            obj.save(update_fields=[*changes, *stamped])
        audit_event_record(
            event=event,
            actor=actor,
            target=obj if target is None else target,
            context=context,
            reason=reason,
        )
    return obj


def audited_end(
    obj: ModelT,
    ended: str,
    changes: Mapping[str, Any],
    *,
    event: AuditEventType,
    actor: Actor | None,
    context: Mapping[str, ContextValue] | None = None,
    reason: str = "",
) -> ModelT:
    """End ``obj`` once (lift a hold, revoke an allowance): lock its row and,
    unless its ``ended`` field (``"lifted_at"``) is already set,
    :func:`audited_save` the ``changes`` that set it. Ending it again returns
    the row as it is, with no second entry."""
    with transaction.atomic():
        locked = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
        if getattr(locked, ended) is not None:
            return locked
        return audited_save(
            locked, changes, event=event, actor=actor, context=context, reason=reason
        )


def audit_events_record_many(records: Iterable[AuditRecord]) -> int:
    """Append many entries to the trail in one insert, inside the caller's
    transaction (a group commit for batch work such as a destruction run).

    The chain is the same as with :func:`audit_event_record`, one entry after
    the other. Returns how many entries were written.
    """
    request_id = request_id_var.get()
    entries: list[AuditEvent] = []
    with transaction.atomic():
        head = _chain_head()
        seq, prev = head.seq, head.hash
        for record in records:
            seq += 1
            entry = _new_entry(record, seq=seq, prev_hash=prev, request_id=request_id)
            prev = entry.hash
            entries.append(entry)
        if not entries:
            return 0
        AuditEvent.objects.bulk_create(entries, batch_size=500)
        head.seq, head.hash = seq, prev
        head.save(update_fields=["seq", "hash"])
    logger.info(
        "audit_events_recorded",
        count=len(entries),
        first_seq=entries[0].seq,
        last_seq=entries[-1].seq,
        request_id=request_id,
    )
    return len(entries)
