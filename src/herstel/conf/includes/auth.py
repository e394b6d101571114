# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Authentication: passwords, a TOTP second factor for staff, throttling, sessions."""

from ..env import config

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
_VALIDATION = "django.contrib.auth.password_validation."
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": _VALIDATION + "UserAttributeSimilarityValidator"},
    {
        "NAME": _VALIDATION + "MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

# Sessions end after a period without activity and when the browser closes.
SESSION_COOKIE_AGE = config(
    "HERSTEL_SESSION_IDLE_SECONDS",
    30 * 60,
    cast=int,
    help_text="A session expires after this many seconds without a request.",
    group="Security",
)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Login throttling (django-axes): lock a username+address pair after failures.
AXES_FAILURE_LIMIT = config(
    "HERSTEL_LOGIN_FAILURE_LIMIT",
    5,
    cast=int,
    help_text="Failed logins for one user name and address before a lockout.",
    group="Security",
)
AXES_COOLOFF_TIME = (
    config(
        "HERSTEL_LOGIN_COOLOFF_MINUTES",
        15,
        cast=int,
        help_text="Minutes a lockout lasts.",
        group="Security",
    )
    / 60
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The real client address behind trusted proxies (HERSTEL_TRUSTED_PROXIES).
AXES_CLIENT_IP_CALLABLE = "herstel.core.client.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_VERBOSE = False

# django-otp: TOTP devices; issuer shown in authenticator apps.
OTP_TOTP_ISSUER = config(
    "HERSTEL_TOTP_ISSUER",
    "Herstel",
    help_text="Issuer name shown in authenticator apps.",
    group="Security",
)
OTP_TOTP_THROTTLE_FACTOR = 1
