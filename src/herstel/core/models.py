# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Abstract model pieces that several contexts share, and the progress record
of a long piece of work run in the background (``TaskRun``; its statuses,
``TaskStatus``, are in :mod:`herstel.core.constants` and importable here)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstel.core.constants import TaskStatus
from herstel.core.model_fields import acted
from herstel.core.model_fields import created_moment
from herstel.core.model_fields import optional_moment
from herstel.core.model_meta import model_meta
from herstel.core.model_parts import choice_field
from herstel.core.model_parts import user_link

if TYPE_CHECKING:
    from herstel.core.actor import Actor

__all__ = ["Created", "Decided", "TaskRun", "TaskStatus"]


class Decided(models.Model):
    """Who decided (a second person, for four eyes) and when; empty until then.

    The user is protected: a decision keeps naming who took it.
    """

    decided_by = user_link(_("decided by"), optional=True)
    decided_at = optional_moment(_("decided at"))

    class Meta:
        abstract = True

    def decide(self, actor: Actor, **changes: Any) -> None:
        """Set ``changes`` (e.g. ``status=...``), record ``actor`` as deciding
        now, and save only those fields."""
        for field, value in changes.items():
            setattr(self, field, value)
        self.decided_by = actor
        self.decided_at = timezone.now()
        self.save(update_fields=[*changes, "decided_by", "decided_at"])


class Created(models.Model):
    """Who entered a record (kept when the user leaves) and when."""

    created_by, created_at = acted(_("created by"), _("created at"))

    class Meta:
        abstract = True


class TaskRun(models.Model):
    """One background task: what it does, for whom, how far it is.

    ``arguments`` holds primary keys only; ``failure`` is a refusal or a
    generic message, never an exception text (that may quote personal data).
    """

    kind = models.CharField(_("kind"), max_length=64)
    reference = models.CharField(_("reference"), max_length=64, blank=True)
    arguments = models.JSONField(_("arguments"), default=dict, blank=True)
    owner = user_link(_("started by"))
    status = choice_field(_("status"), TaskStatus.QUEUED, max_length=16)
    done = models.PositiveIntegerField(_("done"), default=0)
    total = models.PositiveIntegerField(_("total"), default=0)
    failure = models.CharField(_("reason of failure"), max_length=500, blank=True)
    result_url = models.CharField(_("result"), max_length=300, blank=True)
    summary = models.CharField(_("summary"), max_length=500, blank=True)
    created_at = created_moment(_("created at"))
    started_at = optional_moment(_("started at"))
    finished_at = optional_moment(_("finished at"))

    Meta = model_meta(
        _("background task"), _("background tasks"), ordering=["-created_at", "-pk"]
    )

    def __str__(self) -> str:
        return f"{self.kind} {self.reference}"

    @property
    def finished(self) -> bool:
        return self.status in (TaskStatus.DONE, TaskStatus.FAILED)
