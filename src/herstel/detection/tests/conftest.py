# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Fixtures for the detection tests: the shared corpora, when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(os.environ.get("HERSTEL_NER_DATA", "/work/shared/data"))
"""Folder with the staged corpora (see ``bin/build_lexicons.py``)."""


@pytest.fixture
def shared_data() -> Path:
    """The shared corpora folder; skips the test when it is not available."""
    if not (SHARED_DATA / "README.md").exists():
        pytest.skip(
            f"shared NER data not found at {SHARED_DATA} (set HERSTEL_NER_DATA); "
            "the product does not need it, only this evaluation does"
        )
    return SHARED_DATA
