# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Work shared by the detectors of one scan.

Several detectors need the same preliminary pass over a text (for instance the
positions of all digit runs). Inside :func:`scan_scope`, :func:`shared` computes
such a value once per text and hands it to every detector; outside a scope it
simply computes it. Nothing outlives the scope, so no text or result stays in
memory after ``text_scan`` returns.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Final
from typing import TypeVar

T = TypeVar("T")

_CACHE: ContextVar[dict[str, tuple[str, object]] | None] = ContextVar(
    "herstel_detection_scan", default=None
)
_DIGITS: Final = re.compile(r"\d\d*")
"""``\\d+``, written so that it starts with a character class: the engine then
skips ahead to digits (a third faster on text with few numbers)."""


@contextlib.contextmanager
def scan_scope() -> Iterator[None]:
    """Share preliminary passes between the detectors run inside the block."""
    token = _CACHE.set({})
    try:
        yield
    finally:
        _CACHE.reset(token)


def shared(text: str, name: str, compute: Callable[[str], T]) -> T:
    """Return ``compute(text)``, computed once per text inside a scan scope."""
    cache = _CACHE.get()
    if cache is None:
        return compute(text)
    hit = cache.get(name)
    if hit is not None and hit[0] is text:
        value = hit[1]
    else:
        value = compute(text)
        cache[name] = (text, value)
    return value  # type: ignore[return-value]


def _digit_runs(text: str) -> list[int]:
    if not latin1(text):
        return [hit.start() for hit in _DIGITS.finditer(text)]
    # Below U+0100 the only decimal digits are 0-9: find them with str.find
    # (the engine tests a class by a call per character: four times slower).
    positions = []
    for digit in "0123456789":
        at = text.find(digit)
        while at >= 0:
            positions.append(at)
            at = text.find(digit, at + 1)
    positions.sort()
    runs = []
    previous = -2
    for at in positions:
        if at != previous + 1:
            runs.append(at)
        previous = at
    return runs


def digit_runs(text: str) -> list[int]:
    """Start offsets of every run of digits in ``text`` (shared per scan)."""
    return shared(text, "digit_runs", _digit_runs)


_LATIN1_LOWER: Final = bytes(ord(chr(code).lower()) for code in range(256))
"""``str.lower`` of each character below U+0100, all of which stay below it."""


def _lowered(text: str) -> str:
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:
        # The same as text.lower(), a tenth of the time: lower() of a text
        # with any character above ASCII looks up every character's case.
        return raw.translate(_LATIN1_LOWER).decode("latin-1")
    lowered = text.lower()
    if len(lowered) != len(text):
        # Only "İ" (U+0130) changes length in lower case ("i" and a combining
        # dot); keep offsets without lowering character by character.
        lowered = text.replace("\u0130", "I").lower()
    return lowered


def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (shared per scan)."""
    return shared(text, "lowered", _lowered)


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def latin1(text: str) -> bool:
    """Whether every character of ``text`` is below U+0100 (shared per scan).

    Most Dutch text is. Expressions can then test a character against a class
    of its own rather than Unicode's word categories, which the engine looks
    up per character by a call into Python's character database (see
    :func:`latin1_class`)."""
    return shared(text, "latin1", _latin1)


def latin1_class(category: str) -> str:
    r"""A character class that matches, below U+0100, exactly the characters
    that ``category`` (e.g. ``r"\w"`` or ``r"[^\W\d_]"``) matches, as ranges.
    The engine tests it by a look-up in a bitmap: for text where
    :func:`latin1` holds, a faster equivalent of ``category``."""
    pattern = re.compile(category)
    ranges: list[tuple[int, int]] = []
    for code in range(256):
        if pattern.fullmatch(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(
        re.escape(chr(low))
        if low == high
        else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
        for low, high in ranges
    )


LATIN1_WORD: Final = latin1_class(r"\w")
"""``\\w`` below U+0100, as ranges for a character class."""
