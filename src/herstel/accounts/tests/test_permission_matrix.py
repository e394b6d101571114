# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""docs/permissions.md is the specification; every cell is checked here.

Allowed gets 200. Forbidden gets 403 or a redirect, and never a byte of the
page's data. A staff URL missing from the table fails the suite.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

import pytest

from herstel.accounts.constants import Role
from herstel.disposition.tests.matrix import disposition_objects, disposition_url
from herstel.dossiers.models import Mention
from herstel.dossiers.services import document_store, dossier_create

from .factories import UserFactory, login_verified

DOC = Path(__file__).resolve().parents[4] / "docs" / "permissions.md"
OUTSIDE_MATRIX = {
    "accounts:login",
    "accounts:verify",
    "accounts:logout",
    "set_language",
}
SECRET_TEXT = "Fictieve Yusuf Kaya uit Ede"
SECRET_FILENAME = "notitie-kaya.txt"


def _matrix(section: str) -> tuple[list[str], dict[str, dict[str, bool]]]:
    text = DOC.read_text(encoding="utf-8")
    lines = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0].splitlines()
    header = next(line for line in lines if line.startswith("| URL name |"))
    roles = [cell.strip() for cell in header.strip("|").split("|")][2:]
    rows: dict[str, dict[str, bool]] = {}
    for line in lines:
        match = re.match(r"^\| `([^`]+)` \|", line)
        if not match or line.count("|") != len(roles) + 3:
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")][2:]
        assert all(c in {"yes", "no"} for c in cells), line
        rows[match.group(1)] = {
            role: cell == "yes" for role, cell in zip(roles, cells, strict=True)
        }
    return roles, rows


ROLES, MATRIX = _matrix("Matrix: role × page")
_ACTION_ROLES, ACTIONS = _matrix("Matrix: role × action")
POST_ONLY = {"dossiers:mention_decide", "dossiers:mention_add"}


def _url_names(resolver: URLResolver | None = None, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue  # the admin follows admin:index, see the doc
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            names |= _url_names(entry, namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(prefix + entry.name)
    return names


def test_roles_in_the_doc_are_the_roles_in_the_code():
    assert [role.value for role in Role] == ROLES


def test_every_url_is_in_the_matrix():
    missing = _url_names() - set(MATRIX) - set(ACTIONS) - OUTSIDE_MATRIX
    assert not missing, f"Add these URLs to docs/permissions.md: {sorted(missing)}"


@pytest.fixture
def inventory(db):
    dossier = dossier_create(slug="matrix", title="Matrix")
    loader = UserFactory(roles=[Role.ANALYST])
    document = document_store(
        dossier=dossier,
        data=SECRET_TEXT.encode(),
        filename=SECRET_FILENAME,
        actor=loader,
    ).document
    mention = Mention.objects.create(
        document=document, category="health", start=0, end=8
    )
    return {
        "slug": dossier.slug,
        "reference": document.reference,
        "mention": mention.pk,
        "disposition": disposition_objects(),
    }


def _url(name: str, inventory: dict) -> str:
    if name.startswith("disposition:"):
        return disposition_url(name, inventory["disposition"])
    if name == "dossiers:mention_decide":
        return reverse(name, args=[inventory["reference"], inventory["mention"]])
    if name in {"dossiers:detail", "dossiers:upload"}:
        return reverse(name, kwargs={"slug": inventory["slug"]})
    if name.startswith("dossiers:document") or name == "dossiers:mention_add":
        return reverse(name, kwargs={"reference": inventory["reference"]})
    return reverse(name)


def _content(response) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_matrix_cell(role, name, inventory):
    client = Client()
    user = UserFactory(roles=[Role(role)])
    login_verified(client, user)
    response = client.get(_url(name, inventory))
    body = _content(response)
    if MATRIX[name][role]:
        assert response.status_code == 200, f"{role} should open {name}"
    else:
        assert response.status_code in (302, 403), f"{role} must not open {name}"
        assert SECRET_TEXT.encode() not in body
        assert SECRET_FILENAME.encode() not in body


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_anonymous_is_sent_to_login(name, inventory):
    response = Client().get(_url(name, inventory))
    assert response.status_code == 302
    assert "login" in response["Location"]


ACTION_DATA = {
    "dossiers:upload": {},
    "dossiers:mention_decide": {"status": "confirmed"},
    "dossiers:mention_add": {"category": "person", "text": "Yusuf", "occurrence": 1},
    "audit:verify": {},
}
ACTION_DATA.update({name: {} for name in ACTIONS if name not in ACTION_DATA})


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_action_cell(role, name, inventory):
    client = Client()
    login_verified(client, UserFactory(roles=[Role(role)]))
    response = client.post(_url(name, inventory), ACTION_DATA[name])
    body = _content(response)
    if ACTIONS[name][role]:
        assert response.status_code in (200, 302, 400), (
            f"{role} should be able to {name}"
        )
    else:
        assert response.status_code == 403, f"{role} must not {name}"
        assert SECRET_TEXT.encode() not in body
    mention = Mention.objects.get(pk=inventory["mention"])
    if name == "dossiers:mention_decide":
        assert (mention.status == "confirmed") == ACTIONS[name][role]


def test_action_roles_match():
    assert _ACTION_ROLES == ROLES
