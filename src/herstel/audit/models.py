# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The audit trail: append-only, hash-chained. The database refuses changes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from herstel.core.model_fields import list_field
from herstel.core.model_meta import model_meta


class AuditEvent(models.Model):
    """One audited action. Holds IDs, counts and field names, never personal data."""

    seq = models.PositiveBigIntegerField(_("sequence number"), unique=True)
    timestamp = models.DateTimeField(_("time"), db_index=True)
    actor_id = models.BigIntegerField(
        _("actor id"), null=True, blank=True, db_index=True
    )
    actor_label = models.CharField(_("actor"), max_length=150)
    event = models.CharField(_("action"), max_length=100, db_index=True)
    object_type = models.CharField(_("object type"), max_length=100, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    context = models.JSONField(_("context"), default=dict, blank=True)
    tags = list_field(_("tags"))
    request_id = models.CharField(_("request id"), max_length=64, blank=True)
    prev_hash = models.CharField(_("previous hash"), max_length=64)
    hash = models.CharField(_("hash"), max_length=64, unique=True)

    Meta = model_meta(
        _("audit event"),
        _("audit events"),
        ordering=("seq",),
        indexes=[models.Index(fields=["object_type", "object_id"])],
    )

    def __str__(self) -> str:
        return f"#{self.seq} {self.event}"


class ChainHead(models.Model):
    """The last sequence number and hash: serialises appends and anchors the tail."""

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64)

    Meta = model_meta(_("audit chain head"))

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"
