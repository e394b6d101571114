# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Helpers for permission tests: a case for every role, and the URLs of
the permission-matrix test built from a table.

Each app's ``tests/matrix.py`` makes the objects its pages need and names, per
URL name, which of those objects are the URL's positional arguments; the
matrix test (accounts/tests/test_permission_matrix.py) then reverses every
staff URL with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any
from typing import TypeVar

from django.urls import reverse

T = TypeVar("T")


def allowed_cases(everyone: Iterable[T], *allowed: T) -> list[tuple[T, bool]]:
    """``(who, allowed)`` for each of ``everyone`` (e.g. every ``Role``), true
    for those in ``allowed``: a permission test parametrised with it covers
    every role, a role added later included."""
    return [(who, who in allowed) for who in everyone]


def matrix_url(
    name: str, objects: Mapping[str, Any], args: Mapping[str, Sequence[str]]
) -> str:
    """The URL named ``name``; its positional arguments are the ``objects``
    that ``args`` lists for it, in order (none when it is not listed)."""
    return reverse(name, args=[objects[key] for key in args.get(name, ())])
