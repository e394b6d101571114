# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Abstract model pieces that several contexts share (no tables of their own)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Decided(models.Model):
    """Who decided (a second person, for four eyes) and when; empty until then.

    The user is protected: a decision keeps naming who took it.
    """

    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        abstract = True

    def decide(self, actor: Any, **changes: Any) -> None:
        """Set ``changes`` (e.g. ``status=...``), record ``actor`` as deciding
        now, and save only those fields."""
        for field, value in changes.items():
            setattr(self, field, value)
        self.decided_by = actor
        self.decided_at = timezone.now()
        self.save(update_fields=[*changes, "decided_by", "decided_at"])


class Created(models.Model):
    """Who entered a record (kept when the user leaves) and when."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        abstract = True
