# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Fixtures shared by the disposition tests."""

from __future__ import annotations

from typing import Any

import pytest

from .factories import RunSteps
from .factories import analyst
from .factories import reviewer
from .factories import store_documents


@pytest.fixture
def people() -> dict[str, Any]:
    """An analyst who prepares and a reviewer who approves (four eyes)."""
    return {"analyst": analyst(), "reviewer": reviewer()}


@pytest.fixture
def steps(people: dict[str, Any]) -> RunSteps:
    """The four-eyes steps of a run, taken by ``people``."""
    return RunSteps(people["analyst"], people["reviewer"])


@pytest.fixture
def two_documents() -> tuple[Any, Any, list[Any]]:
    """An analyst, and a dossier with two documents that analyst stored."""
    from herstel.dossiers.services import dossier_create

    actor = analyst()
    dossier = dossier_create(slug="twee", title="Twee documenten")
    return actor, dossier, store_documents(dossier, 2, actor)
