# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Transport, cookie and content security. On by default; dev relaxes HTTPS only."""

from csp.constants import NONCE
from csp.constants import NONE
from csp.constants import SELF

from ..env import config

SECURE = config(
    "HERSTEL_SECURE",
    True,
    cast=bool,
    help_text=(
        "Served over HTTPS: secure cookies, HSTS and the HTTPS redirect. Only "
        "the local development settings turn this off."
    ),
    group="Security",
)
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = SECURE
SECURE_HSTS_SECONDS = 31536000 if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https")
    if config(
        "HERSTEL_BEHIND_PROXY",
        False,
        cast=bool,
        help_text="Trust X-Forwarded-Proto from a TLS-terminating reverse proxy.",
        group="Security",
    )
    else None
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = config(
    "CSRF_TRUSTED_ORIGINS",
    [],
    cast=list,
    help_text="Comma-separated origins trusted for CSRF, e.g. https://herstel.example.nl.",
    group="Security",
)
X_FRAME_OPTIONS = "DENY"

# The real client address behind reverse proxies (herstel.core.client): login
# lockout and the public forms' limits key on it.
HERSTEL_TRUSTED_PROXIES = config(
    "HERSTEL_TRUSTED_PROXIES",
    [],
    cast=list,
    help_text=(
        "Comma-separated addresses or networks (CIDR) of the reverse proxies in "
        "front of Herstel, e.g. 10.0.0.5 or 10.0.0.0/24. Only a connection from "
        "one of them may name the client in X-Forwarded-For; empty: the "
        "connection's own address is the client (login lockout and the public "
        "form's limit key on it)."
    ),
    group="Security",
)
HERSTEL_PROXY_COUNT = config(
    "HERSTEL_PROXY_COUNT",
    1,
    cast=int,
    help_text=(
        "Number of trusted proxies between the client and Herstel, each adding "
        "the address it saw to X-Forwarded-For (1 for a single TLS proxy)."
    ),
    group="Security",
)

# Everything is served by Herstel itself: no CDN, no inline script without nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
