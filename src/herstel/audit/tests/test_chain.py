# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The audit trail is append-only in the database and any tampering is named."""

import itertools

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError
from django.db import connection
from django.db import transaction

import pytest

from herstel.accounts.audit_events import LOGGED_IN
from herstel.accounts.tests.factories import UserFactory
from herstel.audit.db import triggers_install
from herstel.audit.db import triggers_remove
from herstel.audit.models import AuditEvent
from herstel.audit.selectors import audit_chain_verify
from herstel.audit.services import audit_event_record
from herstel.audit.services import event_entry_hash

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain():
    user = UserFactory()
    return [
        audit_event_record(event=LOGGED_IN, actor=user, target=user, context={"n": n})
        for n in range(5)
    ]


@pytest.fixture
def tamper():
    """Simulate someone with raw database access: drop the triggers first."""
    triggers_remove(connection)
    yield connection
    triggers_install(connection)


def test_entries_are_chained(chain):
    assert chain[0].prev_hash == "0" * 64
    for before, after in itertools.pairwise(chain):
        assert after.prev_hash == before.hash
        assert after.seq == before.seq + 1
    report = audit_chain_verify()
    assert report.ok
    assert report.checked == 5


def test_stored_entries_rehash_identically(chain):
    for entry in AuditEvent.objects.all():
        assert event_entry_hash(entry) == entry.hash


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_auditevent SET reason = 'x'",
        "DELETE FROM audit_auditevent",
    ],
)
def test_database_refuses_update_and_delete(chain, statement):
    with (
        pytest.raises(DatabaseError),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(statement)
    assert AuditEvent.objects.count() == 5


def test_orm_update_and_delete_are_refused(chain):
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(seq=2).update(actor_label="someone-else")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(seq=2).delete()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="TRUNCATE is PostgreSQL")
def test_postgres_refuses_truncate(chain):
    with (
        pytest.raises(DatabaseError),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("TRUNCATE audit_auditevent")


def _problems():
    return {(p.kind, p.seq) for p in audit_chain_verify().problems}


def test_altered_entry_is_named(chain, tamper):
    with tamper.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditevent SET actor_label = 'mallory' WHERE seq = 3"
        )
    assert _problems() == {("altered", 3)}


def test_altered_and_rehashed_entry_is_named_by_the_broken_link(chain, tamper):
    entry = AuditEvent.objects.get(seq=3)
    entry.reason = "covered up"
    new_hash = event_entry_hash(entry)
    with tamper.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditevent SET reason = %s, hash = %s WHERE seq = 3",
            ["covered up", new_hash],
        )
    assert ("altered", 3) in _problems()


def test_removed_entry_is_named(chain, tamper):
    with tamper.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE seq = 2")
    assert ("removed", 2) in _problems()


def test_removed_tail_is_named(chain, tamper):
    with tamper.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE seq = 5")
    assert ("removed", 5) in _problems()


def test_reordered_entries_are_named(chain, tamper):
    """Move entry 2 behind entry 3 (swap their positions in the table)."""
    with tamper.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET seq = 1000 WHERE seq = 2")
        cursor.execute("UPDATE audit_auditevent SET seq = 2 WHERE seq = 3")
        cursor.execute("UPDATE audit_auditevent SET seq = 3 WHERE seq = 1000")
    problems = _problems()
    assert ("reordered", 2) in problems


def test_anchor_detects_a_rewritten_chain(chain):
    anchor = {3: chain[2].hash}
    assert audit_chain_verify(anchors=anchor).ok
    assert not audit_chain_verify(anchors={3: "f" * 64}).ok


def test_verify_audit_command(chain, tamper, capsys):
    call_command("verify_audit", "--no-record")
    assert "intact" in capsys.readouterr().out
    with tamper.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE seq = 4")
    with pytest.raises(CommandError):
        call_command("verify_audit", "--no-record")
    assert "4" in capsys.readouterr().err


def test_context_never_holds_values_it_was_not_given(chain):
    """The trail stores only what services pass: ids and counts in these tests."""
    for entry in AuditEvent.objects.all():
        assert set(entry.context) == {"n"}
