# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Test harness: database choice, isolated key store and blobs, audit triggers.

``HERSTEL_TEST_DATABASE=postgres`` runs the database tests against a throwaway
PostgreSQL cluster started here (see herstel.core.testing.postgres).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_CLUSTER = None


def _is_xdist_worker() -> bool:
    return "PYTEST_XDIST_WORKER" in os.environ


def pytest_configure(config: pytest.Config) -> None:
    """Start one PostgreSQL cluster for the whole run.

    Under pytest-xdist this runs in the controller before the workers start;
    they inherit ``DATABASE_URL`` and pytest-django gives each worker its own
    test database (``test_herstel_gw0``, ``test_herstel_gw1``, ...).
    """
    global _CLUSTER
    if (
        os.environ.get("HERSTEL_TEST_DATABASE") == "postgres"
        and "DATABASE_URL" not in os.environ
        and not _is_xdist_worker()
    ):
        from herstel.core.testing.postgres import throwaway_cluster

        _CLUSTER = throwaway_cluster()
        os.environ["DATABASE_URL"] = _CLUSTER.__enter__()


def pytest_unconfigure(config: pytest.Config) -> None:
    global _CLUSTER
    if _CLUSTER is not None:
        _CLUSTER.__exit__(None, None, None)
        _CLUSTER = None


def _uses_database(item: pytest.Item) -> bool:
    fixtures = getattr(item, "fixturenames", ())
    return (
        item.get_closest_marker("django_db") is not None
        or "db" in fixtures
        or _is_transactional(item)
    )


LONGEST = (
    "tests/e2e/test_crawl.py::",
    "tests/deployment/test_production_profile.py::",
    "tests/e2e/test_network.py::",
)
"""Tests that take far longer than the rest (see ``--durations``)."""


def _longest(item: pytest.Item) -> bool:
    return any(part in item.nodeid for part in LONGEST)


def _is_transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return bool(
        (marker and marker.kwargs.get("transaction"))
        or "transactional_db" in fixtures
        or "live_server" in fixtures
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Order and select the collected tests.

    pytest-randomly shuffles modules, classes and tests from its seed (printed
    in the header; ``--randomly-seed=N`` repeats an order).
    Transactional tests (those that flush every table, browser tests among
    them) still run last, as Django requires: the flush removes rows that data
    migrations created. Within each part the longest tests start first (the
    others keep their random order): with two workers, a four-minute crawl
    drawn last keeps one worker busy while the other has nothing left to do.
    On the PostgreSQL run only tests that touch the database are kept; the
    others already ran on SQLite.
    """
    if os.environ.get("HERSTEL_TEST_DATABASE") == "postgres":
        kept = [item for item in items if _uses_database(item)]
        dropped = [item for item in items if not _uses_database(item)]
        if dropped:
            config.hook.pytest_deselected(items=dropped)
            items[:] = kept
    if os.environ.get("HERSTEL_TEST_REVERSE"):
        items.reverse()
    items.sort(key=lambda item: (_is_transactional(item), not _longest(item)))


def pytest_report_header(config: pytest.Config) -> str:
    database = (
        "PostgreSQL (throwaway cluster, only tests that use the database)"
        if os.environ.get("HERSTEL_TEST_DATABASE") == "postgres"
        else "SQLite"
    )
    return f"database: {database}; temporary files: {tempfile.gettempdir()}"


@pytest.fixture(autouse=True)
def _isolated_vault(tmp_path: Path, settings: object) -> Iterator[None]:
    """Every test gets its own key store, shred journal and blob directory."""
    from herstel.vault.services import keystore_get

    settings.HERSTEL_KEYSTORE_DIR = str(tmp_path / "keys")  # type: ignore[attr-defined]
    blobs = dict(settings.STORAGES["blobs"])  # type: ignore[attr-defined]
    if blobs["BACKEND"].endswith("FileSystemStorage"):
        blobs["OPTIONS"] = {
            **blobs.get("OPTIONS", {}),
            "location": str(tmp_path / "blobs"),
        }
    settings.STORAGES = {**settings.STORAGES, "blobs": blobs}  # type: ignore[attr-defined]
    keystore_get.cache_clear()
    yield
    keystore_get.cache_clear()


@pytest.fixture(autouse=True)
def _default_language() -> Iterator[None]:
    """Every test starts in the default language (Dutch): a test that switches
    to English must not change the messages the next test sees."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _audit_triggers_for_flush(request: pytest.FixtureRequest) -> Iterator[None]:
    """Transactional tests end with a flush of every table, which the audit
    table's append-only triggers refuse; drop them for the flush only."""
    if not _is_transactional(request.node):
        yield
        return
    request.getfixturevalue("transactional_db")
    from django.db import connection

    from herstel.audit.db import triggers_install
    from herstel.audit.db import triggers_remove

    triggers_install(connection)
    yield
    triggers_remove(connection)
