# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""F7: the download link's one-time code cannot be re-sent without limit, and a
new code does not reset the guess counter."""

import datetime
import hashlib
import re

from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from herstel.inquiries.models import DownloadLink
from herstel.inquiries.services import link_code_check
from herstel.inquiries.services import link_code_send
from herstel.inquiries.services.common import CODE_ATTEMPTS
from herstel.inquiries.services.common import CODE_RESEND_SECONDS
from herstel.inquiries.services.common import CODE_SENDS

pytestmark = pytest.mark.django_db

TOKEN = "test-download-token"


@pytest.fixture
def link(submitted):
    return DownloadLink.objects.create(
        request=submitted,
        token_digest=hashlib.sha256(TOKEN.encode()).hexdigest(),
        expires_at=timezone.now() + datetime.timedelta(days=14),
    )


def _age_last_send(link):
    DownloadLink.objects.filter(pk=link.pk).update(
        code_sent_at=timezone.now() - datetime.timedelta(seconds=CODE_RESEND_SECONDS)
    )


def _send(link, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        link_code_send(link=link)
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def test_resends_are_limited(link, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    _send(link, django_capture_on_commit_callbacks)
    # Straight away again: refused, nothing mailed.
    with pytest.raises(ValidationError) as wait:
        link_code_send(link=link)
    assert wait.value.code == "code_wait"
    for _ in range(CODE_SENDS - 1):
        _age_last_send(link)
        _send(link, django_capture_on_commit_callbacks)
    _age_last_send(link)
    with pytest.raises(ValidationError) as limit:
        link_code_send(link=link)
    assert limit.value.code == "code_limit"
    assert len(mail.outbox) == CODE_SENDS


def test_a_new_code_does_not_reset_the_guess_counter(
    link, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    code = _send(link, django_capture_on_commit_callbacks)
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(CODE_ATTEMPTS - 1):
        assert not link_code_check(link=link, code=wrong)
    _age_last_send(link)
    code = _send(link, django_capture_on_commit_callbacks)
    wrong = "000000" if code != "000000" else "111111"
    assert not link_code_check(link=link, code=wrong)
    # The guesses are used up: even the right code no longer opens the link,
    # and no further code is mailed.
    assert not link_code_check(link=link, code=code)
    _age_last_send(link)
    with pytest.raises(ValidationError):
        link_code_send(link=link)
    link.refresh_from_db()
    assert link.code_attempts == CODE_ATTEMPTS


def test_right_code_lets_a_later_visit_ask_again(
    link, django_capture_on_commit_callbacks
):
    for _ in range(CODE_SENDS):
        _age_last_send(link)
        code = _send(link, django_capture_on_commit_callbacks)
    assert link_code_check(link=link, code=code)
    _age_last_send(link)
    _send(link, django_capture_on_commit_callbacks)


def test_download_page_says_why_no_code_is_sent(
    link, django_capture_on_commit_callbacks
):
    client = Client()
    url = reverse("inquiries:download", args=[TOKEN])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "send"})
        response = client.post(url, {"action": "send"}, follow=True)
    assert len(mail.outbox) == 1
    assert "Wacht een minuut" in response.content.decode()
