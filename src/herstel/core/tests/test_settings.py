# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every settings module imports; production is secure and cannot relax 2FA."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "herstel.conf.production",
    "SECRET_KEY": "x" * 20 + "production-like-secret-key-for-the-test-9f8e7d6c5b4a",
    "HERSTEL_MASTER_KEY": "Y2ktb25seS1tYXN0ZXIta2V5LW5vdC1zZWNyZXQhISE=",
    "ALLOWED_HOSTS": "herstel.example.nl",
    "DATABASE_URL": "sqlite:////tmp/herstel-settings-test.sqlite3",
}


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("HERSTEL_", "DJANGO_"))
    }
    clean.pop("DATABASE_URL", None)
    clean.pop("SECRET_KEY", None)
    clean.pop("DEBUG", None)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "django", *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.parametrize("module", ["herstel.conf.dev", "herstel.conf.ci"])
def test_settings_module_imports(module):
    result = _run({"DJANGO_SETTINGS_MODULE": module}, "check")
    assert result.returncode == 0, result.stderr


def test_production_passes_check_deploy():
    result = _run(PRODUCTION_ENV, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"DEBUG": "true"}, "DEBUG"),
        ({"HERSTEL_SECURE": "false"}, "HERSTEL_SECURE"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": None}, "SECRET_KEY"),
        ({"HERSTEL_MASTER_KEY": None}, "HERSTEL_MASTER_KEY"),
    ],
)
def test_production_refuses_insecure_configuration(override, message):
    env = {**PRODUCTION_ENV, **{k: v for k, v in override.items() if v is not None}}
    for key, value in override.items():
        if value is None:
            env.pop(key)
    result = _run(env, "check")
    assert result.returncode != 0
    assert message in result.stderr


def test_base_has_no_secret_default():
    result = _run({"DJANGO_SETTINGS_MODULE": "herstel.conf.base"}, "check")
    assert result.returncode != 0
    assert "is required" in result.stderr


def test_second_factor_middleware_is_in_every_settings_module():
    from django.conf import settings

    assert (
        "herstel.accounts.middleware.RequireSecondFactorMiddleware"
        in settings.MIDDLEWARE
    )
    assert "django_otp.middleware.OTPMiddleware" in settings.MIDDLEWARE


def test_configuration_doc_is_current():
    result = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "bin" / "generate_config_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
    )
    assert result.returncode == 0, result.stdout
