# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The demo register loads through the services: guard and block apply."""

import pytest

from herstel.demo.services import demo_users_ensure
from herstel.partners import reports
from herstel.partners.demo import partners_demo_load
from herstel.partners.models import ContactMoment
from herstel.partners.models import Organisation
from herstel.partners.models import OverviewPublication

pytestmark = pytest.mark.django_db


def test_demo_register_loads_once_with_every_tier_and_one_block():
    demo_users_ensure(seed=1)
    counts = partners_demo_load()
    assert counts["organisations"] == Organisation.objects.count() == 7
    assert set(ContactMoment.objects.values_list("tier", flat=True)) == {
        "structural",
        "incidental",
        "signal",
    }
    assert Organisation.objects.with_active_advice().count() == 1
    assert OverviewPublication.objects.count() == 1
    assert partners_demo_load() == {"organisations": 0, "contacts": 0}
    assert ContactMoment.objects.count() == counts["contacts"]
    publication = OverviewPublication.objects.get()
    names = {row["organisation"] for row in publication.rows}
    assert names <= {
        "Stichting Brugwerk (fictief)",
        "Federatie Fictieve Moskeeën Nederland",
    }
    assert reports.rows_from_snapshot(publication.rows)
