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
from django.urls import URLPattern
from django.urls import URLResolver
from django.urls import get_resolver
from django.urls import reverse

import pytest

from herstel.accounts.constants import Role
from herstel.accounts.middleware import OPEN_URL_NAMES
from herstel.core.testing.permissions import matrix_url
from herstel.disposition.tests.matrix import disposition_objects
from herstel.disposition.tests.matrix import disposition_url
from herstel.dossiers.models import Mention
from herstel.dossiers.services import document_store
from herstel.dossiers.services import dossier_create
from herstel.network.tests import matrix as network_matrix
from herstel.notices.tests.factories import notices_objects
from herstel.notices.tests.factories import notices_url
from herstel.notices.tests.factories import subject_in_inventory
from herstel.partners.tests.matrix import PUBLIC_URL_NAMES as PARTNERS_PUBLIC
from herstel.partners.tests.matrix import partners_objects
from herstel.partners.tests.matrix import partners_url
from herstel.tests.world import world_once
from herstel.woo.tests.matrix import woo_objects
from herstel.woo.tests.matrix import woo_url

from .factories import UserFactory
from .factories import verified_client

DOC = Path(__file__).resolve().parents[4] / "docs" / "permissions.md"
OUTSIDE_MATRIX = {
    # Reachable before the second factor: logging in, the language link and the
    # organisation's look (issue 16), no data; setting up the authenticator app
    # is in the matrix.
    *(OPEN_URL_NAMES - {"accounts:setup"}),
    *PARTNERS_PUBLIC,
    *network_matrix.OUTSIDE_MATRIX,
    # Citizens' pages of access requests: see the doc and inquiries/tests.
    "inquiries:public_form_default",
    "inquiries:public_form",
    "inquiries:public_done",
    "inquiries:identity_login",
    "inquiries:identity_callback",
    "inquiries:download",
    "inquiries:download_file",
}
SECRET_TEXT = "Fictieve Yusuf Kaya uit Ede"
SECRET_FILENAME = "notitie-kaya.txt"
SECRET_REQUESTER = "Fictieve Ayse Demir"


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


def test_every_url_outside_the_matrix_exists():
    """A page named open or public that no URL has is a stale entry: the next
    page given that name would be open before anyone checked it."""
    stale = OUTSIDE_MATRIX - _url_names()
    assert not stale, sorted(stale)


def _build_inventory() -> dict:
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
        "partners": partners_objects(),
        "network": network_matrix.objects(),
        "notices": notices_objects(subject_in_inventory(slug="matrix-notices")),
        "woo": woo_objects(),
        **_access_request(loader),
    }


@pytest.fixture(scope="module")
def _inventory_world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The matrix's objects, built once per module (and per xdist worker)."""
    directory = tmp_path_factory.mktemp("matrix-world")
    with world_once(django_db_blocker, directory, _build_inventory) as world:
        yield world


@pytest.fixture
def inventory(_inventory_world, db, settings):
    """Each cell runs in a savepoint, with its own copy of the vault files."""
    return _inventory_world.enter(settings)


def _access_request(analyst) -> dict:
    """An answered access request with an original message, and a subject."""
    from herstel.dossiers.models import Subject
    from herstel.inquiries.services import answer_approve
    from herstel.inquiries.services import outcome_propose
    from herstel.inquiries.services import request_submit
    from herstel.inquiries.services import request_verify
    from herstel.inquiries.tests.conftest import johan_data
    from herstel.inquiries.tests.factories import CampaignFactory

    request = request_submit(
        campaign=CampaignFactory(),
        data=johan_data(names=(SECRET_REQUESTER,)),
        channel="email",
        verification_method="in_person",
        actor=analyst,
        attachments=[("verzoek.eml", SECRET_REQUESTER.encode())],
    )
    request_verify(
        request=request, actor=analyst, method="in_person", document_kind="passport"
    )
    outcome_propose(request=request, actor=analyst)
    answer_approve(request=request, actor=UserFactory(roles=[Role.REVIEWER]))
    from herstel.core.models import TaskRun

    task = TaskRun.objects.create(
        kind="inquiries.answer", owner=analyst, reference=request.reference
    )
    from herstel.reports.models import ReportPdf

    report = ReportPdf.objects.create(period="2026", data=b"%PDF-1.4\n")
    return {
        "report": report.pk,
        "task": task.pk,
        "request": request.reference,
        "attachment": request.attachments.get().pk,
        "subject": Subject.objects.first().pk,
        "disposition": disposition_objects(),
    }


# The URLs whose positional arguments are objects of the inventory.
_ARGS = {
    "dossiers:subject": ("subject",),
    "dossiers:subject_decide": ("subject",),
    "dossiers:mention_decide": ("reference", "mention"),
    "tasks:progress": ("task",),
    "reports:parliament_file": ("report",),
    "inquiries:attachment": ("request", "attachment"),
    "inquiries:subject_review": ("request", "subject"),
}


def _url(name: str, inventory: dict) -> str:
    if name.startswith("partners:"):
        return partners_url(name, inventory["partners"])
    if name.startswith("network:"):
        return network_matrix.url(name, inventory["network"])
    if name.startswith("notices:"):
        return notices_url(name, inventory["notices"])
    if name.startswith("woo:"):
        return woo_url(name, inventory["woo"])
    if name in _ARGS:
        return matrix_url(name, inventory, _ARGS)
    if name == "inquiries:answer_file":
        return reverse(name, args=[inventory["request"], "letter"])
    if name in {"inquiries:letter_edit", "inquiries:letter_preview_pdf"}:
        return reverse(name, args=["answer", "nl"])
    if name.startswith("inquiries:") and name not in {
        "inquiries:dashboard",
        "inquiries:worklist",
        "inquiries:register",
        "inquiries:letters",
    }:
        return reverse(name, kwargs={"reference": inventory["request"]})
    if name.startswith("disposition:"):
        return disposition_url(name, inventory["disposition"])
    if name in {"dossiers:detail", "dossiers:upload", "dossiers:review_queue"}:
        return reverse(name, kwargs={"slug": inventory["slug"]})
    if name.startswith("dossiers:document") or name == "dossiers:mention_add":
        return reverse(name, kwargs={"reference": inventory["reference"]})
    return reverse(name)


def missing_describedby_targets(page: str) -> set[str]:
    """Ids an ``aria-describedby`` names that the page does not have."""
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    named = {
        target
        for value in re.findall(r'aria-describedby="([^"]*)"', page)
        for target in value.split()
    }
    return named - ids


def _role_client(role):
    """A client logged in as a new user with ``role`` (and the network
    profile the network pages need)."""
    user = UserFactory(roles=[Role(role)])
    network_matrix.prepare(user)
    return verified_client(user)


def _content(response) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_matrix_cell(role, name, inventory):
    client = _role_client(role)
    response = client.get(_url(name, inventory))
    body = _content(response)
    if MATRIX[name][role]:
        assert response.status_code == 200, f"{role} should open {name}"
        if response.get("Content-Type", "").startswith("text/html"):
            assert not missing_describedby_targets(body.decode()), name
    else:
        assert response.status_code in (302, 403), f"{role} must not open {name}"
        assert SECRET_TEXT.encode() not in body
        assert SECRET_FILENAME.encode() not in body
        assert SECRET_REQUESTER.encode() not in body


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_anonymous_is_sent_to_login(name, _inventory_world, db):
    # The shared world only supplies real URL arguments: nothing is copied, as
    # an anonymous request must be turned away before it reads anything.
    response = Client().get(_url(name, _inventory_world.data))
    assert response.status_code == 302
    assert "login" in response["Location"]


ACTION_DATA = {
    "dossiers:upload": {},
    "dossiers:mention_decide": {"status": "confirmed"},
    "dossiers:mention_add": {"category": "person", "text": "Yusuf", "occurrence": 1},
    "audit:verify": {},
    **network_matrix.ACTION_DATA,
    "dossiers:subject_decide": {"action": "confirm"},
    "inquiries:register": {},
    "inquiries:invite": {},
    "inquiries:verify": {},
    "inquiries:extend": {},
    "inquiries:match": {},
    "inquiries:propose": {},
    "inquiries:approve": {"decision": "return", "note": ""},
    "inquiries:objection": {},
}
ACTION_DATA.update({name: {} for name in ACTIONS if name not in ACTION_DATA})


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_action_cell(role, name, inventory):
    client = _role_client(role)
    response = client.post(_url(name, inventory), ACTION_DATA.get(name, {}))
    body = _content(response)
    if ACTIONS[name][role]:
        assert response.status_code in (200, 302, 400), (
            f"{role} should be able to {name}"
        )
    else:
        assert response.status_code == 403, f"{role} must not {name}"
        assert SECRET_TEXT.encode() not in body
        assert SECRET_REQUESTER.encode() not in body
    mention = Mention.objects.get(pk=inventory["mention"])
    if name == "dossiers:mention_decide":
        assert (mention.status == "confirmed") == ACTIONS[name][role]


def test_action_roles_match():
    assert _ACTION_ROLES == ROLES
