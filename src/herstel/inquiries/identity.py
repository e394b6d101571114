# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Identity verification by login at an OpenID Connect provider (a DigiD broker).

mozilla-django-oidc does the protocol: the authorisation request with state,
nonce and PKCE, the token exchange and the ID-token signature check. Citizens
get no account in Herstel: the backend below returns the verified claims
instead of a user, and only a keyed hash of the provider's ``sub`` is stored.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest

from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationRequestView

logger = logging.getLogger(__name__)

SESSION_KEY = "inquiries_oidc"


def oidc_enabled() -> bool:
    return bool(
        settings.OIDC_OP_AUTHORIZATION_ENDPOINT and settings.OIDC_OP_TOKEN_ENDPOINT
    )


class ClaimsBackend(OIDCAuthenticationBackend):
    """Runs the code flow and returns the ID token's claims, never a user."""

    def get_or_create_user(  # type: ignore[override]
        self, access_token: str, id_token: str, payload: dict[str, Any]
    ) -> dict[str, Any]:
        if not payload.get("sub"):
            raise SuspiciousOperation("The ID token has no subject.")
        # mozilla-django-oidc does not check the audience: a token issued to
        # another client of the same provider must not verify anyone here.
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if settings.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("The ID token is for another client.")
        return payload


class CitizenLoginStartView(OIDCAuthenticationRequestView):
    """The authorisation request, remembering what the login is for."""

    def start(self, request: HttpRequest, *, purpose: str, target: int) -> Any:
        request.session[SESSION_KEY] = {"purpose": purpose, "target": target}
        return super().get(request)


def login_start(request: HttpRequest, *, purpose: str, target: int) -> Any:
    """Redirect to the provider for ``purpose`` ("identity" or "download")."""
    return CitizenLoginStartView().start(request, purpose=purpose, target=target)


def login_finish(request: HttpRequest) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Complete the code flow; return (what the login was for, claims) or None.

    The state must be one this session started; it is used once.
    """
    pending = request.session.get(SESSION_KEY)
    state = request.GET.get("state", "")
    states = request.session.get("oidc_states") or {}
    if not pending or not state or state not in states or request.GET.get("error"):
        return None
    entry = states.pop(state)
    request.session["oidc_states"] = states
    request.session.pop(SESSION_KEY, None)
    try:
        claims = ClaimsBackend().authenticate(
            request, nonce=entry.get("nonce"), code_verifier=entry.get("code_verifier")
        )
    except Exception:  # the provider said no, or the token did not verify
        logger.warning("oidc_login_failed", exc_info=True)
        return None
    if not isinstance(claims, dict):
        return None
    return pending, claims
