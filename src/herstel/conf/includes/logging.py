# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Structured logging. Log lines carry IDs and counts, never personal data."""

from ..env import config

LOG_LEVEL = config(
    "LOG_LEVEL", "INFO", help_text="Level of the application log.", group="Logging"
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "herstel": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        "django.request": {"handlers": ["console"], "level": "ERROR"},
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
