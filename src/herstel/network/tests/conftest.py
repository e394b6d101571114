# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _roles(request: pytest.FixtureRequest) -> None:
    """Transactional tests flush the groups the data migration created."""
    if "django_db_setup" not in request.fixturenames:
        return
    from django.contrib.auth.models import Group

    from herstel.accounts.constants import Role

    for role in Role:
        Group.objects.get_or_create(name=role.value)
