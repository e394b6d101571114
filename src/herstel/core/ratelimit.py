# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""What a public form's limits key on: the client, and a keyed digest.

A limit per client or per e-mail address must not store the address itself,
so callers store and count :func:`limit_digest` values: an HMAC of the scope
and the value with the secret key. Counting them in the database (rather than
a per-process cache) holds across every web process of an installation.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings

# The address a public form's limit keys on: the real client behind trusted
# proxies (HERSTEL_TRUSTED_PROXIES), the socket's address otherwise.
from herstel.core.client import client_address

__all__ = ["client_address", "limit_digest"]


def limit_digest(*, scope: str, value: str) -> str:
    """A keyed digest of ``value`` for counting; empty for an empty value."""
    if not value:
        return ""
    return hmac.new(
        settings.SECRET_KEY.encode(), f"{scope}\0{value}".encode(), hashlib.sha256
    ).hexdigest()
