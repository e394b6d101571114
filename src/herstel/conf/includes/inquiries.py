# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Citizens' access requests: public links, delivery, spam limits, OpenID Connect."""

from ..env import config

HERSTEL_PUBLIC_URL = config(
    "HERSTEL_PUBLIC_URL",
    "http://localhost:8000",
    help_text=(
        "Address where citizens reach Herstel (scheme and host, no trailing "
        "slash); used in links in mails to requesters."
    ),
    group="Access requests",
)
HERSTEL_DOWNLOAD_LINK_DAYS = config(
    "HERSTEL_DOWNLOAD_LINK_DAYS",
    14,
    cast=int,
    help_text="Days a requester's download link for the answer stays valid.",
    group="Access requests",
)
HERSTEL_INTAKE_RATE_LIMIT = config(
    "HERSTEL_INTAKE_RATE_LIMIT",
    5,
    cast=int,
    help_text=(
        "Requests the public form accepts per client address per hour "
        "(spam protection, together with a honeypot field and a signed time stamp)."
    ),
    group="Access requests",
)
HERSTEL_INTAKE_MIN_SECONDS = config(
    "HERSTEL_INTAKE_MIN_SECONDS",
    3,
    cast=int,
    help_text=(
        "A public form sent back faster than this after it was shown is "
        "refused as automated."
    ),
    group="Access requests",
)

# OpenID Connect (mozilla-django-oidc) for citizens, e.g. a DigiD broker.
# Empty OIDC_OP_AUTHORIZATION_ENDPOINT switches login verification off.
OIDC_RP_CLIENT_ID = config(
    "OIDC_RP_CLIENT_ID",
    "",
    help_text="Client id registered at the OpenID Connect provider.",
    group="Access requests",
)
OIDC_RP_CLIENT_SECRET = config(
    "OIDC_RP_CLIENT_SECRET",
    "",
    help_text="Client secret registered at the OpenID Connect provider.",
    group="Access requests",
    secret=True,
)
OIDC_RP_SIGN_ALGO = config(
    "OIDC_RP_SIGN_ALGO",
    "RS256",
    help_text="Algorithm of the provider's ID tokens (RS256 with a JWKS, or HS256).",
    group="Access requests",
)
OIDC_OP_AUTHORIZATION_ENDPOINT = config(
    "OIDC_OP_AUTHORIZATION_ENDPOINT",
    "",
    help_text=(
        "The provider's authorisation endpoint; empty disables login verification."
    ),
    group="Access requests",
)
OIDC_OP_TOKEN_ENDPOINT = config(
    "OIDC_OP_TOKEN_ENDPOINT",
    "",
    help_text="The provider's token endpoint.",
    group="Access requests",
)
OIDC_OP_USER_ENDPOINT = config(
    "OIDC_OP_USER_ENDPOINT",
    "",
    help_text="The provider's userinfo endpoint.",
    group="Access requests",
)
OIDC_OP_JWKS_ENDPOINT = config(
    "OIDC_OP_JWKS_ENDPOINT",
    "",
    help_text="The provider's JWKS endpoint (for RS256 ID tokens).",
    group="Access requests",
)
OIDC_RP_SCOPES = config(
    "OIDC_RP_SCOPES",
    "openid",
    help_text="Scopes requested from the provider.",
    group="Access requests",
)
HERSTEL_OIDC_PROVIDER_NAME = config(
    "HERSTEL_OIDC_PROVIDER_NAME",
    "DigiD",
    help_text="Name of the login provider shown to citizens.",
    group="Access requests",
)
OIDC_AUTHENTICATION_CALLBACK_URL = "inquiries:identity_callback"
OIDC_USE_PKCE = True
