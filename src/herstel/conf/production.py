# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Production: everything from the environment; security cannot be relaxed.

Set DJANGO_SETTINGS_MODULE=herstel.conf.production. SECRET_KEY, ALLOWED_HOSTS,
DATABASE_URL and HERSTEL_MASTER_KEY must be set (see docs/configuration.md).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *

if DEBUG:
    raise ImproperlyConfigured("DEBUG cannot be on in production.")
if not SECURE:
    raise ImproperlyConfigured("HERSTEL_SECURE cannot be off in production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the hosts in production.")
if "DATABASE_URL" not in os.environ:
    raise ImproperlyConfigured(
        "DATABASE_URL must be set in production (PostgreSQL recommended)."
    )
# The second factor for staff is enforced by middleware that no setting removes.
if "herstel.accounts.middleware.RequireSecondFactorMiddleware" not in MIDDLEWARE:
    raise ImproperlyConfigured("The second-factor middleware cannot be removed.")
