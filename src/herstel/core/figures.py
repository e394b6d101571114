# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The figure type of aggregate reports, shared by every context that reports."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise

__all__ = ["Figure"]


@dataclass(frozen=True, slots=True)
class Figure:
    """One number of an aggregate report, with the audit events it is counted from."""

    key: str
    label: str | Promise
    value: int
    source: str
