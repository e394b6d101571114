# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Shared parts of the Woo services: the sealed requester, locks, references."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass

from django.utils.translation import gettext as _

from herstel.core.permissions import require as _require  # noqa: F401  (services use it)
from herstel.core.records import JsonRecord
from herstel.core.service_steps import locked_in_state
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_put_guarded
from herstel.vault.services import blob_read

from ..constants import RequestStatus
from ..models import WooRequest

PURPOSE_REQUESTER = "woo-requester"
PURPOSE_PACKAGE = "woo-package"


@dataclass(frozen=True, slots=True)
class Requester(JsonRecord):
    """Who asked; stored encrypted, never in the database."""

    name: str
    email: str = ""
    address: str = ""


def requester_seal(requester: Requester) -> AbstractContextManager[SealedBlob]:
    """Encrypt the requester's name and address under a data key of their own,
    for a ``with`` block that writes the request (shredded if it fails)."""
    return blob_put_guarded(data=requester.to_bytes(), purpose=PURPOSE_REQUESTER)


def requester_of(request: WooRequest) -> Requester:
    """Decrypt the requester (not audited: callers that show it audit)."""
    return Requester.from_bytes(
        blob_read(
            blob=SealedBlob(
                key_id=request.requester_key_id, blob_name=request.requester_blob
            ),
            purpose=PURPOSE_REQUESTER,
        )
    )


def _locked(request: WooRequest) -> WooRequest:
    return WooRequest.objects.select_for_update().get(pk=request.pk)


def _open_locked(request: WooRequest) -> AbstractContextManager[WooRequest]:
    """The request, locked in a transaction for a ``with`` block, while its
    scope and assessments may still change (it is open); refused otherwise."""
    return locked_in_state(
        request,
        RequestStatus.OPEN,
        _("The decision on this request is proposed or made; it cannot change."),
    )


def _new_reference(year: int) -> str:
    """``WOO-<year>-<nnnn>``, counting the year's requests."""
    prefix = f"WOO-{year}-"
    taken = set(
        WooRequest.objects.filter(reference__startswith=prefix).values_list(
            "reference", flat=True
        )
    )
    number = len(taken) + 1
    while f"{prefix}{number:04d}" in taken:
        number += 1
    return f"{prefix}{number:04d}"
