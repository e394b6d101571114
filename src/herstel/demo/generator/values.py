# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Public value types: the people, organisations, documents and dossiers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Person:
    """A fictitious person who is mentioned in demo documents."""

    name: str
    """Full name as first written in a document, e.g. ``"Ahmed el Amrani"``."""
    given_name: str
    """Given name(s), e.g. ``"Jan Pieter"``."""
    surname: str
    """Surname including any prefix, e.g. ``"van der Berg"``."""
    place: str
    """Municipality of residence (real municipality, fictitious resident)."""
    religion: str | None
    """Religious affiliation as written in the documents, or ``None``."""
    role: str
    """Role as written in the documents, e.g. ``"imam"`` or ``"beleidsmedewerker"``."""


@dataclass(frozen=True, slots=True)
class Organisation:
    """A fictitious organisation named in demo documents."""

    name: str
    kind: str
    """One of ``mosque``, ``foundation``, ``youth_organisation``, ``church``,
    ``temple``, ``association`` or ``research_bureau``."""
    place: str


@dataclass(frozen=True, slots=True)
class DemoDocument:
    """One generated file."""

    filename: str
    """E.g. ``"2017-03-14 Verslag gesprek Moskee Al-Waha.pdf"``."""
    data: bytes
    media_type: str
    kind: str
    """``policy_note``, ``research_report``, ``email``, ``meeting_notes`` or
    ``memo``."""
    persons: tuple[str, ...]
    """Full names of every :class:`Person` mentioned, attachments included, in
    order of first mention. Ground truth for detection tests."""


@dataclass(frozen=True, slots=True)
class DemoDossier:
    """A dossier with its documents and the people and organisations in it."""

    slug: str
    title: str
    description: str
    documents: tuple[DemoDocument, ...]
    persons: tuple[Person, ...]
    """Every person mentioned in at least one document of this dossier."""
    organisations: tuple[Organisation, ...]
