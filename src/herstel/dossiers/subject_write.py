# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Subjects, the writes: confirm, merge and split (each audited)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.audit.services import audit_event_record
from herstel.core.permissions import require

from .audit_events import SUBJECT_CONFIRMED
from .audit_events import SUBJECT_MERGED
from .audit_events import SUBJECT_SPLIT
from .constants import SubjectStatus
from .models import Mention
from .models import NameKey
from .models import Subject

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def _require_work(actor: Actor) -> None:
    require(actor, "dossiers.review_mention")


def subject_confirm(*, subject: Subject, actor: Actor) -> Subject:
    """Record that an analyst checked the grouping (audited)."""
    _require_work(actor)
    with transaction.atomic():
        subject = Subject.objects.select_for_update().get(pk=subject.pk)
        if subject.status == SubjectStatus.CONFIRMED:
            return subject
        if subject.status == SubjectStatus.MERGED:
            raise ValidationError(_("This subject was merged into another one."))
        before = subject.status
        subject.decide(actor, status=SubjectStatus.CONFIRMED)
        audit_event_record(
            event=SUBJECT_CONFIRMED,
            actor=actor,
            target=subject,
            context={"before": before, "mentions": subject.mentions.count()},
        )
    return subject


def subject_merge(
    *, target: Subject, others: Sequence[Subject], actor: Actor
) -> Subject:
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
        target.decide(actor, status=SubjectStatus.CONFIRMED)
        audit_event_record(
            event=SUBJECT_MERGED,
            actor=actor,
            target=target,
            context={"merged": other_ids, "mentions_moved": moved},
        )
    return target


def subject_split(
    *, subject: Subject, mention_ids: Sequence[int], actor: Actor
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
