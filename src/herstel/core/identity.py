# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The organisation's identity on every PDF Herstel issues.

Name, address, logo and signatory are configuration (``HERSTEL_ORGANISATION_*``
and ``HERSTEL_SIGNATORY_*``, see docs/configuration.md), read in one place so
letters, notices, certificates and reports carry the same letterhead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

__all__ = ["OrganisationIdentity", "organisation_identity"]


@dataclass(frozen=True, slots=True)
class OrganisationIdentity:
    name: str
    address: tuple[str, ...]
    logo: Path | None
    """An existing image file, or None."""
    signatory_name: str
    signatory_role: str


def organisation_identity() -> OrganisationIdentity:
    logo_setting = str(getattr(settings, "HERSTEL_ORGANISATION_LOGO", "") or "")
    logo = Path(logo_setting) if logo_setting else None
    if logo is not None and not (
        logo.is_file() and logo.suffix.lower() in (".png", ".jpg", ".jpeg")
    ):
        logo = None
    return OrganisationIdentity(
        name=str(
            getattr(settings, "HERSTEL_ORGANISATION_NAME", "")
            or getattr(settings, "SITE_NAME", "Herstel")
        ),
        address=tuple(
            str(line).strip()
            for line in getattr(settings, "HERSTEL_ORGANISATION_ADDRESS", [])
            if str(line).strip()
        ),
        logo=logo,
        signatory_name=str(getattr(settings, "HERSTEL_SIGNATORY_NAME", "")),
        signatory_role=str(getattr(settings, "HERSTEL_SIGNATORY_ROLE", "")),
    )
