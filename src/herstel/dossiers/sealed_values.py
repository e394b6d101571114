# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Sealed file names and unread-part lists of many documents, opened with one
key-store read for all of them (a page of a dossier, its failure list).

Each value is sealed with its document's original-file key, so opening them
one by one costs a key-store round trip per document. Callers have checked
permission, as for :func:`herstel.dossiers.services.document_filename`; the
decrypted values live for the request only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass

from herstel.vault.services import keys_get
from herstel.vault.services import value_open

from .models import Document
from .services import PURPOSE_FILENAME
from .services import PURPOSE_PARTS


def document_keys(*, document: Document) -> Mapping[str, bytes]:
    """A document's data keys (original and text) in one key-store read, for
    the request that shows it; nothing for a shredded document."""
    if document.is_shredded:
        return {}
    return keys_get(k for k in (document.original_key_id, document.text_key_id) if k)


@dataclass(frozen=True, slots=True)
class OpenedValues:
    """A document's file name and unread parts, decrypted for one request."""

    filename: str = ""
    failed_parts: tuple[tuple[str, str], ...] = ()


def documents_open(*, documents: Iterable[Document]) -> dict[int, OpenedValues]:
    """File names and unread parts of ``documents`` by pk, one key-store read."""
    documents = list(dict.fromkeys(documents))
    keys = keys_get(
        d.original_key_id
        for d in documents
        if not d.is_shredded
        and d.original_key_id
        and (d.filename_sealed or d.failed_parts_sealed)
    )
    return {
        d.pk: OpenedValues(
            filename=_open(d, d.filename_sealed, PURPOSE_FILENAME, keys) or "",
            failed_parts=_parts(d, keys),
        )
        for d in documents
    }


def _open(
    document: Document,
    sealed: bytes | memoryview | None,
    purpose: str,
    keys: Mapping[str, bytes],
) -> str | None:
    if not sealed or document.original_key_id not in keys:
        return None
    return value_open(
        key_id=document.original_key_id, sealed=sealed, purpose=purpose, keys=keys
    )


def _parts(
    document: Document, keys: Mapping[str, bytes]
) -> tuple[tuple[str, str], ...]:
    try:
        raw = _open(document, document.failed_parts_sealed, PURPOSE_PARTS, keys)
        if raw is None:
            return ()
        return tuple((str(path), str(code)) for path, code in json.loads(raw))
    except (ValueError, TypeError):
        return ()
