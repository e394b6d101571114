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


def _matrix() -> tuple[list[str], dict[str, dict[str, bool]]]:
    lines = DOC.read_text(encoding="utf-8").splitlines()
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


ROLES, MATRIX = _matrix()


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
    missing = _url_names() - set(MATRIX) - OUTSIDE_MATRIX
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
    return {"slug": dossier.slug, "reference": document.reference}


def _url(name: str, inventory: dict[str, str]) -> str:
    if name == "dossiers:detail":
        return reverse(name, kwargs={"slug": inventory["slug"]})
    if name.startswith("dossiers:document"):
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
