# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The analyst's preview of the access copy: each box with its reason, and an
identifier marked "belongs to this subject" becomes readable (audited)."""

from __future__ import annotations

from django.urls import reverse

import pytest

from herstel.accounts.tests.factories import verified_client
from herstel.audit.models import AuditEvent
from herstel.dossiers.models import Mention

from .conftest import NOTE
from .test_flow import _to_approval

pytestmark = pytest.mark.django_db


def test_preview_shows_reasons_and_linking_keeps_an_identifier(
    submitted, analyst, reviewer, inventory
):
    request, johan = _to_approval(submitted, analyst, inventory)
    _dossier, note, _other = inventory
    url = reverse("inquiries:copy_preview", args=[request.reference])
    body = verified_client(reviewer).get(url).content.decode()
    assert "Naam van een andere persoon" in body or "Name of another person" in body
    assert "Johan van der Berg" in body  # the analyst sees everything
    email = Mention.objects.filter(
        document=note, start=NOTE.index("y.kaya@example.nl")
    ).first()
    assert email is not None
    # A reviewer may look, not link.
    link = reverse("inquiries:copy_link", args=[request.reference])
    response = verified_client(reviewer).post(link, {"mention": email.pk, "link": "1"})
    assert response.status_code == 403
    response = verified_client(analyst).post(link, {"mention": email.pk, "link": "1"})
    assert response.status_code == 302
    email.refresh_from_db()
    assert email.subject_id == johan.pk
    assert AuditEvent.objects.filter(event="mention.attributed").count() == 1
    # Undo.
    verified_client(analyst).post(link, {"mention": email.pk, "link": "0"})
    email.refresh_from_db()
    assert email.subject_id is None
