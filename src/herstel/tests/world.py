# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Expensive test worlds, built once and shared by many tests.

A *world* is a set of database rows plus the key store and blob files that go
with them (they live outside the database). :func:`world_once` builds it once
inside an open transaction; each test then runs in pytest-django's usual
savepoint inside that transaction, so whatever a test writes to the database is
rolled back. :meth:`World.enter` copies the world's key store and blobs into the
directories the test harness gave the current test (``src/conftest.py``), so a
test that shreds a key or deletes a blob leaves the world intact for the next.

Use it from a module- or class-scoped fixture::

    @pytest.fixture(scope="module")
    def _world(django_db_setup, django_db_blocker, tmp_path_factory):
        with world_once(django_db_blocker, tmp_path_factory.mktemp("w"), build) as w:
            yield w

    @pytest.fixture
    def world(_world, db, settings):
        return _world.enter(settings)

When the module's last test has run, the transaction is rolled back and the
database is as empty as before.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from typing import Generic
from typing import TypeVar

from django.conf import settings as django_settings
from django.db import transaction
from django.test import override_settings

T = TypeVar("T")


def _blob_storages(location: Path) -> dict[str, Any]:
    storages: dict[str, Any] = dict(django_settings.STORAGES)
    blobs = dict(storages["blobs"])
    if blobs["BACKEND"].endswith("FileSystemStorage"):
        blobs["OPTIONS"] = {**blobs.get("OPTIONS", {}), "location": str(location)}
    storages["blobs"] = blobs
    return storages


def _blob_location(settings: Any) -> Path | None:
    blobs = settings.STORAGES["blobs"]
    location = blobs.get("OPTIONS", {}).get("location")
    return Path(location) if location else None


def _copy_tree(source: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    if source.exists():
        shutil.copytree(source, target)
    else:
        target.mkdir(parents=True, exist_ok=True)


@dataclass(frozen=True)
class World(Generic[T]):
    """What a world builder returned, and where its vault files are kept."""

    data: T
    keys: Path
    blobs: Path

    def enter(self, settings: Any) -> T:
        """Give the current test its own copy of the world's vault files."""
        from herstel.vault.services import keystore_get

        _copy_tree(self.keys, Path(settings.HERSTEL_KEYSTORE_DIR))
        location = _blob_location(settings)
        if location is not None:
            _copy_tree(self.blobs, location)
        keystore_get.cache_clear()
        return self.data


@contextmanager
def world_once(
    blocker: Any, directory: Path, build: Callable[[], T]
) -> Iterator[World[T]]:
    """Build a world in an open transaction; roll it back when done.

    ``blocker`` is pytest-django's ``django_db_blocker``; ``directory`` is a
    fresh directory for the world's key store and blobs.
    """
    from herstel.vault.services import keystore_get

    keys, blobs = directory / "keys", directory / "blobs"
    outer = transaction.atomic()
    with blocker.unblock():
        outer.__enter__()
        try:
            with override_settings(
                HERSTEL_KEYSTORE_DIR=str(keys), STORAGES=_blob_storages(blobs)
            ):
                keystore_get.cache_clear()
                data = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(*sys.exc_info())
            raise
        finally:
            keystore_get.cache_clear()
    try:
        yield World(data=data, keys=keys, blobs=blobs)
    finally:
        with blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
