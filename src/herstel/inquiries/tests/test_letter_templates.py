# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Letter wording the privacy officer edits: a sandboxed template language
(placeholders, if and for only; no file, no tag library), Dutch and English
standard texts, audited saves and restores, the answer letter in the wording
in force, and the editor page with its preview."""

from __future__ import annotations

import datetime
import re

from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.models import AuditEvent
from herstel.inquiries.constants import LetterKind
from herstel.inquiries.constants import LetterLanguage
from herstel.inquiries.letter_templates import letter_context
from herstel.inquiries.letter_templates import letter_default
from herstel.inquiries.letter_templates import letter_render
from herstel.inquiries.letter_templates import letter_validate
from herstel.inquiries.models import LetterTemplate
from herstel.inquiries.services import answer_approve
from herstel.inquiries.services import letter_template_body
from herstel.inquiries.services import letter_template_reset
from herstel.inquiries.services import letter_template_save

from .test_flow import _to_approval


def _context(language: str) -> dict:
    return letter_context(
        reference="AV-1",
        received_on=datetime.date(2026, 3, 2),
        name="Johan van der Berg",
        categories=["Persoonsnaam", "Woonplaats"],
        documents=[
            {
                "reference": "D-1",
                "date": datetime.date(2025, 1, 5),
                "source": "Dossier A",
                "pages": 2,
            }
        ],
        purposes="Onderzoek",
        source="Bureau",
        dossiers=["Dossier A"],
        recipients="",
        destruction_from=datetime.date(2026, 6, 1),
        objection_days=42,
        organisation="Ministerie",
        today=datetime.date(2026, 3, 20),
        language=language,
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ("Beste Johan van der Berg", "2 maart 2026", "1 juni 2026", "pagina's")),
        ("en", ("Dear Johan van der Berg", "2 March 2026", "1 June 2026", "pages")),
    ],
)
def test_standard_answer_letter_in_both_languages(language, expected):
    text = letter_render(
        body=letter_default(kind="answer", language=language),
        context=_context(language),
        language=language,
    )
    for item in (*expected, "Persoonsnaam, Woonplaats", "- D-1", "Dossier A", "42"):
        assert item in text, item
    assert "Autoriteit Persoonsgegevens" in text
    assert "\n\n\n" not in text


@pytest.mark.parametrize(
    "body",
    [
        '{% load static %}{% static "x" %}',
        '{% include "base.html" %}',
        '{% extends "base.html" %}',
        "{% debug %}",
        "{% url 'inquiries:letters' %}",
        "{% csrf_token %}",
        "{% now 'Y' %}",
        "{% if name %}{% debug %}{% endif %}",
        "{% for d in documents %}{% load i18n %}{% endfor %}",
        "{{ name ",
        "{% if %}",
        "x" * 20_001,
    ],
)
def test_unsafe_or_broken_templates_are_refused(body):
    with pytest.raises(ValidationError):
        letter_validate(body)


def test_placeholders_reach_plain_values_only():
    """Unknown names render as nothing; private attributes do not parse."""
    text = letter_render(
        body="{{ name.upper }}|{{ unknown }}|{{ documents.0.reference }}",
        context=_context("nl"),
        language="nl",
    )
    assert text == "JOHAN VAN DER BERG||D-1"
    with pytest.raises(ValidationError):
        letter_validate("{{ name.__class__ }}")


@pytest.fixture
def officer(db):
    return UserFactory(username="priya", roles=[Role.PRIVACY_OFFICER])


def test_only_the_privacy_officer_edits(db, officer):
    analyst = UserFactory(roles=[Role.ANALYST])
    with pytest.raises(PermissionDenied):
        letter_template_save(kind="answer", language="nl", body="x", actor=analyst)
    with pytest.raises(PermissionDenied):
        letter_template_reset(kind="answer", language="nl", actor=analyst)
    assert not LetterTemplate.objects.exists()


def test_save_and_reset_are_audited_and_idempotent(officer):
    body = "Beste {{ name }},\n\nEigen tekst."
    letter_template_save(kind="answer", language="nl", body=body, actor=officer)
    assert letter_template_body(kind="answer", language="nl") == body
    assert letter_template_body(kind="answer", language="en") == letter_default(
        kind="answer", language="en"
    )
    # The same text again changes nothing and records nothing.
    letter_template_save(kind="answer", language="nl", body=body, actor=officer)
    changed = AuditEvent.objects.filter(event="letter_template.changed")
    assert changed.count() == 1
    context = changed.get().context
    assert context["fields"] == ["body"]
    assert context["before_sha256"] != context["after_sha256"]
    assert "Eigen tekst" not in str(context)  # fingerprints, not the text
    letter_template_reset(kind="answer", language="nl", actor=officer)
    letter_template_reset(kind="answer", language="nl", actor=officer)
    assert AuditEvent.objects.filter(event="letter_template.reset").count() == 1
    assert letter_template_body(kind="answer", language="nl") == letter_default(
        kind="answer", language="nl"
    )
    with pytest.raises(ValidationError):
        letter_template_save(
            kind="answer", language="nl", body="{% debug %}", actor=officer
        )


@pytest.mark.django_db(transaction=True)
def test_the_answer_uses_the_wording_in_force(
    submitted, analyst, reviewer, inventory, officer
):
    letter_template_save(
        kind="answer",
        language="nl",
        body="Geachte {{ name }}, zie {{ documents_count }} document(en): "
        "{% for d in documents %}{{ d.reference }} {% endfor %}"
        "({{ categories|join:', ' }}).",
        actor=officer,
    )
    request, _johan = _to_approval(submitted, analyst, inventory)
    mail.outbox.clear()
    answer_approve(request=request, actor=reviewer)
    body = mail.outbox[-1].body
    assert "Geachte Johan van der Berg, zie 1 document(en): DOC-" in body
    assert re.search(r"\(Persoonsnaam.*\)", body)


def test_editor_page_previews_without_saving(officer):
    client = Client()
    login_verified(client, officer)
    url = reverse("inquiries:letter_edit", args=["no_data", "en"])
    page = client.get(url)
    assert page.status_code == 200
    assert b"We searched all documents" in page.content
    response = client.post(
        url, {"action": "preview", "body": "Hello {{ name }} from {{ organisation }}"}
    )
    assert response.status_code == 200
    assert b"Hello A. Example from" in response.content
    assert not LetterTemplate.objects.exists()
    refused = client.post(url, {"action": "save", "body": "{% debug %}"})
    assert refused.status_code == 400
    assert not LetterTemplate.objects.exists()
    saved = client.post(url, {"action": "save", "body": "Hello {{ name }}"})
    assert saved.status_code == 302
    assert LetterTemplate.objects.get().kind == LetterKind.NO_DATA
    assert LetterTemplate.objects.get().language == LetterLanguage.EN
    pdf = client.get(reverse("inquiries:letter_preview_pdf", args=["no_data", "en"]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get(reverse("inquiries:letters")).status_code == 200
    assert client.get("/verzoeken/brieven/other/nl/").status_code == 404
