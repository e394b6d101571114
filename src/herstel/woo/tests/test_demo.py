# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The demo data holds one Woo request on the demo dossier, decided and packaged."""

from __future__ import annotations

import io
import zipfile

import pytest

from herstel.disposition.tests.factories import store_documents
from herstel.dossiers.services import dossier_create
from herstel.woo.constants import RequestStatus
from herstel.woo.demo import woo_demo
from herstel.woo.models import WooRequest
from herstel.woo.services import woo_package_read

from .factories import analyst
from .factories import reviewer

pytestmark = pytest.mark.django_db


def test_demo_request_is_decided_and_packaged():
    loader, approver = analyst(), reviewer()
    store_documents(dossier_create(slug="demo", title="Demo"), 12, loader)
    reference = woo_demo()
    request = WooRequest.objects.get(reference=reference)
    assert request.status == RequestStatus.DECIDED
    assert request.items.count() == 10
    assert request.third_parties.get().responded_on is not None
    archive = zipfile.ZipFile(
        io.BytesIO(woo_package_read(request=request, actor=approver))
    )
    assert len([n for n in archive.namelist() if n.startswith("documenten/")]) == 7
    assert woo_demo() == ""
