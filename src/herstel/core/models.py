# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Abstract model pieces that several contexts share, and the progress record
of a long piece of work run in the background (``TaskRun``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from herstel.core.model_parts import choice_field, user_link

if TYPE_CHECKING:
    from herstel.core.actor import Actor


class Decided(models.Model):
    """Who decided (a second person, for four eyes) and when; empty until then.

    The user is protected: a decision keeps naming who took it.
    """

    decided_by = user_link(_("decided by"), optional=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

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

    created_by = user_link(_("created by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        abstract = True


class TaskStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


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
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("background task")
        verbose_name_plural = _("background tasks")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.reference}"

    @property
    def finished(self) -> bool:
        return self.status in (TaskStatus.DONE, TaskStatus.FAILED)
