# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Outgoing e-mail through Django's mail framework."""

from ..env import config

EMAIL_BACKEND = config(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend",
    help_text=(
        "Django mail backend; the demo uses herstel.core.devmail.DevMailboxBackend "
        "(prints each mail and lists it at /dev/mail/ while DEBUG is on)."
    ),
    group="E-mail",
)
EMAIL_HOST = config("EMAIL_HOST", "localhost", help_text="SMTP host.", group="E-mail")
EMAIL_PORT = config("EMAIL_PORT", 587, cast=int, help_text="SMTP port.", group="E-mail")
EMAIL_HOST_USER = config("EMAIL_HOST_USER", "", help_text="SMTP user.", group="E-mail")
EMAIL_HOST_PASSWORD = config(
    "EMAIL_HOST_PASSWORD", "", help_text="SMTP password.", group="E-mail", secret=True
)
EMAIL_USE_TLS = config(
    "EMAIL_USE_TLS", True, cast=bool, help_text="Use STARTTLS.", group="E-mail"
)
DEFAULT_FROM_EMAIL = config(
    "DEFAULT_FROM_EMAIL",
    "herstel@localhost",
    help_text="Sender address of mail from Herstel.",
    group="E-mail",
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_FILE_PATH = config(
    "EMAIL_FILE_PATH",
    None,
    help_text=(
        "Directory for django.core.mail.backends.filebased.EmailBackend, which "
        "writes each mail to a file instead of sending it (test installations), "
        "and for the development mailbox (default HERSTEL_VAR_DIR/mail)."
    ),
    group="E-mail",
)
