# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The legal deadline: extension with a mailed reason, reminders to the team."""

from __future__ import annotations

import datetime
from functools import partial
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from herstel.accounts.constants import Role
from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.term_extension import ExtensionRefusals
from herstel.core.term_extension import extension_changes
from herstel.core.term_extension import extension_reason_check

from .. import deadlines
from ..audit_events import DEADLINE_EXTENDED
from ..audit_events import DEADLINE_REMINDED
from ..constants import OPEN_STATUSES
from ..mail import mail_send
from ..models import AccessRequest
from .common import _locked
from .common import _on_commit_mail
from .common import _public_url
from .common import _require

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def request_extend(
    *, request: AccessRequest, actor: Actor, months: int, reason: str
) -> AccessRequest:
    """Extend the deadline once, by one or two months, and mail the reason."""
    _require(actor, "inquiries.extend_deadline", request)
    extension_reason_check(reason)
    if months not in (1, 2):
        raise ValidationError({"months": _("An extension is one or two months.")})
    with transaction.atomic():
        request = _locked(request)
        before = request.due_on
        changes = extension_changes(
            request,
            due_on=deadlines.extended_due_date(before, months),
            today=timezone.localdate(),
            reason=reason,
            open_statuses=OPEN_STATUSES,
            refusals=ExtensionRefusals(
                twice=_("The deadline can be extended only once."),
                closed=_("This request is already answered."),
                late=_(
                    "The deadline has passed; an extension had to be sent before it."
                ),
            ),
        )
        audited_save(
            request,
            changes,
            event=DEADLINE_EXTENDED,
            actor=actor,
            context={
                "before": before.isoformat(),
                "after": request.due_on.isoformat(),
                "months": months,
            },
        )
        _on_commit_mail("extension", request)
    return request


def deadline_reminders_send(*, today: datetime.date | None = None) -> int:
    """Mail the team about open requests due within a week (once per due date)."""
    from ..selectors import user_emails_with_role

    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=deadlines.REMINDER_DAYS)
    due = list(
        AccessRequest.objects.filter(
            status__in=OPEN_STATUSES,
            due_on__lte=horizon,
            reminded_at__isnull=True,
            destroyed_at__isnull=True,
        ).order_by("due_on", "reference")
    )
    if not due:
        return 0
    with transaction.atomic():
        now = timezone.now()
        AccessRequest.objects.filter(pk__in=[r.pk for r in due]).update(reminded_at=now)
        for request in due:
            audit_event_record(
                event=DEADLINE_REMINDED,
                actor=None,
                target=request,
                context={"due_on": request.due_on.isoformat()},
            )
        recipients = user_emails_with_role(role=Role.ANALYST)
        worklist = _public_url(reverse("inquiries:worklist"))
        transaction.on_commit(
            partial(
                mail_send,
                name="reminder",
                to=recipients,
                language=settings.LANGUAGE_CODE,
                context={"requests": due, "today": today, "worklist_url": worklist},
            )
        )
    return len(due)
