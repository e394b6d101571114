# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Login and logout are Django's own events; record them in the audit trail."""

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.signals import user_logged_out
from django.dispatch import receiver
from django.http import HttpRequest

from herstel.audit.services import audit_event_record

from .audit_events import LOGGED_IN
from .audit_events import LOGGED_OUT


@receiver(user_logged_in)
def _audit_login(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit_event_record(event=LOGGED_IN, actor=user, target=user)


@receiver(user_logged_out)
def _audit_logout(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_event_record(event=LOGGED_OUT, actor=user, target=user)
