# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Steps against a running production profile, each in its own process.

``python -m herstel.tests.deployment.profile_driver STEP '{json arguments}'`` with
the profile's environment; prints one JSON line. The steps use the services,
as a staff member's browser would through the pages, so the test and the
load test can set up data and check consistency in a separate process from
the web servers and workers.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
import secrets
import sys
from collections.abc import Callable
from typing import Any

PASSWORD = "profile-password-not-secret"


@functools.cache
def _password_hash() -> str:
    """One PBKDF2 hash for every seeded account (same password): hashing it
    per account took minutes of the load test's set-up on a busy machine."""
    from django.contrib.auth.hashers import make_password

    return make_password(PASSWORD)


def _user(username: str, role: Any) -> dict[str, str]:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from herstel.accounts.models import User
    from herstel.accounts.services import user_create

    user = User.objects.filter(username=username).first()
    if user is None:
        user = user_create(username=username, password=None, roles=[role])
        user.password = _password_hash()
        user.save(update_fields=["password"])
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        key = secrets.token_hex(20)
        device = TOTPDevice.objects.create(
            user=user, name="profile", key=key, confirmed=True
        )
    return {"username": username, "password": PASSWORD, "key": device.key}


def seed(*, staff: int = 1, dossiers: tuple[str, ...] = ()) -> dict[str, Any]:
    """Staff users with known TOTP keys, dossiers, an open campaign."""
    from django.utils import timezone

    from herstel.accounts.constants import Role
    from herstel.dossiers.models import Dossier
    from herstel.dossiers.services import dossier_create
    from herstel.inquiries.models import Campaign

    analysts = [_user(f"analist{n}", Role.ANALYST) for n in range(1, staff + 1)]
    reviewer = _user("reviewer1", Role.REVIEWER)
    for slug in dossiers:
        if not Dossier.objects.filter(slug=slug).exists():
            dossier_create(slug=slug, title=slug.capitalize())
    campaign = Campaign.objects.filter(slug="inzage").first()
    if campaign is None:
        today = timezone.localdate()
        campaign = Campaign.objects.create(
            slug="inzage",
            title="Inzage",
            opens_on=today - datetime.timedelta(days=30),
            closes_on=today + datetime.timedelta(days=30),
            destruction_from=today + datetime.timedelta(days=120),
            objection_days=42,
            explanation="Vraag of wij gegevens over u hebben.",
            privacy_statement="Alleen voor uw verzoek.",
            purposes="Onderzoek (onrechtmatig).",
            source="Documenten",
        )
        if dossiers:
            campaign.dossiers.set(Dossier.objects.filter(slug=dossiers[0]))
    return {"analysts": analysts, "reviewer": reviewer, "campaign": campaign.slug}


def documents(*, dossier: str) -> dict[str, Any]:
    from django.db.models import Count

    from herstel.dossiers.models import Document

    counts = (
        Document.objects.filter(dossier__slug=dossier)
        .values("status")
        .annotate(n=Count("pk"))
    )
    return {row["status"]: row["n"] for row in counts}


def answer(*, reference: str) -> dict[str, Any]:
    """Verify, match, propose (analyst) and approve (reviewer) a request."""
    from django.conf import settings
    from django.core import mail

    from herstel.accounts.models import User
    from herstel.dossiers.selectors import subject_search
    from herstel.inquiries.constants import MatchDecision
    from herstel.inquiries.constants import VerificationMethod
    from herstel.inquiries.models import AccessRequest
    from herstel.inquiries.services import answer_approve
    from herstel.inquiries.services import match_decide
    from herstel.inquiries.services import outcome_propose
    from herstel.inquiries.services import request_data
    from herstel.inquiries.services import request_verify

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    analyst = User.objects.get(username="analist1")
    reviewer = User.objects.get(username="reviewer1")
    request = AccessRequest.objects.get(reference=reference)
    request_verify(
        request=request,
        actor=analyst,
        method=VerificationMethod.IN_PERSON,
        document_kind="passport",
    )
    data = request_data(request)
    found = subject_search(actor=analyst, names=data.names, places=data.places)
    for candidate in found[:1]:
        match_decide(
            request=request,
            subject=candidate.subject,
            decision=MatchDecision.MATCH,
            reason="Zelfde naam en woonplaats",
            actor=analyst,
        )
    outcome_propose(request=request, actor=analyst)
    result = answer_approve(request=request, actor=reviewer)
    token = ""
    for message in mail.outbox:
        match = re.search(r"/inzage/download/([\w-]+)/", str(message.body))
        if match:
            token = match.group(1)
    return {
        "matched": len(found[:1]),
        "documents": result.documents,
        "token": token,
    }


def destroy(*, dossier: str) -> dict[str, Any]:
    """Propose, approve and start a destruction run of a dossier (on a worker)."""
    from django.utils import timezone

    from herstel.accounts.models import User
    from herstel.disposition.constants import Action
    from herstel.disposition.models import Disposition
    from herstel.disposition.services import disposition_decide
    from herstel.disposition.services import disposition_propose_bulk
    from herstel.disposition.services import run_approve
    from herstel.disposition.services import run_prepare
    from herstel.disposition.services import run_submit
    from herstel.disposition.tasks import run_execute_start
    from herstel.dossiers.models import Document
    from herstel.dossiers.models import Dossier

    analyst = User.objects.get(username="analist1")
    reviewer = User.objects.get(username="reviewer1")
    target = Dossier.objects.get(slug=dossier)
    docs = list(Document.objects.filter(dossier=target).order_by("pk"))
    disposition_propose_bulk(
        documents=docs,
        action=Action.DESTROY,
        reason="Onrechtmatig verwerkt",
        legal_basis="AVG art. 17",
        actor=analyst,
    )
    for disposition in Disposition.objects.filter(document__in=docs):
        disposition_decide(disposition=disposition, approve=True, actor=reviewer)
    run = run_prepare(
        dossier=target,
        planned_for=timezone.localdate(),
        legal_basis="AVG art. 17",
        actor=analyst,
    )
    run = run_submit(run=run, actor=analyst)
    run = run_approve(run=run, actor=reviewer)
    run_execute_start(run=run, actor=analyst)
    secrets_before = [
        [key, blob]
        for doc in docs
        for key, blob in (
            (doc.original_key_id, doc.original_blob),
            (doc.text_key_id, doc.text_blob),
        )
        if key
    ]
    return {"run": run.pk, "documents": len(docs), "destroyed": secrets_before}


def run_status(*, run: int) -> dict[str, Any]:
    from django.db.models import Count

    from herstel.disposition.models import DestructionRun

    found = DestructionRun.objects.get(pk=run)
    items = found.items.values("status").annotate(n=Count("pk"))
    return {
        "status": found.status,
        "items": {row["status"]: row["n"] for row in items},
        "certificate": bool(found.certificate),
    }


def verify(*, destroyed: list[list[str]], kept_dossier: str) -> dict[str, Any]:
    """The audit chain, the key store and storage agree with the database."""
    from herstel.audit.selectors import audit_chain_verify
    from herstel.dossiers.constants import DocumentStatus
    from herstel.dossiers.models import Document
    from herstel.dossiers.services import PURPOSE_TEXT
    from herstel.vault.keystore import KeyShreddedError
    from herstel.vault.services import SealedBlob
    from herstel.vault.services import blob_read
    from herstel.vault.services import blob_storage
    from herstel.vault.services import keystore_get

    report = audit_chain_verify()
    store = keystore_get()
    storage = blob_storage()
    problems: list[str] = []
    for key_id, blob_name in destroyed:
        if not store.is_shredded(key_id):
            problems.append(f"key not shredded: {key_id}")
        if storage.exists(blob_name):
            problems.append(f"blob left behind: {blob_name}")
    kept = Document.objects.filter(
        dossier__slug=kept_dossier, status=DocumentStatus.EXTRACTED
    )
    readable = 0
    for document in kept:
        try:
            blob_read(
                blob=SealedBlob(
                    key_id=document.text_key_id, blob_name=document.text_blob
                ),
                purpose=PURPOSE_TEXT,
            )
        except (KeyShreddedError, OSError) as exc:
            problems.append(f"kept document unreadable: {document.pk} {exc}")
        else:
            readable += 1
    return {
        "audit_ok": report.ok,
        "audit_checked": report.checked,
        "readable": readable,
        "problems": problems,
    }


def bench_targets() -> dict[str, Any]:
    """Pages for the load test to visit: dossiers, documents, requests."""
    from herstel.dossiers.constants import DocumentStatus
    from herstel.dossiers.models import Document
    from herstel.dossiers.models import Dossier
    from herstel.inquiries.models import AccessRequest
    from herstel.inquiries.models import Campaign

    campaign = Campaign.objects.order_by("pk").first()
    return {
        "dossiers": list(Dossier.objects.values_list("slug", flat=True)[:20]),
        "documents": list(
            Document.objects.filter(status=DocumentStatus.EXTRACTED)
            .order_by("pk")
            .values_list("reference", flat=True)[:200]
        ),
        "requests": list(
            AccessRequest.objects.filter(destroyed_at__isnull=True)
            .order_by("pk")
            .values_list("reference", flat=True)[:50]
        ),
        "campaign": campaign.slug if campaign else "",
    }


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "seed": seed,
    "documents": documents,
    "answer": answer,
    "destroy": destroy,
    "run_status": run_status,
    "verify": verify,
    "bench_targets": bench_targets,
}


def main() -> None:
    import django

    django.setup()
    step = STEPS[sys.argv[1]]
    arguments = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    if "dossiers" in arguments:
        arguments["dossiers"] = tuple(arguments["dossiers"])
    print(json.dumps(step(**arguments)))  # noqa: T201


if __name__ == "__main__":
    main()
