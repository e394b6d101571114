# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The audit trail's details in words, in Dutch and English (issue 16: the
Details column showed ``key=value`` pairs of codes, ids and ISO dates)."""

import ast
from pathlib import Path

from django.urls import reverse
from django.utils import translation

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.tests.factories import UserFactory
from herstel.accounts.tests.factories import login_verified
from herstel.audit.details import DETAIL_LABELS
from herstel.audit.details import audit_details
from herstel.audit.registry import registry
from herstel.audit.services import audit_event_record
from herstel.dossiers.audit_events import DOCUMENT_ANALYSED
from herstel.dossiers.tests.factories import DossierFactory
from herstel.extraction.base import MediaType

pytestmark = pytest.mark.django_db
SOURCE = Path(__file__).resolve().parents[2]


def _entry(actor):
    dossier = DossierFactory(title="Onderzoek krachtenveld")
    return audit_event_record(
        event=DOCUMENT_ANALYSED,
        actor=actor,
        context={
            "dossier": dossier.pk,
            "media_type": MediaType.DOCX,
            "mentions": {"person": 3},
            "approved": True,
            "due_on": "2026-04-01",
            "subject": 80,
        },
    )


def _details(entry, language):
    with translation.override(language):
        return {d.label: d.value for d in audit_details([entry])[entry.seq]}


def test_details_read_as_words_in_dutch_and_english():
    entry = _entry(UserFactory())
    assert _details(entry, "nl") == {
        "Dossier": "Onderzoek krachtenveld",
        "Bestandstype": "Word-document",
        "Vermeldingen": "Persoonsnaam: 3",
        "Goedgekeurd": "ja",
        "Uiterlijk op": "1 april 2026",
        # A subject's name is personal data: its kind and number only.
        "Betrokkene": "betrokkene 80",
    }
    assert _details(entry, "en") == {
        "Dossier": "Onderzoek krachtenveld",
        "File type": "Word document",
        "Mentions": "Person name: 3",
        "Approved": "yes",
        "Due on": "April 1, 2026",
        "Subject": "subject 80",
    }


def test_the_audit_page_shows_no_key_value_pairs(client):
    officer = UserFactory(roles=[Role.PRIVACY_OFFICER])
    login_verified(client, officer)
    _entry(officer)
    response = client.get(reverse("audit:list"), HTTP_ACCEPT_LANGUAGE="nl")
    html = response.content.decode()
    assert "media_type=" not in html and "approved=" not in html
    assert "<dt>Bestandstype</dt><dd>Word-document</dd>" in html


def _call_name(node: ast.Call) -> str:
    function = node.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _recorded_keys() -> set[str]:
    """Every key a service writes as a literal in an entry's details: the
    ``context`` of ``audit_event_record`` and of every function that hands its
    own ``context`` on to it (``audited_save``, ``blob_read_audited``, …); a
    view's template context is not an audit entry."""
    trees = [
        ast.parse(path.read_text())
        for path in SOURCE.rglob("*.py")
        if "tests" not in path.parts and "migrations" not in path.parts
    ]
    functions = [
        node
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
    ]
    recorders = {"audit_event_record"}
    while True:
        more = {
            function.name
            for function in functions
            if function.name not in recorders
            and any(
                isinstance(call, ast.Call)
                and _call_name(call) in recorders
                and any(
                    keyword.arg == "context"
                    and any(
                        isinstance(name, ast.Name) and name.id == "context"
                        for name in ast.walk(keyword.value)
                    )
                    for keyword in call.keywords
                )
                for call in ast.walk(function)
            )
        }
        if not more:
            break
        recorders |= more
    keys = set()
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _call_name(node) not in recorders:
                continue
            for keyword in node.keywords:
                if keyword.arg == "context" and isinstance(keyword.value, ast.Dict):
                    keys.update(
                        k.value
                        for k in keyword.value.keys
                        if isinstance(k, ast.Constant)
                    )
    return keys


def test_every_detail_key_has_a_label_in_the_registry():
    keys = _recorded_keys()
    assert len(keys) > 100
    missing = sorted(keys - set(registry.detail_labels()))
    assert missing == []
    assert set(DETAIL_LABELS) <= set(registry.detail_labels())
