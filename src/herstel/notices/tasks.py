# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every pending notice letter generated in the background (a task with a
progress page: one letter, one contact read and one PDF per person)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from herstel.core.models import TaskRun
from herstel.core.tasks import TaskKind
from herstel.core.tasks import task_kinds
from herstel.core.tasks import task_start

from .constants import Decision
from .constants import LetterStatus
from .constants import NoticeStatus
from .models import NoticeDecision
from .services import notice_letters_generate

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def letters_task_run(*, owner: Actor, sender: str) -> str:
    """Generate the pending letters (the ``notices.letters`` task); run again,
    it only does the ones still pending. The result: the list of generated
    letters."""
    notice_letters_generate(sender=sender, actor=owner)
    return (
        reverse("notices:subjects")
        + "?"
        + urlencode({"status": NoticeStatus.GENERATED})
    )


def letters_start(*, sender: str, actor: Actor) -> TaskRun:
    """Generate every pending letter in the background; returns the task."""
    from herstel.core.permissions import require

    require(actor, "notices.send")
    pending = NoticeDecision.objects.filter(
        decision=Decision.PERSONAL, letter_status=LetterStatus.NONE
    ).count()
    return task_start(
        kind="notices.letters",
        owner=actor,
        arguments={"sender": sender.strip()},
        total=pending,
        back_url=reverse("notices:subjects"),
    )


task_kinds.add(
    "notices.letters",
    TaskKind(_("Generate the pending letters"), letters_task_run, "notices.read"),
)
