# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared parts of the request services: encrypted request data, mail, locks."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction

from herstel.dossiers.services import blind_digest, name_digests
from herstel.vault.services import (
    SealedBlob,
    blob_read,
)

from ..mail import mail_send
from ..models import (
    AccessRequest,
)

PURPOSE_DATA = "request-data"


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


@dataclass(frozen=True, slots=True)
class RequestData:
    """What the requester told us; stored encrypted, never in the database."""

    names: tuple[str, ...]
    places: tuple[str, ...]
    birth_date: str
    email: str
    address: str = ""
    message: str = ""

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> RequestData:
        raw = json.loads(data)
        return cls(
            names=tuple(raw["names"]),
            places=tuple(raw["places"]),
            birth_date=raw.get("birth_date", ""),
            email=raw.get("email", ""),
            address=raw.get("address", ""),
            message=raw.get("message", ""),
        )


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


def request_data(request: AccessRequest) -> RequestData:
    """Decrypt the requester's data for the system (mail, letters). Not audited:
    callers that show it to a person use :func:`request_data_read`."""
    return RequestData.from_bytes(
        blob_read(
            blob=SealedBlob(key_id=request.data_key_id, blob_name=request.data_blob),
            purpose=PURPOSE_DATA,
        )
    )


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


def _require(actor: Any, perm: str, request: AccessRequest | None = None) -> None:
    if not actor.has_perm(perm, request):
        raise PermissionDenied


def subject_claim_digest(*, provider: str, subject: str) -> str:
    return blind_digest(kind=92, value=f"{provider}|{subject}")
