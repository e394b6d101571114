# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The faster forms of the engine's whole-text scans find exactly what the
plain expressions find (they were rewritten for speed only)."""

from __future__ import annotations

import random
import re

from herstel.detection.base import Explanation
from herstel.detection.base import Match
from herstel.detection.base import match_new
from herstel.detection.detectors.dates import _CUE
from herstel.detection.detectors.dates import _cues
from herstel.detection.names.forms import BROKEN
from herstel.detection.names.forms import SURNAME_FIRST
from herstel.detection.names.forms import broken_iter
from herstel.detection.names.forms import surname_first_iter
from herstel.detection.names.words import INITIAL
from herstel.detection.names.words import PARTICLE
from herstel.detection.names.words import PARTICLE_TRIE
from herstel.detection.names.words import PARTICLES
from herstel.detection.names.words import RUN_PATTERN
from herstel.detection.names.words import RUN_PATTERN_LATIN1
from herstel.detection.names.words import UPPER
from herstel.detection.names.words import WORD
from herstel.detection.scope import _lowered
from herstel.detection.scope import latin1
from herstel.detection.scope import latin1_class

SAMPLE = (
    "Mw. A. el Amrani en J.J. van der Berg-Smit zeiden dat 's-Hertogenbosch en "
    "Ph. de Vries, Th. Jansen, Chr. Ouwehand, IJ. Zwart en Ij. Klein O'Neill en "
    "d'Ancona zagen.\nM.\nBussemaker, J.J. van \n  de Vries, Van\nToorenburg,\n"
    "Horst ter G., Keunen, L.J., Dijk J.J. van en Ark, T. van (VVD); x.Jansen, "
    "Jean-Luc Picard-Smit, ’s Gravenhage, 'T Hooft, A.-B. Cdé.\nJ. in 't\nVeld "
    "Van der\nBerg (Van\nDam)  Pierik/Van Dijk. De heer Drs. M. Rutte.\n"
)
TOKENS = [
    *SAMPLE.replace("\n", " ").split(" "),
    *("J.", "Ph.", "Th.", "Chr.", "IJ.", "Ij.", "'s-", "van", "der", "el", "'t"),
    *("M.-A.", "A.B.", "Van", "De", "Ter", "O'Neill", "Jean-Luc", "Łukasz", "Ş."),
]


def _generated(count: int, seed: int) -> list[str]:
    """Strings of the tokens above with spaces, line feeds and punctuation."""
    chance = random.Random(seed)
    joints = (" ", " ", "", "  ", ".", "-", "\n", " \n", ", ")
    return [
        "".join(
            chance.choice(TOKENS) + chance.choice(joints)
            for _ in range(chance.randint(2, 14))
        )
        for _ in range(count)
    ]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


def test_run_pattern_is_the_plain_expression() -> None:
    """The run expression with its first character as a class matches what the
    expression it was derived from matches."""
    plain = re.compile(
        rf"(?:(?:{INITIAL} ?)+(?:(?:{PARTICLE}) )*)?{WORD}"
        rf"(?:(?: (?:{PARTICLE}))* (?:{INITIAL} ?)*{WORD})*"
    )
    for text in [SAMPLE, *_generated(800, 12)]:
        expected = _spans(plain.finditer(text))
        assert _spans(RUN_PATTERN.finditer(text)) == expected, text
        if latin1(text):
            assert _spans(RUN_PATTERN_LATIN1.finditer(text)) == expected, text


def test_latin1_helpers_are_the_unicode_ones() -> None:
    """Below U+0100 the byte-table lower case and the bitmap classes give what
    ``str.lower`` and Unicode's categories give."""
    every = "".join(chr(code) for code in range(256))
    assert _lowered(every) == every.lower()
    assert latin1(every)
    assert not latin1(every + "\u0130")
    for category in (r"\w", r"[^\W\d_]"):
        mine = re.compile(f"[{latin1_class(category)}]")
        theirs = re.compile(category)
        for char in every:
            assert bool(mine.fullmatch(char)) == bool(theirs.fullmatch(char)), char
    assert _lowered("İstanbul Ünal") == "istanbul ünal"  # offsets kept
    assert {p for p in PARTICLES if re.fullmatch(PARTICLE_TRIE, p)} == PARTICLES


def _surname_first_before(text: str) -> list[tuple[int, int]]:
    """:func:`surname_first_iter` with its earlier pre-check, a capital before a
    full stop searched as a class. Like it, it misses a list whose initials
    are all "Ph.", "Th.", "Chr." or "Ij." (kept: findings must not change)."""
    initials = re.compile(rf"[{UPPER}]\.")
    spans = []
    cursor = 0
    for initial in initials.finditer(text):
        if initial.start() < cursor:
            continue
        hit = SURNAME_FIRST.search(text, max(cursor, initial.start() - 80))
        if hit is None:
            break
        spans.append(hit.span())
        cursor = hit.end()
    return spans


def test_line_break_and_surname_first_iterators() -> None:
    """The pre-checked searches find what they found before: the hits of the
    full expression for names broken over a line."""
    for text in [SAMPLE, *_generated(800, 15)]:
        assert _spans(broken_iter(text)) == _spans(BROKEN.finditer(text)), text
        assert _spans(surname_first_iter(text)) == _surname_first_before(text), text
    assert [m.group() for m in broken_iter(SAMPLE)] == [
        "M.\nBussemaker",
        "J.J. van \n  de Vries",
        "Van\nToorenburg",
        "J. in 't\nVeld",
        "Van der\nBerg",
        "Van\nDam",
    ]


def test_birth_cues_found_by_their_heads() -> None:
    lower = (
        "geboren 1 jan 1990, dob 2-2-2000 geb. 3 mei ° 4 juni verjaardag, jarig; "
        "date of birth gebgeb gebied doberman dob"
    )
    assert _spans(_cues(lower)) == _spans(_CUE.finditer(lower))
    assert _spans(_cues("")) == []


def test_match_new_is_a_match() -> None:
    explanation = Explanation(detector="names", method="capitalisation")
    built = match_new("person", 3, 9, 0.8, explanation)
    assert built == Match("person", 3, 9, 0.8, explanation)
    assert hash(built) == hash(Match("person", 3, 9, 0.8, explanation))


def test_personal_context_expressions() -> None:
    """The name and sentence-break expressions of the special categories."""
    from herstel.detection.detectors.special import _PERSONAL_NAME
    from herstel.detection.detectors.special import _SENTENCE_BREAK

    name = re.compile(
        r"(?<![\w])[A-Z]\. ?[A-Z]|(?<![\w])[A-Z][a-zà-ÿ]+ "
        r"(?:(?:van|de|der|den|el|al|ter|ten|te) )*[A-Z][a-zà-ÿ]{2,}"
    )
    sentence_break = re.compile(r"[.!?]\s|\n")
    for text in [SAMPLE, *_generated(800, 17)]:
        assert _spans(_PERSONAL_NAME.finditer(text)) == _spans(name.finditer(text))
        assert _spans(_SENTENCE_BREAK.finditer(text)) == _spans(
            sentence_break.finditer(text)
        )


def test_personal_context_in_lower_case_text() -> None:
    """Pronouns looked up in the lower-case text (below U+0100) give the same
    context as the case-insensitive expression in the text itself."""
    from herstel.detection.detectors.special import _personal_context

    pronouns = "Hij ZIJ hem Haar cliënt CLIËNT Mevrouw echtgenote zijnde ikzelf uw."
    chance = random.Random(5)
    for text in [SAMPLE + pronouns, *_generated(300, 23)]:
        text = " ".join([text, *chance.sample(pronouns.split(), 3)])
        if not latin1(text):
            continue
        for start in range(0, len(text), 7):
            end = min(len(text), start + 3)
            assert _personal_context(text, start, end, text.lower()) == (
                _personal_context(text, start, end)
            ), (text, start)


def test_surname_expressions_start_at_the_capital() -> None:
    """Surname-first lists and references, written to start with the capital,
    match what the look-around forms matched (groups included)."""
    from herstel.detection.names.forms import _SPACE
    from herstel.detection.names.forms import _TUSSEN
    from herstel.detection.names.forms import REFERENCE

    surname_first = re.compile(
        rf"(?=[{UPPER}])(?<![\w.])(?P<surname>{WORD})(?: {_TUSSEN})?"
        rf"(?:,[ \t]*|{_SPACE})(?P<initials>(?:{INITIAL}[ \t]?)+)"
        rf"(?:(?:{_SPACE}){_TUSSEN}(?![\w]))?(?![ \t\n]*[{UPPER}][a-z])"
    )
    reference = re.compile(
        rf"(?=[{UPPER}])(?<![\w.])(?P<surname>{WORD}) (?P<initials>[{UPPER}]{{1,4}})"
        rf"(?: {_TUSSEN})?(?=[,.]|[ \t]*\(\d{{4}}\))"
    )

    def groups(matches: object) -> list[tuple[tuple[int, int], ...]]:
        return [
            (m.span(), m.span("surname"), m.span("initials"))
            for m in matches  # type: ignore[attr-defined]
        ]

    texts = [
        SAMPLE,
        "Zie Audhoe SS, Hoving JL, Jong PR de (2019).",
        *_generated(800, 19),
    ]
    for text in texts:
        assert groups(SURNAME_FIRST.finditer(text)) == groups(
            surname_first.finditer(text)
        )
        assert groups(REFERENCE.finditer(text)) == groups(reference.finditer(text))


def test_digit_runs_as_the_expression() -> None:
    """Digit runs found with ``str.find`` (text below U+0100) or the expression
    (other text, where ``\\d`` also matches other scripts' digits)."""
    from herstel.detection.scope import _digit_runs

    digits = re.compile(r"\d+")
    for text in [
        "",
        "1",
        "a1b22c333 4",
        "12 34é 5 ²³ 00a00",
        "٢٣ 3 45’6 ۱",
        *_generated(300, 23),
    ]:
        assert _digit_runs(text) == [m.start() for m in digits.finditer(text)], text
