# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""E-mails: senders and recipients, body text, quoted threads and attachments."""

from __future__ import annotations

import datetime as dt
import html
import random
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

from .compose import _Composer
from .formats import DOCX
from .formats import PDF
from .formats import TXT
from .phrases.titles import _SIGN_OFFS
from .text import _WEEKDAYS
from .text import _capitalise
from .text import _dutch_date
from .world import _Profile


def _address(profile: _Profile) -> str:
    name = profile.person.name
    local, _, domain = profile.attributes["email"].partition("@")
    return str(Address(display_name=name, username=local, domain=domain))


def _sent_at(rng: random.Random, day: dt.date) -> dt.datetime:
    offset = dt.timedelta(hours=2 if 4 <= day.month <= 10 else 1)
    return dt.datetime(
        day.year,
        day.month,
        day.day,
        rng.randint(8, 18),
        rng.randrange(60),
        tzinfo=dt.timezone(offset),
    )


def _outlook_date(moment: dt.datetime) -> str:
    weekday = _WEEKDAYS[moment.weekday()]
    return f"{weekday} {_dutch_date(moment.date())} {moment:%H:%M}"


def _signature(composer: _Composer, sender: _Profile) -> str:
    lines = [composer.rng.choice(_SIGN_OFFS), "", sender.person.name]
    if sender.is_staff:
        lines += [
            _capitalise(sender.person.role),
            _capitalise(sender.employer),
            f"T {sender.attributes['phone']}",
            f"E {sender.attributes['email']}",
        ]
    else:
        lines += [f"{_capitalise(sender.person.role)}, {sender.employer}"]
        lines.append(sender.attributes["phone"])
    return composer.count("\n".join(lines))


_EMAIL_MODES = (("internal", 70), ("to_subject", 15), ("from_subject", 15))
"""Civil servants among themselves, to a person concerned, or from one."""


def _compose_email(
    composer: _Composer, subject: str, kind: str
) -> tuple[list[_Profile], list[_Profile], list[_Profile], list[str]]:
    """Return sender, recipients, cc and the body paragraphs of an e-mail."""
    rng = composer.rng
    s, t, m = composer.staff["s"], composer.staff["t"], composer.staff["m"]
    external = composer.cast[0]
    if kind == "internal":
        sender, to = [s], [rng.choice((t, m))]
        cc = [p for p in (t, m) if p is not to[0]][: rng.randint(0, 1)]
    elif kind == "to_subject":
        sender, to, cc = [m], [external], []
    else:
        sender, to, cc = [external], [m], [s][: rng.randint(0, 1)]
    for profile in (*sender, *to, *cc):
        composer.mentions.full(profile)
    composer.count(subject)

    paragraphs: list[str] = []

    def add(pool: str, forced: _Profile | None = None) -> bool:
        text = composer.paragraph(pool, forced=forced)
        if text is not None:
            paragraphs.append(text)
        return text is not None

    if kind == "internal":
        first = to[0].attributes["first"]
        paragraphs.append(
            rng.choice((f"Beste {first},", f"Hoi {first},", "Dag allen,"))
        )
        add("email.open")
        for _ in range(rng.randint(1, 3)):
            add("email.body")
    elif kind == "to_subject":
        paragraphs.append(f"Geachte {external.attributes['dear']},")
        for _ in range(rng.randint(2, 3)):
            add("email.external", forced=external)
    else:
        paragraphs.append(f"Geachte {m.attributes['dear']},")
        for _ in range(rng.randint(2, 3)):
            add("email.fromexternal", forced=external)
    return sender, to, cc, paragraphs


def _quoted(
    composer: _Composer, author: _Profile, reader: _Profile, subject: str
) -> str:
    """An earlier message in the thread, as Outlook quotes it."""
    rng = composer.rng
    earlier = composer.date - dt.timedelta(days=rng.randint(1, 9))
    moment = _sent_at(rng, earlier)
    pool = {
        "subject": "email.fromexternal",
        "municipality": "email.body",
        "ministry": "email.body",
        "research": "email.body",
    }[author.group]
    if reader.group == "subject" and author.group != "subject":
        pool = "email.external"
    forced = author if author.group == "subject" else None
    if pool == "email.external":
        forced = reader
    body = [composer.paragraph(pool, forced=forced) or ""]
    if author.is_staff and reader.is_staff:
        body.append(composer.paragraph("email.close") or "")
    lines = [
        "-----Oorspronkelijk bericht-----",
        f"Van: {composer.mentions.full(author)} <{author.attributes['email']}>",
        f"Verzonden: {_outlook_date(moment)}",
        f"Aan: {composer.mentions.full(reader)} <{reader.attributes['email']}>",
        f"Onderwerp: {re.sub(r'^(RE|FW): ', '', subject)}",
        "",
        "\n\n".join(paragraph for paragraph in body if paragraph),
        "",
        f"Groet, {author.attributes['first']}",
    ]
    return composer.count("\n".join(lines))


def _html_body(text: str) -> str:
    paragraphs = [
        "<p>" + html.escape(part, quote=False).replace("\n", "<br>\n") + "</p>"
        for part in text.split("\n\n")
    ]
    return (
        '<html><head><meta charset="utf-8"><style>p {font-family: Calibri;}</style>'
        "</head><body>\n" + "\n".join(paragraphs) + "\n</body></html>\n"
    )


def _message_id(rng: random.Random, moment: dt.datetime) -> str:
    return f"<{moment:%Y%m%d%H%M}.{rng.getrandbits(48):012x}@example.nl>"


_MAIN_TYPES = {PDF: ("application", "pdf"), DOCX: tuple(DOCX.split("/", 1))}


def _build_email(
    composer: _Composer,
    subject: str,
    target: int,
    kind: str,
    attachments: list[tuple[str, bytes, str]],
) -> bytes:
    """Compose and serialise one e-mail with optional attachments."""
    rng = composer.rng
    sender, to, cc, paragraphs = _compose_email(composer, subject, kind)
    if attachments:
        text = composer.paragraph("email.attach")
        if text:
            paragraphs.insert(2, text)
    top_up: tuple[str, ...]
    if not sender[0].is_staff:
        top_up, forced = ("email.fromexternal",), sender[0]
    elif not to[0].is_staff:
        top_up, forced = ("email.external",), to[0]
    else:
        top_up, forced = ("email.body", "email.open", "memo.body"), None
    for pool in top_up:
        while composer.words < target - 60:
            text = composer.paragraph(pool, forced=forced)
            if text is None:
                break
            paragraphs.append(text)
    if kind == "internal" and rng.random() < 0.6:
        closing = composer.paragraph("email.close")
        if closing:
            paragraphs.append(closing)
    body = "\n\n".join([*paragraphs, _signature(composer, sender[0])])
    if composer.words < target or rng.random() < 0.3:
        body += "\n\n" + _quoted(composer, to[0], sender[0], subject)

    moment = _sent_at(rng, composer.date)
    message = EmailMessage()
    message["From"] = _address(sender[0])
    message["To"] = ", ".join(_address(p) for p in to)
    if cc:
        message["Cc"] = ", ".join(_address(p) for p in cc)
    message["Subject"] = subject
    message["Date"] = moment.strftime("%a, %d %b %Y %H:%M:%S %z")
    message["Message-ID"] = _message_id(rng, moment)
    message["X-Mailer"] = "Microsoft Outlook 16.0"
    message["Content-Language"] = "nl-NL"
    style = rng.random()
    if style < 0.1:
        message.set_content(_html_body(body), subtype="html")
    else:
        message.set_content(body + "\n")
        if style < 0.35:
            message.add_alternative(_html_body(body), subtype="html")
    for filename, data, media_type in attachments:
        if media_type == TXT:
            message.add_attachment(data.decode("utf-8"), filename=filename)
        else:
            maintype, subtype = _MAIN_TYPES[media_type]
            message.add_attachment(
                data, maintype=maintype, subtype=subtype, filename=filename
            )
    # The email package draws boundaries from the global random module; fixed
    # boundaries keep the output reproducible.
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{number}_{rng.getrandbits(40):010x}")
    return message.as_bytes(policy=SMTP)
