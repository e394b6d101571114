# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Turning ``subject_id`` into a relation keeps every decision's subject."""

from __future__ import annotations

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

BEFORE = [("notices", "0001_initial"), ("dossiers", "0003_subjects")]
AFTER = [("notices", "0002_subject_relation")]


@pytest.mark.django_db(transaction=True)
def test_the_subject_relation_keeps_the_data():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    user = apps.get_model("accounts", "User").objects.create(username="po")
    subject = apps.get_model("dossiers", "Subject").objects.create()
    apps.get_model("notices", "NoticeDecision").objects.create(
        subject_id=subject.pk,
        decision="not_personal",
        ground="no_contact",
        decided_by_id=user.pk,
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    decision = apps.get_model("notices", "NoticeDecision").objects.get()
    assert decision.subject_id == subject.pk
    assert decision.ground == "no_contact"
    # Back to the latest state for the tests that follow.
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
