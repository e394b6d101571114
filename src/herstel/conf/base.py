# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Base settings: secure defaults, everything else from the environment.

``dev.py``, ``ci.py`` and ``production.py`` set environment defaults and then
import this module; nothing here detects where it runs.
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

from .env import config
from .includes.auth import *
from .includes.crypto import *
from .includes.inquiries import *
from .includes.logging import *
from .includes.mail import *
from .includes.paths import *
from .includes.security import *
from .includes.storage import *
from .includes.tasks import *

SECRET_KEY = config(
    "SECRET_KEY",
    help_text="Django's secret key: a long random string, unique per installation.",
    secret=True,
)
DEBUG = config(
    "DEBUG", False, cast=bool, help_text="Show debug pages. Never in production."
)
ALLOWED_HOSTS = config(
    "ALLOWED_HOSTS",
    [],
    cast=list,
    help_text="Comma-separated host names this installation answers to.",
)
SITE_NAME = config(
    "HERSTEL_SITE_NAME",
    "Herstel",
    help_text="Name of the organisation or installation, shown in the header.",
)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "herstel.admin_site.HerstelAdminConfig",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "rules",
    "django_htmx",
    "template_partials",
    "herstel.core",
    "herstel.accounts",
    "herstel.audit",
    "herstel.vault",
    "herstel.detection",
    "herstel.dossiers",
    "herstel.partners",
    "herstel.network",
    "herstel.inquiries",
    "herstel.disposition",
    "herstel.notices",
    "herstel.woo",
    "herstel.reports",
    "herstel.demo",
]

MIDDLEWARE = [
    # /health/live and /health/ready: anonymous probes, answered first.
    "herstel.core.health.HealthMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "herstel.accounts.middleware.RequireSecondFactorMiddleware",
    "herstel.core.middleware.RequestIdMiddleware",
    "herstel.core.access_log.AccessLogMiddleware",
    "herstel.core.middleware.NoStoreForUsersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "herstel.urls"
WSGI_APPLICATION = "herstel.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SRC_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "herstel.core.context_processors.site",
                "herstel.accounts.context_processors.session_state",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        config(
            "DATABASE_URL",
            f"sqlite:///{VAR_DIR / 'herstel.sqlite3'}",
            help_text=(
                "Database URL, e.g. postgres://user:pass@host:5432/herstel. "
                "Defaults to an embedded SQLite file under HERSTEL_VAR_DIR."
            ),
        ),
        conn_max_age=config(
            "DATABASE_CONN_MAX_AGE",
            0,
            cast=int,
            help_text="Seconds to keep database connections open (0: per request).",
        ),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})
    # WAL lets readers continue during writes; synchronous=NORMAL in WAL mode
    # survives application crashes (a power cut may lose the last commits,
    # never corrupts). Production runs PostgreSQL.
    DATABASES["default"]["OPTIONS"].update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [SRC_DIR / "conf" / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [SRC_DIR / "static"]
STATIC_ROOT = Path(
    config(
        "STATIC_ROOT",
        str(VAR_DIR / "static"),
        help_text="Where collectstatic puts static files.",
    )
)

HERSTEL_DEMO = config(
    "HERSTEL_DEMO",
    False,
    cast=bool,
    help_text=(
        "Allow the demo commands (make_demo, demo_logins, demo_code), which create "
        "accounts with a published password. On in the development settings only."
    ),
)

# Organisation identity on every PDF Herstel issues (letters, notices,
# certificates, reports): herstel.core.identity.
HERSTEL_ORGANISATION_NAME = config(
    "HERSTEL_ORGANISATION_NAME",
    "",
    help_text=(
        "Full name of the organisation in the letterhead of letters and reports; "
        "HERSTEL_SITE_NAME when empty."
    ),
    group="Organisation identity",
)
HERSTEL_ORGANISATION_ADDRESS = config(
    "HERSTEL_ORGANISATION_ADDRESS",
    [],
    cast=list,
    help_text=(
        "Postal address lines of the organisation, comma-separated "
        "(e.g. 'Postbus 90801,2509 LV Den Haag')."
    ),
    group="Organisation identity",
)
HERSTEL_ORGANISATION_LOGO = config(
    "HERSTEL_ORGANISATION_LOGO",
    "",
    help_text=(
        "Path of a PNG or JPEG logo, shown in the page header of every page "
        "and printed at the top of letters (optional)."
    ),
    group="Organisation identity",
)
HERSTEL_ORGANISATION_COLOUR = config(
    "HERSTEL_ORGANISATION_COLOUR",
    "#154273",
    help_text=(
        "Main colour of the organisation as #rrggbb: header, buttons, links and "
        "headings on every page (staff, public and admin) and headings on PDFs. "
        "Text on it is white or black, whichever contrasts more; links are "
        "darkened until they reach 4.5:1 on white."
    ),
    group="Organisation identity",
)
HERSTEL_ORGANISATION_FONT = config(
    "HERSTEL_ORGANISATION_FONT",
    "",
    help_text=(
        "CSS font-family list for every page, e.g. '\"Fira Sans\", Arial, sans-serif' "
        "(fonts installed on the readers' devices; Herstel serves no web fonts). "
        "Empty: the system's sans-serif font."
    ),
    group="Organisation identity",
)
HERSTEL_ORGANISATION_PDF_FONTS = config(
    "HERSTEL_ORGANISATION_PDF_FONTS",
    [],
    cast=list,
    help_text=(
        "Paths of four TrueType (.ttf) files, comma-separated: regular, bold, "
        "italic and bold italic of the organisation's font for every PDF "
        "(letters, copies, certificates, reports), embedded in each PDF. "
        "Empty, or a file that cannot be read: Source Sans Pro."
    ),
    group="Organisation identity",
)
HERSTEL_SIGNATORY_NAME = config(
    "HERSTEL_SIGNATORY_NAME",
    "",
    help_text="Name of the official who signs letters to citizens.",
    group="Organisation identity",
)
HERSTEL_SIGNATORY_ROLE = config(
    "HERSTEL_SIGNATORY_ROLE",
    "",
    help_text="Role of the signatory (e.g. 'Functionaris gegevensbescherming').",
    group="Organisation identity",
)
