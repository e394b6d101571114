# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Registering a Woo request, its scope, its term and the reminders."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext as _

from herstel.accounts.constants import Role
from herstel.audit.services import audit_event_record
from herstel.audit.services import audited_save
from herstel.core.service_checks import text_required
from herstel.core.service_steps import locked_in_state
from herstel.core.term_extension import ExtensionRefusals
from herstel.core.term_extension import extension_changes
from herstel.core.term_extension import extension_reason_check

from .. import terms
from ..audit_events import WOO_EXTENDED
from ..audit_events import WOO_REGISTERED
from ..audit_events import WOO_REMINDED
from ..audit_events import WOO_SCOPED
from ..audit_events import WOO_WITHDRAWN
from ..constants import OPEN_STATUSES
from ..constants import RequestStatus
from ..models import ScopeItem
from ..models import WooRequest
from .common import Requester
from .common import _locked
from .common import _new_reference
from .common import _open_locked
from .common import _require
from .common import requester_seal

if TYPE_CHECKING:
    from herstel.core.actor import Actor


def woo_request_register(
    *,
    received_on: datetime.date,
    subject: str,
    requester: Requester,
    actor: Actor,
) -> WooRequest:
    """Register a Woo request that came in by mail, post or form.

    The decision is due four weeks after ``received_on``; the requester's name
    and address are sealed in the vault.
    """
    _require(actor, "woo.work")
    errors: dict[str, str] = {}
    if not subject.strip():
        errors["subject"] = _("Describe what the request is about.")
    if not requester.name.strip():
        errors["requester_name"] = _("Give the requester's name.")
    if received_on > timezone.localdate():
        errors["received_on"] = _("The date of receipt cannot be in the future.")
    if errors:
        raise ValidationError(errors)
    due_on = terms.due_date(received_on)
    with requester_seal(requester) as sealed, transaction.atomic():
        return audited_save(
            WooRequest(
                reference=_new_reference(received_on.year),
                received_on=received_on,
                subject=subject.strip(),
                due_on=due_on,
                registered_by=actor,
                **sealed.as_fields("requester"),
            ),
            event=WOO_REGISTERED,
            actor=actor,
            context={
                "received_on": received_on.isoformat(),
                "due_on": due_on.isoformat(),
            },
        )


def woo_scope_add(
    *, request: WooRequest, documents: Sequence[Any], actor: Actor
) -> int:
    """Put documents in scope; each gets the next inventory number.

    Documents already in scope or destroyed are skipped. Returns how many were
    added. While the request is open, the documents cannot be destroyed.
    """
    _require(actor, "woo.work")
    with _open_locked(request) as request:
        present = set(request.items.values_list("document_id", flat=True))
        number = request.items.aggregate(last=Max("number"))["last"] or 0
        added = []
        for document in documents:
            if document.pk in present or document.is_shredded:
                continue
            number += 1
            present.add(document.pk)
            added.append(ScopeItem(request=request, document=document, number=number))
        try:
            ScopeItem.objects.bulk_create(added)
        except IntegrityError as error:  # a concurrent add took a number
            raise ValidationError(
                _("The scope changed meanwhile; try again.")
            ) from error
        if added:
            audit_event_record(
                event=WOO_SCOPED,
                actor=actor,
                target=request,
                context={"added": [i.document_id for i in added]},
            )
    return len(added)


def woo_scope_remove(*, item: ScopeItem, actor: Actor) -> None:
    """Take a document out of scope (before the decision is proposed)."""
    _require(actor, "woo.work")
    with _open_locked(item.request) as request:
        ScopeItem.objects.filter(pk=item.pk).delete()
        audit_event_record(
            event=WOO_SCOPED,
            actor=actor,
            target=request,
            context={"removed": [item.document_id]},
        )


def woo_request_extend(*, request: WooRequest, reason: str, actor: Actor) -> WooRequest:
    """Postpone the decision once, by two weeks, with a reason (Woo art. 4.4)."""
    _require(actor, "woo.work")
    extension_reason_check(reason)
    with transaction.atomic():
        request = _locked(request)
        before = request.due_on
        changes = extension_changes(
            request,
            due_on=terms.extended_due_date(before),
            today=timezone.localdate(),
            reason=reason,
            open_statuses=OPEN_STATUSES,
            refusals=ExtensionRefusals(
                twice=_("The term can be extended only once."),
                closed=_("This request is already decided."),
                late=_("The term has passed; an extension had to be sent before it."),
            ),
        )
        audited_save(
            request,
            changes,
            event=WOO_EXTENDED,
            actor=actor,
            context={"before": before.isoformat(), "after": request.due_on.isoformat()},
        )
    return request


def woo_request_withdraw(
    *, request: WooRequest, reason: str, actor: Actor
) -> WooRequest:
    """Record that the requester withdrew the request; its documents are no
    longer held for it."""
    _require(actor, "woo.work")
    text_required(reason, "reason", _("Say how the requester withdrew it."))
    with locked_in_state(
        request, OPEN_STATUSES, _("This request is already decided.")
    ) as request:
        audited_save(
            request,
            {"status": RequestStatus.WITHDRAWN},
            event=WOO_WITHDRAWN,
            actor=actor,
            reason=reason.strip(),
        )
    return request


def _analyst_emails() -> list[str]:
    from django.contrib.auth import get_user_model

    return sorted(
        get_user_model()
        .objects.filter(is_active=True, groups__name=str(Role.ANALYST))
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )


def _reminder_mail(*, to: list[str], requests: list[WooRequest], today: Any) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        context = {"requests": requests, "today": today}
        subject = render_to_string("woo/mail/reminder_subject.txt", context)
        body = render_to_string("woo/mail/reminder_body.txt", context)
    send_mail(
        " ".join(subject.split()),
        body.strip() + "\n",
        settings.DEFAULT_FROM_EMAIL,
        to,
    )


def woo_reminders_send(*, today: datetime.date | None = None) -> int:
    """Mail the analysts about open requests due within a week.

    Once per due date: an extension clears the mark, so the new date is
    reminded again. Returns how many requests were in the reminder.
    """
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=terms.REMINDER_DAYS)
    due = list(
        WooRequest.objects.filter(
            status__in=OPEN_STATUSES, due_on__lte=horizon, reminded_at__isnull=True
        ).order_by("due_on", "reference")
    )
    if not due:
        return 0
    with transaction.atomic():
        WooRequest.objects.filter(pk__in=[r.pk for r in due]).update(
            reminded_at=timezone.now()
        )
        for request in due:
            audit_event_record(
                event=WOO_REMINDED,
                actor=None,
                target=request,
                context={"due_on": request.due_on.isoformat()},
            )
        recipients = _analyst_emails()
        if recipients:
            transaction.on_commit(
                partial(_reminder_mail, to=recipients, requests=due, today=today)
            )
    return len(due)
