# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Fixtures shared by the disposition tests."""

from __future__ import annotations

from typing import Any

import pytest

from .factories import analyst, reviewer


@pytest.fixture
def people() -> dict[str, Any]:
    """An analyst who prepares and a reviewer who approves (four eyes)."""
    return {"analyst": analyst(), "reviewer": reviewer()}
