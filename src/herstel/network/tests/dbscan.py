# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Look for a text anywhere in the database: every table, every column."""

from __future__ import annotations

from django.db import connection


def tables_containing(needle: str) -> list[str]:
    """Tables with a value that contains ``needle`` (case-insensitive)."""
    wanted = needle.casefold()
    wanted_bytes = needle.encode()
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                if any(_contains(value, wanted, wanted_bytes) for value in row):
                    found.append(table)
                    break
    return found


def _contains(value: object, wanted: str, wanted_bytes: bytes) -> bool:
    if value is None:
        return False
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, bytes):
        return wanted_bytes in value or wanted.encode() in value.lower()
    return wanted in str(value).casefold()
