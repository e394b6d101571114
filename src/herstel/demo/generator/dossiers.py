# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Documents and dossiers: the entry point :func:`generate_dossiers`."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import replace

from .compose import _Block
from .compose import _Composer
from .documents import _COMPOSERS
from .documents import _TARGETS
from .documents import _ensure_minimum
from .formats import _EXTENSIONS
from .formats import _KINDS_BY_FORMAT
from .formats import DOCX
from .formats import EML
from .formats import FORMAT_SHARES
from .formats import PDF
from .formats import TXT
from .mail import _EMAIL_MODES
from .mail import _build_email
from .people import _MUNICIPALITIES
from .people import _ORGANISATION_NAMES
from .phrases.titles import _TITLES
from .render import _RENDERERS
from .values import DemoDocument
from .values import DemoDossier
from .values import Person
from .world import _build_world
from .world import _Profile
from .world import _weighted
from .world import _World

REQUESTER_DOCUMENTS = 3
"""Documents of the first dossier that carry the passage about the demo
requester (their place of residence and religion)."""

_FIRST_DAY = dt.date(2016, 1, 4)
_LAST_DAY = dt.date(2019, 12, 20)

# Slug, title, description and theme of each dossier (Dutch demo data).
_DOSSIERS = (
    (
        "salafisme-2016-2019",
        "Salafisme en aanverwante onderwerpen 2016–2019",
        "Krachtenveldanalyses, nota's, verslagen en e-mails over salafistische "
        "invloeden in gemeenten, 2016–2019.",
        "sal",
    ),
    (
        "taskforce-pgobf",
        "Taskforce Problematisch Gedrag en Ongewenste Buitenlandse Financiering",
        "Stukken van de Taskforce over problematisch gedrag en buitenlandse "
        "financiering van religieuze en maatschappelijke organisaties.",
        "tf",
    ),
)


def _weekday(rng: random.Random) -> dt.date:
    span = (_LAST_DAY - _FIRST_DAY).days
    day = _FIRST_DAY + dt.timedelta(days=rng.randrange(span + 1))
    if day.weekday() >= 5:
        day -= dt.timedelta(days=day.weekday() - 4)
    return day


def _safe_filename(title: str) -> str:
    cleaned = re.sub(r"^(RE|FW): ", r"\1 ", title)
    cleaned = re.sub(r'[\\/:*?"<>|]', "", cleaned)
    return " ".join(cleaned.split())


class _DossierWriter:
    """Create the documents of one dossier."""

    def __init__(self, rng: random.Random, world: _World, theme: str) -> None:
        self.rng = rng
        self.world = world
        self.theme = theme
        self.organisations = [
            org for org in world.organisations[theme] if org.kind != "research_bureau"
        ]
        self.focus = [org for org in self.organisations if org.name in _MUSLIM_ORGS]
        self.subjects = [
            subject
            for org in self.organisations
            for subject in world.subjects.get(org.name, [])
        ]
        self.requester_left = REQUESTER_DOCUMENTS if theme == "sal" else 0

    def composer(
        self,
        kind: str,
        date: dt.date,
        used: set[int],
        extra: _Profile | None = None,
    ) -> _Composer:
        rng = self.rng
        focus = rng.choice(self.focus)
        members = list(self.world.subjects[focus.name])
        low, high = {
            "research_report": (3, 6),
            "policy_note": (2, 4),
            "meeting_notes": (2, 4),
            "memo": (1, 3),
            "email": (1, 3),
        }[kind]
        size = rng.randint(low, high)
        cast = rng.sample(members, min(len(members), size))
        outsiders = [p for p in self.subjects if p.organisation is not focus]
        cast += rng.sample(outsiders, rng.randint(0, 2))
        if extra is not None and extra not in cast:
            cast.insert(0, extra)
        if kind == "research_report":
            researchers = self.world.staff["research"]
            bureau = rng.randrange(len(researchers) // 3)
            s, t, u = rng.sample(researchers[bureau * 3 : bureau * 3 + 3], 3)
        else:
            s, t, u = rng.sample(self.world.staff["ministry"], 3)
        staff = {"s": s, "t": t, "u": u, "m": self.world.staff[focus.place][0]}
        other = rng.choice([org for org in self.organisations if org is not focus])
        place2 = rng.choice([p for p in _MUNICIPALITIES if p != focus.place])
        return _Composer(
            rng, self.world, self.theme, cast, staff, focus, other, place2, date, used
        )

    def document(self, media_type: str) -> DemoDocument:
        rng = self.rng
        kind = _weighted(rng, _KINDS_BY_FORMAT[media_type])
        date = _weekday(rng)
        used: set[int] = set()
        requester = None
        if self.requester_left and media_type != EML:
            self.requester_left -= 1
            requester = self.world.requester
        composer = self.composer(kind, date, used, requester)
        title = composer.fill(rng.choice(_TITLES[(kind, self.theme)]))
        target = rng.randint(*_TARGETS[kind])
        if media_type == EML:
            mode = _weighted(rng, _EMAIL_MODES)
            # Only civil servants among themselves forward internal notes.
            chance = 0.45 if mode == "internal" else 0.0
            attachments, persons = self._attachments(composer, chance)
            data = _build_email(composer, title, target, mode, attachments)
            names = [p.person.name for p in composer.mentions.order]
            names += [name for name in persons if name not in names]
        else:
            passage = None
            if requester is not None:
                # Composed first, so the passage has the requester's full name.
                passage = composer.paragraph("requester.profile", forced=requester)
            doc = _COMPOSERS[kind](composer, title, target)
            if passage is not None:
                at = next(
                    (i + 1 for i, b in enumerate(doc.blocks) if b.style == "p"),
                    len(doc.blocks),
                )
                doc.blocks.insert(at, _Block("p", passage))
            _ensure_minimum(composer, doc, 160)
            data = _RENDERERS[media_type](doc)
            names = [p.person.name for p in composer.mentions.order]
        filename = (
            f"{date.isoformat()} {_safe_filename(title)}.{_EXTENSIONS[media_type]}"
        )
        return DemoDocument(
            filename=filename,
            data=data,
            media_type=media_type,
            kind=kind,
            persons=tuple(names),
        )

    def _attachments(
        self, composer: _Composer, chance: float
    ) -> tuple[list[tuple[str, bytes, str]], list[str]]:
        rng = self.rng
        attachments: list[tuple[str, bytes, str]] = []
        persons: list[str] = []
        if rng.random() >= chance:
            return attachments, persons
        for _ in range(rng.randint(1, 2)):
            media_type = rng.choice((PDF, DOCX, TXT))
            kind = rng.choice(("memo", "meeting_notes", "policy_note"))
            inner = _Composer(
                rng,
                self.world,
                self.theme,
                composer.cast,
                composer.staff,
                composer.organisation,
                composer.other_organisation,
                composer.place2,
                composer.date,
                composer.used,
            )
            title = inner.fill(rng.choice(_TITLES[(kind, self.theme)]))
            doc = _COMPOSERS[kind](inner, title, rng.randint(150, 350))
            _ensure_minimum(inner, doc, 150)
            name = f"{_safe_filename(title)}.{_EXTENSIONS[media_type]}"
            if any(name == existing for existing, _, _ in attachments):
                name = f"{_safe_filename(title)} (2).{_EXTENSIONS[media_type]}"
            attachments.append((name, _RENDERERS[media_type](doc), media_type))
            persons += [
                p.person.name
                for p in inner.mentions.order
                if p.person.name not in persons
            ]
        return attachments, persons


_MUSLIM_ORGS = frozenset(name for _, name in _ORGANISATION_NAMES["muslim"])


def _format_plan(rng: random.Random, documents: int) -> list[str]:
    """Exact format counts (largest remainder), in random order."""
    exact = [(media_type, share * documents) for media_type, share in FORMAT_SHARES]
    counts = {media_type: int(value) for media_type, value in exact}
    remainder = documents - sum(counts.values())
    by_fraction = sorted(exact, key=lambda item: item[1] - int(item[1]), reverse=True)
    for media_type, _ in by_fraction[:remainder]:
        counts[media_type] += 1
    plan = [media_type for media_type, count in counts.items() for _ in range(count)]
    rng.shuffle(plan)
    return plan


def demo_requester(*, seed: int) -> Person:
    """The fictitious person who files the demo's answered access request.

    Several documents of the first dossier hold a passage about them with
    their place of residence and religion (``generate_dossiers`` with the same
    seed).
    """
    return _build_world(random.Random(seed)).requester.person


def generate_dossiers(*, seed: int, documents: int = 300) -> list[DemoDossier]:
    """Generate the two demo dossiers with ``documents`` files between them.

    The same ``seed`` gives byte-identical output. About 55% of the documents go
    to the first dossier. Formats follow :data:`FORMAT_SHARES`.
    """
    if documents < 0:
        raise ValueError("documents must not be negative")
    rng = random.Random(seed)
    world = _build_world(rng)
    plan = _format_plan(rng, documents)
    first = round(documents * 0.55)
    slices = (plan[:first], plan[first:])
    everyone = {
        profile.person.name: profile.person
        for profiles in (*world.subjects.values(), *world.staff.values())
        for profile in profiles
    }
    dossiers = []
    for (slug, title, description, theme), formats in zip(
        _DOSSIERS, slices, strict=True
    ):
        writer = _DossierWriter(rng, world, theme)
        generated = sorted(
            (writer.document(media_type) for media_type in formats),
            key=lambda document: document.filename,
        )
        documents_out: list[DemoDocument] = []
        seen: dict[str, int] = {}
        for document in generated:
            count = seen.get(document.filename, 0) + 1
            seen[document.filename] = count
            if count > 1:
                stem, _, extension = document.filename.rpartition(".")
                document = replace(document, filename=f"{stem} ({count}).{extension}")
            documents_out.append(document)
        names: dict[str, None] = {}
        for document in documents_out:
            names.update(dict.fromkeys(document.persons))
        dossiers.append(
            DemoDossier(
                slug=slug,
                title=title,
                description=description,
                documents=tuple(documents_out),
                persons=tuple(everyone[name] for name in names),
                organisations=tuple(world.organisations[theme]),
            )
        )
    return dossiers
