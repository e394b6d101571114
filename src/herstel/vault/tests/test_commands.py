# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Master-key rotation through the command, end to end with stored documents."""

from django.core.management import call_command

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.audit.models import AuditEvent
from herstel.dossiers.services import document_store
from herstel.dossiers.services import document_text_read
from herstel.dossiers.services import dossier_create
from herstel.vault.crypto import MasterKey
from herstel.vault.keystore import UnknownMasterKeyError
from herstel.vault.services import keystore_get

pytestmark = pytest.mark.django_db


def test_rotate_master_key_rewraps_and_documents_still_open(settings, capsys):
    analyst = UserFactory(roles=[Role.ANALYST])
    old = settings.HERSTEL_MASTER_KEY
    document = document_store(
        dossier=dossier_create(slug="rotate", title="Rotate"),
        data=b"Tekst over een fictieve persoon",
        filename="r.txt",
        actor=analyst,
    ).document

    new = MasterKey.generate_text()
    settings.HERSTEL_MASTER_KEY = new
    settings.HERSTEL_PREVIOUS_MASTER_KEYS = [old]
    keystore_get.cache_clear()
    call_command("rotate_master_key")
    assert "Re-wrapped 2 data key(s)" in capsys.readouterr().out
    assert AuditEvent.objects.filter(event="vault.master_key_rotated").exists()

    # The old key is gone from the configuration; everything still opens.
    settings.HERSTEL_PREVIOUS_MASTER_KEYS = []
    keystore_get.cache_clear()
    assert document_text_read(document=document, actor=analyst).startswith("Tekst")

    # And the old master key alone no longer opens anything.
    settings.HERSTEL_MASTER_KEY = old
    keystore_get.cache_clear()
    with pytest.raises(UnknownMasterKeyError):
        keystore_get().get_key(document.text_key_id)


def test_generate_master_key_prints_a_valid_key(capsys):
    call_command("generate_master_key")
    assert len(MasterKey.from_text(capsys.readouterr().out).key) == 32
