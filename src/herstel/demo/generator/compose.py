# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Composition: fill templates for a cast of people into blocks of text.

A :class:`_Doc` is a format-neutral list of blocks; :mod:`.render` and
:mod:`.mail` turn it into bytes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field

from .people import _BUREAUS
from .people import _STREETS
from .people import _group
from .phrases import _POOLS
from .phrases import _Template
from .text import _capitalise
from .text import _dutch_date
from .values import Organisation
from .world import _Profile
from .world import _World


@dataclass(slots=True)
class _Block:
    """A structural element of a document."""

    style: str
    """``h1``, ``h2``, ``p``, ``bullet``, ``meta`` or ``table``."""
    text: str = ""
    label: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(slots=True)
class _Doc:
    """A composed document, ready to be rendered in any format."""

    kind: str
    title: str
    date: dt.date
    marking: str
    author: str
    blocks: list[_Block] = field(default_factory=list)
    crlf: bool = False


class _Mentions:
    """Which people one file mentions; the first mention is the full name."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.order: list[_Profile] = []
        self._seen: set[str] = set()

    def has(self, profile: _Profile) -> bool:
        return profile.person.name in self._seen

    def full(self, profile: _Profile) -> str:
        """Register ``profile`` and return the full name."""
        if not self.has(profile):
            self._seen.add(profile.person.name)
            self.order.append(profile)
        return profile.person.name

    def mention(self, profile: _Profile) -> str:
        """Return the full name the first time, later one of the variants."""
        if not self.has(profile):
            self.full(profile)
            return self.rng.choice(profile.first_forms)
        return self.rng.choice((profile.person.name, *profile.variants))


class _Slots:
    """Values for ``str.format_map``, looked up lazily in reading order.

    Laziness matters: the first slot of a person that is formatted becomes the
    full-name mention, so later slots of the same person get variants.
    """

    def __init__(self, composer: _Composer, people: dict[str, _Profile]) -> None:
        self.composer = composer
        self.people = people

    def __getitem__(self, key: str) -> str:
        head, _, attribute = key.partition("_")
        profile = self.people.get(head.lower()) if len(head) == 1 else None
        if profile is None:
            value = self.composer.document_value(key.lower())
        elif not attribute:
            value = self.composer.mentions.mention(profile)
        elif attribute == "quote":
            value = self.composer.quote(profile)
        else:
            value = profile.attributes[attribute]
        return _capitalise(value) if key[:1].isupper() else value


_CONSTRAINTS: dict[str, Callable[[_Profile], bool]] = {
    "muslim": lambda p: _group(p.person.religion) == "muslim",
    "salafi": lambda p: p.person.religion == "salafistisch",
    "convert": lambda p: p.person.religion == "bekeerd",
    "christian": lambda p: _group(p.person.religion) == "christian",
    "hindu": lambda p: _group(p.person.religion) == "hindu",
    "migrant": lambda p: p.background != "nl",
}
_SMALL_NUMBERS = ("twee", "drie", "vier", "vijf", "zes", "zeven")
_AMOUNTS = (
    "€ 7.500",
    "€ 12.000",
    "€ 25.000",
    "€ 40.000",
    "€ 75.000",
    "€ 120.000",
    "€ 250.000",
    "€ 1,2 miljoen",
)


class _Composer:
    """Write the text of one file for a cast of people."""

    def __init__(
        self,
        rng: random.Random,
        world: _World,
        theme: str,
        cast: list[_Profile],
        staff: dict[str, _Profile],
        organisation: Organisation,
        other_organisation: Organisation,
        place2: str,
        date: dt.date,
        used: set[int],
    ) -> None:
        self.rng = rng
        self.world = world
        self.theme = theme
        self.cast = cast
        self.staff = staff
        self.organisation = organisation
        self.other_organisation = other_organisation
        self.place2 = place2
        self.date = date
        self.used = used
        self.mentions = _Mentions(rng)
        self.words = 0

    # -- slot values -------------------------------------------------------

    def document_value(self, key: str) -> str:
        """Return a document-level slot value."""
        rng, date = self.rng, self.date
        if key == "place":
            return self.organisation.place
        if key == "place2":
            return self.place2
        if key == "org":
            return self.organisation.name
        if key == "org2":
            return self.other_organisation.name
        if key == "org_iban":
            return self.world.org_ibans[self.organisation.name]
        if key == "bureau":
            researcher = self.staff["s"]
            if researcher.group == "research":
                return researcher.employer
            return _BUREAUS[date.toordinal() % len(_BUREAUS)]
        if key == "year":
            return str(rng.randint(2012, date.year - 1))
        if key == "docyear":
            return str(date.year)
        if key == "orgyear":
            return str(rng.randint(1984, 2012))
        if key == "date":
            return _dutch_date(date - dt.timedelta(days=rng.randint(3, 120)))
        if key == "date2":
            return _dutch_date(date + dt.timedelta(days=rng.randint(7, 60)))
        if key == "period":
            earlier = date - dt.timedelta(days=rng.randint(30, 200))
            season = ("de winter", "het voorjaar", "de zomer", "het najaar")[
                (earlier.month % 12) // 3
            ]
            return f"{season} van {earlier.year}"
        if key == "num":
            return str(rng.randint(6, 28))
        if key == "few":
            return rng.choice(_SMALL_NUMBERS)
        if key == "hundreds":
            return str(rng.randrange(40, 600, 10))
        if key == "amount":
            return rng.choice(_AMOUNTS)
        if key == "street":
            return rng.choice(_STREETS)
        raise KeyError(key)

    def quote(self, profile: _Profile) -> str:
        """A statement that fits the person's religion."""
        religion = profile.person.religion
        group = _group(religion)
        pool = list(_POOLS["quote.other" if group == "alevi" else f"quote.{group}"])
        if religion == "salafistisch":
            pool += _POOLS["quote.salafi"]
        fresh = [quote for quote in pool if quote.number not in self.used]
        quote = self.rng.choice(fresh or pool)
        self.used.add(quote.number)
        return quote.text

    # -- paragraphs --------------------------------------------------------

    def paragraph(self, pool: str, forced: _Profile | None = None) -> str | None:
        """Fill an unused template of ``pool``, or return ``None``."""
        candidates = [
            template
            for template in _POOLS.get(pool, ())
            if template.number not in self.used and self._theme_fits(template)
        ]
        self.rng.shuffle(candidates)
        for template in candidates:
            people = self._assign(template, forced)
            if people is None:
                continue
            self.used.add(template.number)
            text = template.text.format_map(_Slots(self, people))
            self.words += len(text.split())
            return text
        return None

    def _theme_fits(self, template: _Template) -> bool:
        return all(
            tag not in ("sal", "tf") or tag == self.theme for tag in template.tags
        )

    def _assign(
        self, template: _Template, forced: _Profile | None
    ) -> dict[str, _Profile] | None:
        """Pick subjects for the slots, preferring people not yet mentioned."""
        people = dict(self.staff)
        constraint = next(
            (_CONSTRAINTS[tag] for tag in template.tags if tag in _CONSTRAINTS), None
        )
        fresh = [p for p in self.cast if not self.mentions.has(p)]
        known = [p for p in self.cast if self.mentions.has(p)]
        for letter in template.letters:
            if letter == "a" and forced is not None:
                options = [forced]
            else:
                options = fresh + known
            chosen = None
            for option in options:
                if any(option is taken for taken in people.values()):
                    continue
                if letter == "a" and constraint is not None and not constraint(option):
                    continue
                chosen = option
                break
            if chosen is None:
                return None
            people[letter] = chosen
        return people

    def fill(self, text: str) -> str:
        """Format a short text (a title) with document-level slots."""
        value = text.format_map(_Slots(self, dict(self.staff)))
        self.words += len(value.split())
        return value

    def count(self, text: str) -> str:
        self.words += len(text.split())
        return text
