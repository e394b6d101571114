# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The privacy guard: no personal data of people in the partner register.

Free text is scanned with the detection engine before it is saved. Findings of
the categories in :data:`~.constants.GUARDED_CATEGORIES` are refused unless they
lie within the name of a registered organisation or a privacy officer allowed
that exact finding. Nothing here stores or logs the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.crypto import salted_hmac

from herstel.detection.base import Category
from herstel.detection.services import text_scan

from .constants import GUARD_PROFILE
from .constants import GUARDED_CATEGORIES

_SPACES = re.compile(r"\s+")
_DIGEST_SALT = "herstel.partners.guard"


@dataclass(frozen=True, slots=True)
class Finding:
    """Personal data in one field; ``text`` is shown to the writer, never stored."""

    field: str
    category: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return str(dict(Category.choices).get(self.category, self.category))


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of a refused text; ``finding`` is set for the part to rewrite."""

    text: str
    finding: Finding | None = None


def normalise(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def finding_digest(*, category: str, text: str) -> str:
    """Keyed digest of a finding, so allowances hold no names."""
    return salted_hmac(
        _DIGEST_SALT, f"{category}\x00{normalise(text)}", algorithm="sha256"
    ).hexdigest()


def finding_hint(text: str) -> str:
    """First character and length: enough to recognise, too little to identify."""
    cleaned = normalise(text)
    return f"{cleaned[:1].upper()}… ({len(cleaned)})" if cleaned else ""


def _name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    lowered = text.casefold()
    spans: list[tuple[int, int]] = []
    if len(lowered) != len(text):
        return spans  # offsets would not line up; scan without exemptions
    for name in names:
        needle = name.casefold().strip()
        if len(needle) < 3:
            continue
        position = lowered.find(needle)
        while position >= 0:
            spans.append((position, position + len(needle)))
            position = lowered.find(needle, position + 1)
    return spans


def guard_scan(
    *,
    field: str,
    text: str,
    organisation_names: Iterable[str] = (),
    allowed: frozenset[tuple[str, str]] = frozenset(),
) -> list[Finding]:
    """Return the personal data in ``text`` that the register must not hold.

    ``organisation_names`` are names in the register: a finding inside one is
    part of an organisation's name, not a person. ``allowed`` holds
    ``(category, digest)`` pairs that a privacy officer allowed.
    """
    if not text.strip():
        return []
    exempt = _name_spans(text, organisation_names)
    findings: list[Finding] = []
    for match in text_scan(
        text=text, profile=GUARD_PROFILE, categories=GUARDED_CATEGORIES
    ):
        if any(start <= match.start and match.end <= end for start, end in exempt):
            continue
        span = text[match.start : match.end]
        if (match.category, finding_digest(category=match.category, text=span)) in (
            allowed
        ):
            continue
        findings.append(
            Finding(
                field=field,
                category=match.category,
                start=match.start,
                end=match.end,
                text=span,
            )
        )
    return findings


def guard_check(
    *,
    fields: Mapping[str, str],
    organisation_names: Iterable[str] = (),
    allowed: frozenset[tuple[str, str]] = frozenset(),
) -> dict[str, list[Finding]]:
    """Findings per field name, only for fields that have any."""
    names = list(organisation_names)
    result: dict[str, list[Finding]] = {}
    for field, text in fields.items():
        found = guard_scan(
            field=field, text=text or "", organisation_names=names, allowed=allowed
        )
        if found:
            result[field] = found
    return result


def pieces(text: str, findings: Iterable[Finding]) -> list[Piece]:
    """Split ``text`` into plain parts and the findings to highlight."""
    result: list[Piece] = []
    position = 0
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if finding.start < position:
            continue
        if finding.start > position:
            result.append(Piece(text=text[position : finding.start]))
        result.append(Piece(text=finding.text, finding=finding))
        position = finding.end
    if position < len(text):
        result.append(Piece(text=text[position:]))
    return result
