# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every pending letter generated at once, as a background task with a
progress page; a person without an address is skipped, not a failure."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.core.models import TaskRun
from herstel.core.tests.task_asserts import finished_task
from herstel.notices.constants import Decision
from herstel.notices.constants import LetterStatus
from herstel.notices.models import NoticeDecision
from herstel.notices.services import notice_decide

from .factories import subject_in_inventory

pytestmark = pytest.mark.django_db


def test_all_pending_letters_are_generated_in_one_task(
    django_capture_on_commit_callbacks,
):
    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    other = (
        "Brief aan mevrouw Sevda Yildiz, Dorpsstraat 3, 4001 CD Tiel.\n"
        "Sevda Yildiz belde over de aanvraag.\n"
    )
    for slug, text in (("een", None), ("twee", other)):
        subject = subject_in_inventory(slug=slug, **({"text": text} if text else {}))
        notice_decide(subject=subject, decision=Decision.PERSONAL, actor=officer)
    client = Client()
    login_verified(client, officer)
    page = client.get(reverse("notices:subjects")).content.decode()
    assert "2 brieven te maken" in page or "2 letters to be generated" in page
    url = reverse("notices:letters_generate")
    assert client.post(url, {"all-sender": " "}).status_code == 302
    assert not TaskRun.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"all-sender": "Ministerie van SZW"})
    task = finished_task(response, steps=2)
    assert set(NoticeDecision.objects.values_list("letter_status", flat=True)) == {
        LetterStatus.GENERATED
    }
    assert "status=generated" in task.result_url


def test_a_reviewer_may_not_generate_letters():
    client = Client()
    login_verified(client, UserFactory(roles=[Role.REVIEWER]))
    response = client.post(reverse("notices:letters_generate"), {"all-sender": "X"})
    assert response.status_code == 403
