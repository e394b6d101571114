# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Synthetic government letters and notes with person-name gold spans.

Ministry letters to the Kamer, answers to Kamervragen, internal notes with
numbered headings, decision lists and e-mails with cc lists: the document forms
the detection engine must read (letterheads, field labels, law names, public
bodies, signatures, initials, surname-first lists). Every person is fictitious
(the name pools of :mod:`.people`); only public bodies and laws are real.

:func:`government_letters` returns ``(text, gold)`` pairs, ``gold`` being the
``(start, end)`` of every person name (titles and roles excluded, particles and
initials included), so the benchmark and the tests can score the engine on
documents no rule was tuned to. Deterministic for a seed.
"""

from __future__ import annotations

import random

from .people import _GIVEN
from .people import _SURNAMES

_MINISTRIES = (
    ("Sociale Zaken en Werkgelegenheid", "SZW"),
    ("Binnenlandse Zaken en Koninkrijksrelaties", "BZK"),
    ("Volksgezondheid, Welzijn en Sport", "VWS"),
    ("Justitie en Veiligheid", "JenV"),
    ("Onderwijs, Cultuur en Wetenschap", "OCW"),
    ("Financiën", "FIN"),
)
_DIRECTORATES = (
    "Directie Samenleving en Integratie",
    "Directie Arbeidsmarkt en Sociaal-Economische Aangelegenheden",
    "Directie Participatie en Decentrale Voorzieningen",
    "Directie Curatieve Zorg",
    "Directie Burgerschap en Informatiebeleid",
)
_LAWS = (
    "Participatiewet",
    "Wet gemeentelijke schuldhulpverlening",
    "Algemene wet bestuursrecht",
    "Wet open overheid",
    "Besluit bijstandverlening zelfstandigen 2004",
    "Tijdelijke overbruggingsregeling zelfstandig ondernemers (Tozo)",
    "Uitvoeringswet Algemene verordening gegevensbescherming",
)
_BODIES = (
    "Belastingdienst",
    "Uitvoeringsinstituut Werknemersverzekeringen",
    "Sociale Verzekeringsbank",
    "Autoriteit Persoonsgegevens",
    "Inspectie Justitie en Veiligheid",
    "Raad van State",
    "Vereniging van Nederlandse Gemeenten",
    "Nationale ombudsman",
)
_PARTIES = ("VVD", "D66", "CDA", "SP", "GroenLinks-PvdA", "ChristenUnie", "BBB")
_POLICY_LINES = (
    "Samenleving",
    "Integratie",
    "Gezag",
    "Kernpunten",
    "Achtergrond",
    "Geadviseerd besluit",
    "Toelichting",
    "Bijlage",
    "Vervolg",
)
_TOPICS = (
    "de aanpak van problematisch gedrag",
    "de ondersteuning van zelfstandigen",
    "de gegevensverwerking zonder grondslag",
    "de herziening van de bijstand",
    "informele scholing en maatschappelijke onrust",
)


class _Text:
    """Text under construction with the spans of the person names in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.gold: list[tuple[int, int]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def name(self, text: str) -> None:
        self.gold.append((self.size, self.size + len(text)))
        self.add(text)

    def result(self) -> tuple[str, list[tuple[int, int]]]:
        return "".join(self.parts), self.gold


class _People:
    """Fictitious people drawn from the demo name pools."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self) -> tuple[str, str, str]:
        """``(given name, particle, surname)``, e.g. ``("Jan", "van der", "Berg")``."""
        background = self.rng.choice(("nl", "nl", "ma", "tr", "sr"))
        given = self.rng.choice(_GIVEN[(background, self.rng.choice("mf"))].split())
        surname = self.rng.choice(_SURNAMES[background].split())
        particle, _, last = surname.rpartition("|")
        return given, particle.replace("_", " "), last.replace("_", " ")

    def full(self) -> str:
        given, particle, last = self.person()
        return " ".join(p for p in (given, particle, last) if p)

    def initials(self) -> str:
        given, particle, last = self.person()
        second = self.rng.choice(("", "", "J.", "M.", "A."))
        letters = f"{given[0]}.{second}"
        return " ".join(p for p in (letters, particle, last) if p)

    def alone(self) -> str:
        """A surname by itself: the particle takes a capital ("Van Dijk")."""
        _, particle, last = self.person()
        if particle:
            return f"{particle[0].upper()}{particle[1:]} {last}"
        return last

    def surname_first(self) -> str:
        """ "Bakker, M." or "Horst ter G." as in lists and besluitenlijsten."""
        given, particle, last = self.person()
        if particle and self.rng.random() < 0.5:
            return f"{last} {particle} {given[0]}."
        return f"{last}, {given[0]}." + (f" {particle}" if particle else "")


def _letter(rng: random.Random, people: _People) -> tuple[str, list[tuple[int, int]]]:
    out = _Text()
    ministry, short = rng.choice(_MINISTRIES)
    upper = rng.random() < 0.3
    head = f"Ministerie van {ministry}"
    out.add(f"{head.upper() if upper else head}\n{rng.choice(_DIRECTORATES)}\n")
    out.add("Postbus 90801\n2509 LV  Den Haag\n\nContactpersoon\n")
    out.name(people.initials())
    out.add(f"\n\nDatum\n{rng.randint(1, 28)} maart 2024\nKenmerk\n2024-0000")
    out.add(f"{rng.randint(100000, 999999)}\nOnderwerp\nAntwoord op vragen over ")
    out.add(f"{rng.choice(_TOPICS)}\n\nGeachte voorzitter,\n\n")
    out.add("Hierbij beantwoord ik de vragen van het lid ")
    out.name(people.alone())
    out.add(f" ({rng.choice(_PARTIES)}) over {rng.choice(_TOPICS)}. De vragen van ")
    out.add("de leden ")
    out.name(people.alone())
    out.add(" en ")
    out.name(people.alone())
    out.add(f" (beiden {rng.choice(_PARTIES)}) beantwoord ik in een aparte brief.\n\n")
    out.add(f"{rng.choice(_POLICY_LINES)}\n")
    out.add(
        f"De {rng.choice(_LAWS)} geeft gemeenten ruimte. De {rng.choice(_BODIES)} "
        f"en de {rng.choice(_BODIES)} hebben hierover geadviseerd; de "
        f"{rng.choice(_BODIES)} is geïnformeerd.\n\n"
    )
    out.add("Vraag 1\nBent u bekend met het bericht over mevrouw ")
    out.name(people.alone())
    out.add("?\n\nAntwoord 1\nJa. Ik heb hierover gesproken met de heer ")
    out.name(people.full())
    out.add(", directeur van de stichting, en met wethouder ")
    out.name(people.alone())
    out.add(".\n\nHoogachtend,\n\n")
    out.add(f"de minister van {ministry},\n\n")
    out.name(people.initials())
    out.add("\n\nKopie aan: ")
    for number in range(rng.randint(2, 4)):
        if number:
            out.add(", ")
        out.name(people.initials())
        out.add(f" ({short})")
    out.add("\n")
    return out.result()


def _note(rng: random.Random, people: _People) -> tuple[str, list[tuple[int, int]]]:
    out = _Text()
    ministry, _short = rng.choice(_MINISTRIES)
    out.add(f"Nota aan de minister\n\nAan\nMinister van {ministry}\n\nVan\n")
    out.name(people.full())
    out.add(f"\n{rng.choice(_DIRECTORATES)}\n\nDatum\n{rng.randint(1, 28)} mei 2023\n")
    out.add("\nKernpunten\n- De ")
    out.add(f"{rng.choice(_LAWS)} wordt aangepast.\n- De {rng.choice(_BODIES)} ")
    out.add("voert uit.\n\nA. Aanleiding\nOp verzoek van ")
    out.name(people.initials())
    out.add(" is deze nota opgesteld.\n\nB. Achtergrond\nIn de Tweede Kamer heeft ")
    out.add("het lid\n")
    out.name(people.alone())
    out.add(f" ({rng.choice(_PARTIES)}) gevraagd naar {rng.choice(_TOPICS)}.\n\n")
    out.add("C. Geadviseerd besluit\nInstemmen.\n\nAanwezig: ")
    for number in range(rng.randint(3, 5)):
        if number:
            out.add("; ")
        out.name(people.surname_first())
    out.add("\n\n(")
    given, particle, last = people.person()
    out.name(f"{given[0]}{(particle[:1] or '').lower()}{last[0]}")
    out.add(")\n")
    return out.result()


def government_letters(
    *, seed: int = 12, count: int = 24
) -> list[tuple[str, list[tuple[int, int]]]]:
    """Return ``count`` synthetic letters and notes with their person spans."""
    rng = random.Random(seed)
    people = _People(rng)
    return [
        (_letter if number % 2 == 0 else _note)(rng, people) for number in range(count)
    ]
