# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Load the synthetic demo data set: users per role and generated dossiers.

Everything here is fictitious. The TOTP secrets are derived from the seed so
``herstel demo_logins`` can print them; never use these accounts in production.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.management.base import CommandError
from django.db import transaction

from django_otp.plugins.otp_totp.models import TOTPDevice

from herstel.accounts.constants import Role
from herstel.accounts.models import User
from herstel.accounts.services import totp_current_code
from herstel.accounts.services import user_create
from herstel.dossiers.constants import IngestionSource
from herstel.dossiers.constants import LocationKind
from herstel.dossiers.ingestion import IngestFile
from herstel.dossiers.ingestion import ingest
from herstel.dossiers.models import Dossier
from herstel.dossiers.models import StorageLocation
from herstel.dossiers.services import dossier_create

from .generator import generate_dossiers

DEMO_PASSWORD = "demo-Herstel-2026"  # noqa: S105  (printed on purpose: demo only)

DEMO_USERS: tuple[tuple[str, str, str, Role], ...] = (
    ("analyst", "Anna", "Analist", Role.ANALYST),
    ("reviewer", "Ruben", "Reviewer", Role.REVIEWER),
    ("privacy", "Priya", "Privacy", Role.PRIVACY_OFFICER),
    ("policy", "Bram", "Beleid", Role.POLICY_OFFICER),
    ("moderator", "Mo", "Moderator", Role.NETWORK_MODERATOR),
    ("member", "Mila", "Lid", Role.NETWORK_MEMBER),
    ("admin", "Ada", "Beheer", Role.ADMINISTRATOR),
)

LOCATIONS: tuple[tuple[LocationKind, str, str], ...] = (
    (LocationKind.FILE_SHARE, "Afdelingsschijf", "Directie Samenleving en Integratie"),
    (LocationKind.MAIL_SERVER, "Exchange-postbussen", "Functioneel beheer e-mail"),
    (
        LocationKind.BACKUP_SET,
        "Back-upset dagelijkse schijfkopieën",
        "Rijks ICT-dienstverlener",
    ),
    (LocationKind.DOCUMENT_SYSTEM, "DMS dossierregistratie", "Informatiebeheer"),
)


def require_demo_mode() -> None:
    """Refuse the demo commands unless HERSTEL_DEMO is on (development only)."""
    if not settings.HERSTEL_DEMO:
        raise CommandError(
            "The demo commands create accounts with a published password and are "
            "off here. They run with the development settings (HERSTEL_DEMO=true)."
        )


@dataclass(frozen=True, slots=True)
class DemoLogin:
    username: str
    password: str
    role: Role
    otpauth_uri: str | None
    current_code: str | None


def _totp_key(seed: int, username: str) -> str:
    return hashlib.sha1(f"herstel-demo:{seed}:{username}".encode()).hexdigest()  # noqa: S324


@transaction.atomic
def demo_users_ensure(*, seed: int) -> list[User]:
    """Create the demo users (one per role) with confirmed TOTP devices."""
    users = []
    for username, first, last, role in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = user_create(
                username=username,
                password=DEMO_PASSWORD,
                first_name=first,
                last_name=last,
                email=f"{username}@example.org",
                roles=[role],
            )
        if (
            role != Role.NETWORK_MEMBER
            and not TOTPDevice.objects.filter(user=user).exists()
        ):
            TOTPDevice.objects.create(
                user=user, name="demo", confirmed=True, key=_totp_key(seed, username)
            )
        users.append(user)
    return users


def demo_logins() -> list[DemoLogin]:
    """The demo users that exist, each with its role and current TOTP code."""
    logins = []
    for username, _first, _last, role in DEMO_USERS:
        device = TOTPDevice.objects.filter(
            user__username=username, confirmed=True
        ).first()
        if not User.objects.filter(username=username).exists():
            continue
        logins.append(
            DemoLogin(
                username=username,
                password=DEMO_PASSWORD,
                role=role,
                otpauth_uri=device.config_url if device else None,
                current_code=totp_current_code(device=device) if device else None,
            )
        )
    return logins


def _progress_from(
    progress: Callable[[int, int], None], offset: int, total: int, done: int
) -> None:
    progress(offset + done, total)


def demo_load(
    *,
    seed: int,
    documents: int,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Generate the demo dossiers and ingest them; idempotent per content."""
    users = demo_users_ensure(seed=seed)
    loader = users[0]  # the analyst loads the dossiers
    counts = {"dossiers": 0, "documents": 0, "skipped": 0, "failed": 0, "mentions": 0}
    generated = generate_dossiers(seed=seed, documents=documents)
    total = sum(len(d.documents) for d in generated)
    offset = 0
    for spec in generated:
        dossier = Dossier.objects.filter(slug=spec.slug).first()
        if dossier is None:
            dossier = dossier_create(
                slug=spec.slug, title=spec.title, description=spec.description
            )
            for kind, name, custodian in LOCATIONS:
                StorageLocation.objects.create(
                    dossier=dossier, kind=kind, name=name, custodian=custodian
                )
            counts["dossiers"] += 1
        report = ingest(
            dossier=dossier,
            files=[
                IngestFile(name=item.filename, read=functools.partial(bytes, item.data))
                for item in spec.documents
            ],
            actor=loader,
            source=IngestionSource.DEMO,
            jobs=jobs,
            progress=functools.partial(_progress_from, progress, offset, total)
            if progress
            else None,
        )
        offset += len(spec.documents)
        counts["documents"] += report.run.stored
        counts["skipped"] += report.run.duplicates
        counts["failed"] += report.run.failed
        counts["mentions"] += report.run.mentions
    return counts
