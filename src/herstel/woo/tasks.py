# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Daily work on Woo requests, for Celery beat (or the management command),
and the decision package made in the background (a task with a progress
page: hundreds of documents take minutes)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from celery import shared_task

from herstel.core.object_tasks import ObjectTask

from .models import WooRequest
from .services import woo_decision_approve
from .services import woo_decision_approve_check
from .services import woo_reminders_send


@shared_task(soft_time_limit=120, time_limit=180)
def woo_reminders_task() -> int:
    """Mail the analysts about Woo requests due within a week; idempotent."""
    return woo_reminders_send()


DECISION = ObjectTask(
    kind="woo.decision",
    model=WooRequest,
    keyword="request",
    check=woo_decision_approve_check,
    work=woo_decision_approve,
    url_name="woo:detail",
    count=lambda woo: woo.items.count(),
)
"""Approve the decision and make its package; run again once decided, it
does nothing (the service returns the decided request as it is)."""
DECISION.register(_("Approve the decision and make the package"), "woo.read")

decision_start = DECISION.start
"""``decision_start(request=..., actor=...)``: check that ``actor`` may
approve now, then approve and make the package in the background."""
