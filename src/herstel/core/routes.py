# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""URL pattern helper: a route is named after its view function.

Every context's ``urls.py`` names most routes exactly as the view that serves
them; :func:`route` says so once instead of repeating the name in each entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.urls import URLPattern
from django.urls import path

__all__ = ["route"]


def route(pattern: str, view: Callable[..., Any], name: str = "") -> URLPattern:
    """``path(pattern, view, name=...)`` with the view function's own name
    unless ``name`` is given (e.g. one view serving two routes)."""
    return path(pattern, view, name=name or view.__name__)
