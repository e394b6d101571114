# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The development mailbox lists sent mail, and exists only in development.

Regression for issue 16 bug 11: in development the citizen's link and code were
only in the server output.
"""

from django.core import mail
from django.test import Client
from django.test import override_settings
from django.urls import include
from django.urls import path

import pytest

from herstel.core import devmail
from herstel.urls import urlpatterns as _project

# The project's pages plus the mailbox, as the development settings give them.
urlpatterns = [*_project, path("dev/mail/", include("herstel.core.devmail"))]


@pytest.fixture
def mailbox(tmp_path, settings):
    settings.EMAIL_BACKEND = devmail.BACKEND
    settings.EMAIL_FILE_PATH = str(tmp_path / "mail")
    settings.DEBUG = True
    return tmp_path / "mail"


@override_settings(ROOT_URLCONF=__name__)
def test_sent_mail_is_listed_with_its_link(mailbox, capsys):
    link = "http://127.0.0.1:8000/inzage/antwoord/abc123/"
    mail.send_mail(
        "Uw antwoord staat klaar", f"Download: {link}", None, ["a@example.org"]
    )
    assert "Uw antwoord staat klaar" in capsys.readouterr().out  # still printed
    client = Client()
    page = client.get("/dev/mail/").content.decode()
    assert "Uw antwoord staat klaar" in page
    assert "a@example.org" in page
    (name,) = [f.name for f in mailbox.iterdir()]
    detail = client.get(f"/dev/mail/{name}/").content.decode()
    assert f'<a href="{link}"' in detail
    assert client.get("/dev/mail/../../etc/passwd/").status_code == 404


@override_settings(ROOT_URLCONF=__name__)
def test_the_mailbox_is_not_there_without_debug_or_with_another_backend(
    mailbox, settings
):
    settings.DEBUG = False
    assert Client().get("/dev/mail/").status_code == 404
    settings.DEBUG = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert Client().get("/dev/mail/").status_code == 404


def test_the_project_urls_have_no_mailbox_outside_development():
    from django.urls import NoReverseMatch
    from django.urls import reverse

    with pytest.raises(NoReverseMatch):
        reverse("devmail:list")
