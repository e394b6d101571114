# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Many rows in one prepared statement, for the ingest path.

``bulk_create`` and per-row ``update`` compile SQL per row in Python, which
was most of the storing process's time when ingesting thousands of documents
(a document has hundreds of mentions and index rows). These helpers send one
statement with ``executemany``. The SQL is portable: ``ON CONFLICT DO
NOTHING`` is understood by SQLite (3.24+) and PostgreSQL alike. Table and
column names come from the model, never from input; values are parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection
from django.db import models


def _columns(model: type[models.Model], names: Sequence[str]) -> list[str]:
    column = {field.name: str(field.column) for field in model._meta.concrete_fields}
    return [connection.ops.quote_name(column[name]) for name in names]


def rows_insert(
    model: type[models.Model], fields: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert ``rows`` (values in the order of ``fields``), skipping any row
    that conflicts with a unique constraint."""
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = (
        f"INSERT INTO {table} ({', '.join(_columns(model, fields))}) "  # noqa: S608
        f"VALUES ({placeholders}) ON CONFLICT DO NOTHING"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, list(rows))


def rows_update(
    model: type[models.Model], field: str, rows: Sequence[tuple[Any, int]]
) -> None:
    """Set ``field`` per row: ``rows`` holds ``(value, primary key)`` pairs."""
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    (column,) = _columns(model, [field])
    (key,) = _columns(model, [model._meta.pk.name])
    sql = f"UPDATE {table} SET {column} = %s WHERE {key} = %s"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, list(rows))
