# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Layout of each document kind: research report, policy note, meeting notes, memo."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence

from .compose import _Block
from .compose import _Composer
from .compose import _Doc
from .people import _MINISTRY
from .phrases.titles import _MARKINGS
from .text import _dutch_date


def _table_add(composer: _Composer, doc: _Doc, rows: Sequence[tuple[str, ...]]) -> None:
    """Add a table to ``doc``, its words counted towards the target length."""
    for row in rows:
        composer.count(" ".join(row))
    doc.blocks.append(_Block("table", rows=tuple(rows)))


def _new_doc(composer: _Composer, kind: str, title: str) -> _Doc:
    rng = composer.rng
    author = composer.staff["s"].employer
    return _Doc(
        kind=kind,
        title=title,
        date=composer.date,
        marking=rng.choice(_MARKINGS),
        author=author,
        crlf=rng.random() < 0.4,
    )


def _add(doc: _Doc, style: str, text: str | None) -> bool:
    if text is None:
        return False
    doc.blocks.append(_Block(style, text))
    return True


def _add_pii(composer: _Composer, doc: _Doc) -> None:
    """Now and then add a BSN, an IBAN or contact details."""
    rng = composer.rng
    for pool, chance in (("pii.bsn", 0.07), ("pii.iban", 0.07), ("pii.contact", 0.1)):
        if rng.random() < chance:
            _add(doc, "p", composer.paragraph(pool))


def _ensure_minimum(composer: _Composer, doc: _Doc, minimum: int) -> None:
    """Top a short document up to ``minimum`` words."""
    for pool in ("memo.body", "research.signal", "policy.explain", "email.body"):
        while composer.words < minimum and _add(doc, "p", composer.paragraph(pool)):
            pass


def _compose_research(composer: _Composer, title: str, target: int) -> _Doc:
    rng = composer.rng
    doc = _new_doc(composer, "research_report", title)
    s, t = composer.staff["s"], composer.staff["t"]
    meta = (
        ("Opdrachtgever", f"{_MINISTRY} en gemeente {composer.organisation.place}"),
        ("Uitgevoerd door", s.employer),
        ("Auteurs", f"{composer.mentions.full(s)} en {composer.mentions.full(t)}"),
        ("Datum", _dutch_date(composer.date)),
        ("Status", rng.choice(("Definitief", "Concept", "Concept v0.3"))),
    )
    for label, value in meta:
        doc.blocks.append(_Block("meta", composer.count(value), label=label))

    def section(heading: str, pool: str, low: int, high: int) -> None:
        doc.blocks.append(_Block("h1", composer.count(heading)))
        for index in range(rng.randint(low, high)):
            if index and composer.words > target:
                break
            _add(doc, "p", composer.paragraph(pool))

    section("Samenvatting", "research.summary", 1, 1)
    section("1. Aanleiding en onderzoeksvragen", "research.intro", 1, 2)
    section("2. Werkwijze", "research.method", 1, 2)
    section("3. Het lokale krachtenveld", "research.org", 1, 3)
    doc.blocks.append(_Block("h1", composer.count("4. Sleutelfiguren")))
    for number, subject in enumerate(composer.cast, start=1):
        if number > 2 and composer.words > target - 250:
            break
        heading = f"4.{number} {composer.mentions.full(subject)}"
        doc.blocks.append(_Block("h2", composer.count(heading)))
        for index in range(rng.randint(1, 2)):
            if index and composer.words > target - 250:
                break
            _add(doc, "p", composer.paragraph("research.person", forced=subject))
    section("5. Signalen", "research.signal", 1, 3)
    _add_pii(composer, doc)
    section("6. Conclusies en aanbevelingen", "research.conclusion", 1, 3)
    mentioned = [p for p in composer.mentions.order if not p.is_staff]
    if mentioned and composer.words < target and rng.random() < 0.6:
        doc.blocks.append(_Block("h1", composer.count("Bijlage 1. Gesprekspartners")))
        rows = [("Naam", "Rol", "Woonplaats")]
        for subject in mentioned[:8]:
            name = composer.mentions.mention(subject)
            rows.append((name, subject.person.role, subject.person.place))
        _table_add(composer, doc, rows)
    return doc


def _compose_policy(composer: _Composer, title: str, target: int) -> _Doc:
    rng = composer.rng
    doc = _new_doc(composer, "policy_note", title)
    s = composer.staff["s"]
    contact = f"{composer.mentions.full(s)}, {s.person.role}, T {s.attributes['phone']}"
    meta = (
        ("Aan", "de minister van Sociale Zaken en Werkgelegenheid"),
        ("Van", "directie Samenleving en Integratie"),
        ("Datum", _dutch_date(composer.date)),
        ("Kenmerk", f"{composer.date.year}-0000{rng.randrange(10**6):06d}"),
        ("Contactpersoon", contact),
    )
    for label, value in meta:
        doc.blocks.append(_Block("meta", composer.count(value), label=label))
    for heading, pool in (
        ("Aanleiding", "policy.reason"),
        ("Geadviseerd besluit", "policy.advice"),
    ):
        doc.blocks.append(_Block("h1", composer.count(heading)))
        _add(doc, "p", composer.paragraph(pool))
    doc.blocks.append(_Block("h1", composer.count("Kernpunten")))
    for _ in range(rng.randint(3, 4)):
        _add(doc, "bullet", composer.paragraph("policy.keypoint"))
    doc.blocks.append(_Block("h1", composer.count("Toelichting")))
    for index in range(6):
        if index >= 2 and composer.words > target - 150:
            break
        _add(doc, "p", composer.paragraph("policy.explain"))
    _add_pii(composer, doc)
    for heading, pool, chance in (
        ("Financiële gevolgen", "policy.finance", 0.6),
        ("Communicatie", "policy.comms", 0.8),
        ("Vervolg", "policy.next", 0.8),
    ):
        if rng.random() < chance:
            doc.blocks.append(_Block("h1", composer.count(heading)))
            _add(doc, "p", composer.paragraph(pool))
    return doc


def _compose_meeting(composer: _Composer, title: str, target: int) -> _Doc:
    rng = composer.rng
    doc = _new_doc(composer, "meeting_notes", title)
    s, t, m = composer.staff["s"], composer.staff["t"], composer.staff["m"]
    t_label = "SZW" if t.group == "ministry" else t.employer
    attendees = [
        f"{composer.mentions.full(s)} (SZW)",
        f"{composer.mentions.full(t)} ({t_label})",
        f"{composer.mentions.full(m)} ({m.employer})",
    ]
    if "gesprek" in title or rng.random() < 0.3:
        for subject in composer.cast[: rng.randint(1, 2)]:
            role = subject.person.role
            attendees.append(f"{composer.mentions.full(subject)} ({role})")
    location = rng.choice(
        (
            "ministerie van SZW, Den Haag",
            f"gemeentehuis {composer.organisation.place}",
            f"{composer.organisation.name}, {composer.organisation.place}",
            "Teams-overleg",
        )
    )
    meta = (
        ("Datum", _dutch_date(composer.date)),
        ("Locatie", location),
        ("Aanwezig", ", ".join(attendees)),
        ("Verslag", composer.mentions.mention(s)),
    )
    for label, value in meta:
        doc.blocks.append(_Block("meta", composer.count(value), label=label))
    agenda = [("Opening en vaststelling agenda", "meeting.opening", 1)]
    if rng.random() < 0.6:
        agenda.append(("Verslag vorig overleg", "meeting.minutes", 1))
    agenda.append((f"Casus {composer.organisation.place}", "meeting.case", 3))
    if rng.random() < 0.5:
        agenda.append(("Voortgang en werkwijze", "meeting.policy", 2))
    agenda += [("Rondvraag", "meeting.any", 1), ("Sluiting", "meeting.closing", 1)]
    for number, (heading, pool, most) in enumerate(agenda, start=1):
        doc.blocks.append(_Block("h1", composer.count(f"{number}. {heading}")))
        for index in range(rng.randint(1, most)):
            if index and composer.words > target:
                break
            _add(doc, "p", composer.paragraph(pool))
        if pool == "meeting.case":
            _add_pii(composer, doc)
    rows = [("Nr.", "Actie", "Wie", "Gereed")]
    for number in range(1, rng.randint(2, 4) + 1):
        action = composer.paragraph("meeting.action")
        if action is None:
            break
        owner = composer.mentions.mention(rng.choice((s, t, m)))
        rows.append((str(number), action, owner, composer.document_value("date2")))
    if len(rows) > 1:
        doc.blocks.append(_Block("h1", composer.count("Actiepunten")))
        _table_add(composer, doc, rows)
    return doc


def _compose_memo(composer: _Composer, title: str, target: int) -> _Doc:
    rng = composer.rng
    doc = _new_doc(composer, "memo", title)
    s, t = composer.staff["s"], composer.staff["t"]
    meta = (
        ("Aan", composer.mentions.full(t)),
        ("Van", composer.mentions.full(s)),
        ("Datum", _dutch_date(composer.date)),
        ("Betreft", title),
    )
    for label, value in meta:
        doc.blocks.append(_Block("meta", composer.count(value), label=label))
    for index in range(rng.randint(2, 5)):
        if index >= 2 and composer.words > target:
            break
        _add(doc, "p", composer.paragraph("memo.body"))
    _add_pii(composer, doc)
    return doc


_COMPOSERS: dict[str, Callable[[_Composer, str, int], _Doc]] = {
    "research_report": _compose_research,
    "policy_note": _compose_policy,
    "meeting_notes": _compose_meeting,
    "memo": _compose_memo,
}
_TARGETS = {
    "research_report": (700, 1350),
    "policy_note": (400, 950),
    "meeting_notes": (300, 850),
    "memo": (170, 450),
    "email": (170, 420),
}
