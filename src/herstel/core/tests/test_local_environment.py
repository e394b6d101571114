# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The local settings modules' environment defaults never override the environment."""

import os

from herstel.conf.env import local_environment


def test_local_environment_defaults_and_never_overrides(monkeypatch):
    environ = {"LOG_LEVEL": "DEBUG"}
    monkeypatch.setattr(os, "environ", environ)  # the real one stays untouched
    local_environment("secret", "master", ALLOWED_HOSTS="testserver", HERSTEL_X="1")
    assert environ["SECRET_KEY"] == "secret"
    assert environ["HERSTEL_MASTER_KEY"] == "master"
    assert environ["ALLOWED_HOSTS"] == "testserver"  # a module's own value wins
    assert environ["HERSTEL_X"] == "1"
    assert environ["HERSTEL_SECURE"] == "false"
    assert environ["LOG_LEVEL"] == "DEBUG"  # the environment wins over both
