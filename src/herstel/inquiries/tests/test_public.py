# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The public form: anonymous, Dutch first, closed outside the window, clear
errors per field, and spam refused without a third-party captcha."""

import datetime
import re
import time

from django.core import mail
from django.core import signing
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.inquiries.forms import FORM_SALT
from herstel.inquiries.models import AccessRequest

from .conftest import johan_form
from .factories import CampaignFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


def _stamp(seconds_ago: float = 60) -> str:
    return signing.dumps(time.time() - seconds_ago, salt=FORM_SALT)


def _post_data(**changes):
    return johan_form(**{"started": _stamp(), **changes})


def test_form_is_public_and_dutch():
    campaign = CampaignFactory()
    response = Client().get(reverse("inquiries:public_form", args=[campaign.slug]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Vraag welke gegevens wij over u hebben" in body
    assert 'name="website"' in body and 'name="started"' in body
    # Without an OpenID Connect provider, logging in is not offered.
    assert 'value="oidc"' not in body
    default = Client().get(reverse("inquiries:public_form_default"))
    assert default.status_code == 200


def test_submit_gives_reference_and_mail(django_capture_on_commit_callbacks):
    campaign = CampaignFactory()
    client = Client()
    url = reverse("inquiries:public_form", args=[campaign.slug])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, _post_data(), follow=True)
    request = AccessRequest.objects.get()
    assert request.reference in response.content.decode()
    assert request.channel == "web" and request.language == "nl"
    assert (
        mail.outbox[0].subject == f"Wij hebben uw verzoek {request.reference} ontvangen"
    )


def test_field_errors_keep_input():
    campaign = CampaignFactory()
    url = reverse("inquiries:public_form", args=[campaign.slug])
    response = Client().post(
        url,
        _post_data(names="", email="geen-adres", consent="", birth_date="31-02-1970"),
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Dit veld is verplicht." in body or "Geef ten minste" in body
    assert "Voer een geldig e-mailadres in." in body
    assert "Wij kunnen uw verzoek alleen met uw toestemming behandelen." in body
    assert 'value="geen-adres"' in body
    assert not AccessRequest.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"website": "http://spam.example"},
        {"started": "forged"},
        {"started": ""},
        {"started": None},  # replaced by a fresh stamp: sent too fast
    ],
)
def test_spam_is_refused(changes):
    campaign = CampaignFactory()
    data = _post_data(**{k: v for k, v in changes.items() if v is not None})
    if changes.get("started", "x") is None:
        data["started"] = _stamp(seconds_ago=0)
    response = Client().post(
        reverse("inquiries:public_form", args=[campaign.slug]), data
    )
    assert response.status_code == 200
    assert "Wij konden het formulier niet aannemen" in response.content.decode()
    assert not AccessRequest.objects.exists()


def test_rate_limit(settings):
    settings.HERSTEL_INTAKE_RATE_LIMIT = 2
    campaign = CampaignFactory()
    url = reverse("inquiries:public_form", args=[campaign.slug])
    client = Client()
    for number in range(3):
        client.post(url, _post_data(email=f"p{number}@example.nl"))
    assert AccessRequest.objects.count() == 2


def test_closed_window_says_so_and_accepts_nothing():
    campaign = CampaignFactory(
        opens_on=timezone.localdate() - datetime.timedelta(days=60),
        closes_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    url = reverse("inquiries:public_form", args=[campaign.slug])
    response = Client().get(url)
    assert "Dit formulier neemt nu geen verzoeken aan." in response.content.decode()
    assert b'name="names"' not in response.content
    Client().post(url, _post_data())
    assert not AccessRequest.objects.exists()


def test_done_page_needs_a_session_reference():
    campaign = CampaignFactory()
    response = Client().get(reverse("inquiries:public_done", args=[campaign.slug]))
    assert response.status_code == 302


def test_invalid_links_say_so():
    client = Client()
    assert client.get(reverse("inquiries:download", args=["nope"])).status_code == 404
    assert (
        client.get(
            reverse("inquiries:download_file", args=["nope", "copy"])
        ).status_code
        == 403
    )
    assert (
        client.get(reverse("inquiries:identity_login", args=["nope"])).status_code
        == 404
    )
    assert client.get(reverse("inquiries:identity_callback")).status_code == 400


def test_quick_incomplete_form_shows_field_errors_not_spam():
    """A person who sends an empty form at once sees what to fix."""
    campaign = CampaignFactory()
    response = Client().post(
        reverse("inquiries:public_form", args=[campaign.slug]),
        _post_data(names="", started=_stamp(seconds_ago=0)),
    )
    body = response.content.decode()
    assert "Wij konden het formulier niet aannemen" not in body
    assert re.search(r"Er (is|zijn) \d+ fout(en)?\. Verbeter deze:", body), body[
        body.find("alert--error") :
    ][:700]
    assert 'data-title-prefix="Fout: "' in body
