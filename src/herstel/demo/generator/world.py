# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The fictitious world: people with unique names and identifiers."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import TypeVar

from .people import _BIRTHPLACES
from .people import _BUREAUS
from .people import _GIVEN
from .people import _JOBS
from .people import _MINISTRY
from .people import _MUNICIPALITIES
from .people import _ORGANISATION_NAMES
from .people import _RELIGION_PHRASES
from .people import _RELIGIONS_BY_BACKGROUND
from .people import _ROLES
from .people import _SECOND_GIVEN
from .people import _STAFF_ROLES
from .people import _STREETS
from .people import _SURNAMES
from .people import _TITLED_ROLES
from .people import _bsn
from .people import _group
from .people import _iban
from .people import _phone
from .people import _postcode
from .text import _ascii
from .text import _capitalise
from .text import _dutch_date
from .values import Organisation
from .values import Person

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class _Profile:
    """A person plus the details that templates may reveal about them."""

    person: Person
    gender: str
    background: str
    group: str
    """``ministry``, ``research`` or ``municipality`` for staff, else ``subject``."""
    employer: str
    organisation: Organisation | None
    first_forms: tuple[str, ...]
    variants: tuple[str, ...]
    attributes: dict[str, str] = field(hash=False, compare=False)

    @property
    def is_staff(self) -> bool:
        return self.group != "subject"


@dataclass(slots=True)
class _World:
    """All people and organisations, shared by both dossiers."""

    organisations: dict[str, list[Organisation]]
    """By dossier theme."""
    subjects: dict[str, list[_Profile]]
    """By organisation name."""
    staff: dict[str, list[_Profile]]
    """``ministry`` and ``research`` lists, plus one list per municipality."""
    org_ibans: dict[str, str]
    requester: _Profile
    """The person who files the demo's answered access request: a member of a
    mosque in the first dossier, with a surname nobody else carries."""


def _weighted(rng: random.Random, options: Sequence[tuple[_T, int]]) -> _T:
    """Choose one value; each option is ``(value, weight)``."""
    values = [value for value, _ in options]
    weights = [weight for _, weight in options]
    return rng.choices(values, weights)[0]


class _WorldBuilder:
    """Create fictitious people with unique names and identifiers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.emails: set[str] = set()
        self.bsns: set[str] = set()

    def person(
        self,
        *,
        gender: str,
        background: str,
        group: str,
        role: str,
        place: str,
        religion: str | None,
        organisation: Organisation | None,
        employer: str,
        domain: str,
    ) -> _Profile:
        rng = self.rng
        while True:
            given = rng.choice(_GIVEN[(background, gender)].split())
            if background == "nl" and rng.random() < 0.3:
                second = rng.choice(_SECOND_GIVEN[gender])
                if second != given:
                    given = f"{given} {second}"
            raw = rng.choice(_SURNAMES[background].split()).replace("_", " ")
            prefix, _, base = raw.rpartition("|")
            surname = f"{prefix} {base}" if prefix else base
            name = f"{given} {surname}"
            if name not in self.names:
                self.names.add(name)
                break
        initials = "".join(f"{part[0]}." for part in given.split())
        alone = _capitalise(surname)
        mister, missus = ("dhr.", "de heer"), ("mevrouw", "mw.")
        honorifics = mister if gender == "m" else missus
        variants = [
            f"{initials} {surname}",
            alone,
            f"{honorifics[0]} {alone}",
            f"{honorifics[1]} {alone}",
            f"{honorifics[rng.randrange(2)]} {initials} {surname}",
        ]
        first_forms = [name]
        if role in _TITLED_ROLES:
            variants.append(f"{role} {alone}")
            first_forms.append(f"{role} {name}")
        if prefix and background == "ma":
            variants.append(f"{given} {alone}")

        local = f"{_ascii(given.split()[0][0])}.{_ascii(surname)}".lower()
        email = f"{local}@{domain}"
        counter = 2
        while email in self.emails:
            email = f"{local}{counter}@{domain}"
            counter += 1
        self.emails.add(email)
        bsn = _bsn(rng)
        while bsn in self.bsns:
            bsn = _bsn(rng)
        self.bsns.add(bsn)
        age = rng.randint(19, 68)
        birth = dt.date(2018 - age, rng.randint(1, 12), rng.randint(1, 28))
        attributes = {
            "role": role,
            "place": place,
            "rel": _RELIGION_PHRASES[religion],
            "pron": "hij" if gender == "m" else "zij",
            "obj": "hem" if gender == "m" else "haar",
            "poss": "zijn" if gender == "m" else "haar",
            "age": str(age),
            "since": str(rng.randint(2006, 2015)),
            "conv": str(rng.randint(2008, 2015)),
            "phone": _phone(rng),
            "email": email,
            "street": f"{rng.choice(_STREETS)} {rng.randint(1, 180)}",
            "postcode": _postcode(rng),
            "bsn": bsn,
            "iban": _iban(rng),
            "birthdate": _dutch_date(birth),
            "birthplace": rng.choice(_BIRTHPLACES.get(background, ("Utrecht",))),
            "job": rng.choice(_JOBS),
            "first": given.split()[0],
            "org": organisation.name if organisation else employer,
            "orgplace": organisation.place if organisation else place,
            "dear": f"{'heer' if gender == 'm' else 'mevrouw'} {alone}",
        }
        person = Person(
            name=name,
            given_name=given,
            surname=surname,
            place=place,
            religion=religion,
            role=role,
        )
        return _Profile(
            person=person,
            gender=gender,
            background=background,
            group=group,
            employer=employer,
            organisation=organisation,
            first_forms=tuple(first_forms),
            variants=tuple(variants),
            attributes=attributes,
        )


def _build_world(rng: random.Random) -> _World:
    """Create organisations, subjects and staff for both dossiers."""
    builder = _WorldBuilder(rng)
    places = list(_MUNICIPALITIES)
    rng.shuffle(places)

    all_orgs: list[tuple[str, Organisation]] = []
    for index, (group, names) in enumerate(_ORGANISATION_NAMES.items()):
        for kind, name in names:
            place = places[(len(all_orgs) + index) % 24]
            all_orgs.append((group, Organisation(name=name, kind=kind, place=place)))
    muslim = [org for group, org in all_orgs if group == "muslim"]
    others = [org for group, org in all_orgs if group != "muslim"]
    # Overlap on purpose: some organisations (and their people) are in both.
    split = len(muslim) // 2
    by_theme = {
        "sal": muslim[: split + 2] + others[:3],
        "tf": muslim[split - 1 :] + others[2:],
    }
    bureaus = [
        Organisation(name=name, kind="research_bureau", place=place)
        for name, place in zip(_BUREAUS, ("Utrecht", "Amsterdam"), strict=True)
    ]
    for theme in by_theme:
        by_theme[theme] = by_theme[theme] + bureaus

    subjects: dict[str, list[_Profile]] = {}
    group_of = {org.name: group for group, org in all_orgs}
    backgrounds = (("ma", 40), ("tr", 20), ("nl", 25), ("sr", 15))
    for _, org in all_orgs:
        group = group_of[org.name]
        members: list[_Profile] = []
        size = rng.randint(4, 7)
        while len(members) < size:
            background = _weighted(rng, backgrounds)
            religion = _weighted(rng, _RELIGIONS_BY_BACKGROUND[background])
            # People of other beliefs turn up in neighbourhood organisations.
            if _group(religion) != group and not (
                group == "other" and rng.random() < 0.5
            ):
                continue
            place = org.place if rng.random() < 0.7 else rng.choice(places)
            gender = rng.choice(("m", "f"))
            members.append(
                builder.person(
                    gender=gender,
                    background=background,
                    group="subject",
                    role=rng.choice(_ROLES[(group, gender)]),
                    place=place,
                    religion=religion,
                    organisation=org,
                    employer=org.name,
                    domain="example.org",
                )
            )
        subjects[org.name] = members

    staff: dict[str, list[_Profile]] = {"ministry": [], "research": []}
    staff_backgrounds = (("nl", 60), ("ma", 15), ("tr", 10), ("sr", 15))

    def hire(
        group: str,
        homes: Sequence[str],
        organisation: Organisation | None,
        employer: str,
        domain: str,
    ) -> None:
        staff[group].append(
            builder.person(
                gender=rng.choice(("m", "f")),
                background=_weighted(rng, staff_backgrounds),
                group=group,
                role=rng.choice(_STAFF_ROLES[group]),
                place=rng.choice(homes),
                religion=None,
                organisation=organisation,
                employer=employer,
                domain=domain,
            )
        )

    ministry_homes = ("Den Haag", "Delft", "Leiden", "Zoetermeer")
    for _ in range(7):
        hire("ministry", ministry_homes, None, _MINISTRY, "example.nl")
    for bureau in bureaus:
        for _ in range(3):
            hire("research", places, bureau, bureau.name, "example.org")
    for place in sorted({org.place for _, org in all_orgs} | set(places[:30])):
        staff[place] = [
            builder.person(
                gender=rng.choice(("m", "f")),
                background=_weighted(rng, staff_backgrounds),
                group="municipality",
                role=rng.choice(_STAFF_ROLES["municipality"]),
                place=place,
                religion=None,
                organisation=None,
                employer=f"gemeente {place}",
                domain="example.nl",
            )
        ]
    org_ibans = {org.name: _iban(rng) for _, org in all_orgs}
    return _World(
        organisations=by_theme,
        subjects=subjects,
        staff=staff,
        org_ibans=org_ibans,
        requester=_requester(by_theme["sal"], subjects, staff),
    )


def _requester(
    organisations: list[Organisation],
    subjects: dict[str, list[_Profile]],
    staff: dict[str, list[_Profile]],
) -> _Profile:
    """The first Muslim member of a first-dossier organisation whose surname is
    unique, chosen without the random generator (the rest stays as it was)."""
    everyone = [p for group in (*subjects.values(), *staff.values()) for p in group]
    surnames = [p.person.surname.split()[-1] for p in everyone]
    for organisation in organisations:
        for profile in subjects.get(organisation.name, []):
            if (
                _group(profile.person.religion) == "muslim"
                and surnames.count(profile.person.surname.split()[-1]) == 1
            ):
                return profile
    raise ValueError("no demo requester in this world")
