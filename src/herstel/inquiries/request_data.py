# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The requester's data: what they told us, stored encrypted in the vault.

Its own module so that ``selectors`` and ``answers`` can read it without
importing ``services`` (which imports both of them).
"""

from __future__ import annotations

from dataclasses import dataclass

from herstel.core.records import JsonRecord
from herstel.vault.services import SealedBlob
from herstel.vault.services import blob_read

from .models import AccessRequest

PURPOSE_DATA = "request-data"


@dataclass(frozen=True, slots=True)
class RequestData(JsonRecord):
    """What the requester told us; stored encrypted, never in the database."""

    names: tuple[str, ...]
    places: tuple[str, ...]
    birth_date: str
    email: str
    address: str = ""
    message: str = ""


def request_data(request: AccessRequest) -> RequestData:
    """Decrypt the requester's data for the system (mail, letters). Not audited:
    callers that show it to a person use :func:`request_data_read`."""
    return RequestData.from_bytes(
        blob_read(
            blob=SealedBlob(key_id=request.data_key_id, blob_name=request.data_blob),
            purpose=PURPOSE_DATA,
        )
    )
