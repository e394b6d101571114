# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Key-store backends for the contract tests: SQLite files and PostgreSQL.

The PostgreSQL key store gets a throwaway cluster of its own (not the test
suite's database): one per session, a fresh database and role per test.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from herstel.core.testing.postgres import find_bindir

KEYSTORE_BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(scope="session")
def keystore_cluster() -> Iterator[str]:
    """The superuser URL of a throwaway PostgreSQL cluster for key stores."""
    if find_bindir() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    from herstel.core.testing.postgres import throwaway_cluster

    with throwaway_cluster() as url:
        yield url


def keystore_database(cluster_url: str) -> str:
    """A new database owned by a new role with a password: its own credentials."""
    import psycopg

    name = f"keys_{uuid.uuid4().hex[:12]}"
    password = uuid.uuid4().hex
    with psycopg.connect(cluster_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        conn.execute(f"CREATE DATABASE {name} OWNER {name}")
    host = cluster_url.split("@", 1)[1].rsplit("/", 1)[0]
    return f"postgres://{name}:{password}@{host}/{name}"


@pytest.fixture(params=KEYSTORE_BACKENDS)
def make_store(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[..., Any]]:
    """``make_store(master=..., previous=...)`` builds a store of one backend;
    every call in one test opens the same key store (like another process)."""
    from herstel.vault.keystore import SQLiteKeyStore
    from herstel.vault.keystore_postgres import PostgresKeyStore

    opened: list[Any] = []
    if request.param == "postgres":
        url = keystore_database(request.getfixturevalue("keystore_cluster"))

        def build(master: Any, previous: Any = ()) -> Any:
            store = PostgresKeyStore(
                database_url=url, master=master, previous_masters=previous
            )
            opened.append(store)
            return store
    else:

        def build(master: Any, previous: Any = ()) -> Any:
            return SQLiteKeyStore(
                directory=tmp_path / "keys", master=master, previous_masters=previous
            )

    build.backend = request.param  # type: ignore[attr-defined]
    yield build
    for store in opened:
        store.close()
