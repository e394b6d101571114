# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""audited_save: set fields, save, audit in one step; and a guarded blob."""

from __future__ import annotations

from django.core.exceptions import ValidationError

import pytest

from herstel.accounts.tests.factories import UserFactory
from herstel.audit.models import AuditEvent
from herstel.audit.services import audited_save
from herstel.partners.audit_events import ORGANISATION_CHANGED
from herstel.partners.models import Organisation
from herstel.partners.tests.factories import OrganisationFactory
from herstel.vault.keystore import KeyShreddedError
from herstel.vault.services import blob_put_guarded
from herstel.vault.services import blob_read

pytestmark = pytest.mark.django_db


def test_changes_saved_and_audited_on_the_object():
    actor = UserFactory()
    organisation = OrganisationFactory(website="")
    stamped = organisation.updated_at
    Organisation.objects.filter(pk=organisation.pk).update(kvk_number="12345678")

    audited_save(
        organisation,
        {"website": "https://example.org"},
        event=ORGANISATION_CHANGED,
        actor=actor,
        context={"fields": ["website"]},
    )

    saved = Organisation.objects.get(pk=organisation.pk)
    assert saved.website == "https://example.org"
    assert saved.updated_at > stamped  # an auto_now field is written too
    assert saved.kvk_number == "12345678"  # fields not changed are not written
    entry = AuditEvent.objects.get(event=ORGANISATION_CHANGED.name)
    assert entry.object_type == "partners.organisation"
    assert entry.object_id == str(organisation.pk)
    assert entry.context == {"fields": ["website"]}
    assert entry.actor_id == actor.pk


def test_target_other_than_the_object():
    organisation = OrganisationFactory()
    other = OrganisationFactory()
    audited_save(organisation, {}, event=ORGANISATION_CHANGED, actor=None, target=other)
    entry = AuditEvent.objects.get(event=ORGANISATION_CHANGED.name)
    assert entry.object_id == str(other.pk)


def test_clean_refuses_before_anything_is_written():
    organisation = OrganisationFactory()
    with pytest.raises(ValidationError):
        audited_save(
            organisation,
            {"website": "not an address"},
            clean=True,
            event=ORGANISATION_CHANGED,
            actor=None,
        )
    assert Organisation.objects.get(pk=organisation.pk).website != "not an address"
    assert not AuditEvent.objects.filter(event=ORGANISATION_CHANGED.name).exists()


def test_guarded_blob_is_shredded_when_the_block_fails():
    guarded = blob_put_guarded(data=b"letter", purpose="test")
    with pytest.raises(RuntimeError), guarded as sealed:
        assert blob_read(blob=sealed, purpose="test") == b"letter"
        raise RuntimeError("the write failed")
    with pytest.raises(KeyShreddedError):
        blob_read(blob=sealed, purpose="test")


def test_guarded_blob_is_kept_when_the_block_succeeds():
    with blob_put_guarded(data=b"letter", purpose="test") as sealed:
        pass
    assert blob_read(blob=sealed, purpose="test") == b"letter"
