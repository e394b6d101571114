# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.dossiers.services import dossier_create
from herstel.dossiers.tests.factories import text_document
from herstel.inquiries.constants import Channel
from herstel.inquiries.constants import VerificationMethod
from herstel.inquiries.services import RequestData
from herstel.inquiries.services import request_submit

from .factories import CampaignFactory

NOTE = (
    "Verslag gesprek\n\nDe heer Johan van der Berg uit Zwolle sprak met imam "
    "Yusuf Kaya. Kaya is bereikbaar via y.kaya@example.nl. Later belde "
    "J. van der Berg opnieuw.\n"
)
OTHER = "Notitie\n\nGesprek met A. el Amrani uit Ede over de moskee.\n"


@pytest.fixture
def analyst(db):
    return UserFactory(username="anna", email="anna@example.org", roles=[Role.ANALYST])


@pytest.fixture
def reviewer(db):
    return UserFactory(username="ruben", roles=[Role.REVIEWER])


@pytest.fixture
def inventory(analyst):
    dossier = dossier_create(slug="demo", title="Demodossier")
    note = text_document(dossier, "verslag.txt", NOTE, analyst)
    other = text_document(dossier, "notitie.txt", OTHER, analyst)
    return dossier, note, other


@pytest.fixture
def campaign(inventory):
    return CampaignFactory(dossiers=[inventory[0]])


def johan_data(**changes):
    values = {
        "names": ("Johan van der Berg", "J. v.d. Berg"),
        "places": ("Zwolle",),
        "birth_date": "1970-03-04",
        "email": "johan@example.nl",
        "address": "",
    }
    values.update(changes)
    return RequestData(**values)


def english_request(campaign, method=VerificationMethod.IN_PERSON):
    """Johan's request, sent through the web form in English."""
    return request_submit(
        campaign=campaign,
        data=johan_data(email="en@example.nl"),
        channel=Channel.WEB,
        verification_method=method,
        language="en",
    )


def johan_form(**changes):
    """The public request form's fields as Johan fills them in (without the
    form's time stamp), with ``changes``."""
    return {
        "names": "Johan van der Berg\nJ. v.d. Berg",
        "places": "Zwolle",
        "birth_date": "04-03-1970",
        "email": "johan@example.nl",
        "address": "",
        "verification_method": "in_person",
        "consent": "on",
        "website": "",
        **changes,
    }


@pytest.fixture
def submitted(campaign):
    return request_submit(
        campaign=campaign,
        data=johan_data(),
        channel=Channel.WEB,
        verification_method=VerificationMethod.IN_PERSON,
    )
