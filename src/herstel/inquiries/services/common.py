# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared parts of the request services: encrypted request data, mail, locks."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction

from herstel.core.permissions import require as _require  # noqa: F401  (services use it)
from herstel.dossiers.services import blind_digest
from herstel.dossiers.services import name_digests

from ..mail import mail_send
from ..models import AccessRequest
from ..request_data import PURPOSE_DATA  # noqa: F401  (moved; kept importable here)
from ..request_data import RequestData
from ..request_data import request_data

PURPOSE_ATTACHMENT = "request-attachment"


PURPOSE_ATTACHMENT_NAME = "request-attachment-name"


PURPOSE_LETTER = "answer-letter"


PURPOSE_COPY = "answer-access-copy"


REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


CODE_VALID_MINUTES = 15


# Guesses per download link, over all codes mailed for it (a new code does not
# reset them), and codes mailed per link, at most one per CODE_RESEND_SECONDS.
CODE_ATTEMPTS = 5
CODE_SENDS = 5
CODE_RESEND_SECONDS = 60


def _contact_digest(email: str) -> str:
    return blind_digest(kind=90, value=email.strip().casefold())


def _name_digest(data: RequestData) -> str:
    if not data.names or not data.birth_date:
        return ""
    keys = name_digests(data.names[0])
    if not keys:
        return ""
    strongest = keys[max(keys)]
    return blind_digest(kind=91, value=f"{strongest}|{data.birth_date}")


def _public_url(path: str) -> str:
    return settings.HERSTEL_PUBLIC_URL.rstrip("/") + path


def _on_commit_mail(name: str, request: AccessRequest, **context: Any) -> None:
    def send() -> None:
        data = request_data(request)
        mail_send(
            name=name,
            to=[data.email] if data.email else [],
            language=request.language,
            context={"request": request, "data": data, **context},
        )

    transaction.on_commit(send)


def _locked(request: AccessRequest) -> AccessRequest:
    return AccessRequest.objects.select_for_update().get(pk=request.pk)


def subject_claim_digest(*, provider: str, subject: str) -> str:
    """A blind digest of an identity provider's subject claim, to find a
    requester's earlier requests without storing the claim."""
    return blind_digest(kind=92, value=f"{provider}|{subject}")
