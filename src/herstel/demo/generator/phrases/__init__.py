# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The Dutch template bank, split by document kind.

The Dutch text is hard-coded on purpose: it *is* the demo data, not user
interface text, so it is not translated.

Each part is a bank string. "== pool tag ..." starts a pool; paragraphs are
separated by blank lines and their lines are joined with spaces. Tags: "sal"/"tf"
limit a template to one dossier; "muslim", "salafi", "convert", "christian",
"hindu" and "migrant" constrain the person in slot {a}.

Slots: {a} {b} {c} are subjects, {s} {t} {u} staff of the author's organisation,
{m} the municipal contact. Lower case gives a mention, upper case the same
mention capitalised. {a_role}, {a_org}, {a_place}, {a_rel}, {a_pron}, {a_obj},
{a_poss}, {a_quote}, ... are attributes and do not count as mentions.

The parts are joined in a fixed order, because template numbers (used to avoid
repeating a paragraph within a file) follow it.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from . import mail
from . import meeting
from . import memo
from . import pii
from . import policy
from . import quotes
from . import requester
from . import research

_BANK = "".join(
    part.BANK
    for part in (research, policy, meeting, memo, mail, pii, quotes, requester)
)


@dataclass(frozen=True, slots=True)
class _Template:
    """One paragraph template of the bank."""

    number: int
    pool: str
    text: str
    tags: tuple[str, ...]
    letters: tuple[str, ...]
    """Subject slots used, in order of first appearance (``a``, ``b``, ``c``)."""


def _parse_bank(bank: str) -> dict[str, tuple[_Template, ...]]:
    """Split the template bank into pools."""
    pools: dict[str, list[_Template]] = {}
    pool, tags = "", ()
    number = 0
    formatter = string.Formatter()
    for block in re.split(r"\n\s*\n", bank.strip()):
        lines = block.strip().splitlines()
        if lines and lines[0].startswith("== "):
            pool, *tag_list = lines[0][3:].split()
            tags = tuple(tag_list)
            lines = lines[1:]
        if not lines:
            continue
        text = " ".join(line.strip() for line in lines)
        letters: list[str] = []
        for _, name, _, _ in formatter.parse(text):
            if name is None:
                continue
            letter = name.split("_", 1)[0].lower()
            if letter in "abc" and len(letter) == 1 and letter not in letters:
                letters.append(letter)
        pools.setdefault(pool, []).append(
            _Template(number, pool, text, tags, tuple(letters))
        )
        number += 1
    return {name: tuple(templates) for name, templates in pools.items()}


_POOLS = _parse_bank(_BANK)


def _templates() -> tuple[_Template, ...]:
    """Every prose template (quotes excluded)."""
    return tuple(
        template
        for name, templates in _POOLS.items()
        if not name.startswith("quote.")
        for template in templates
    )
