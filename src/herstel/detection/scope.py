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
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return [hit.start() for hit in _DIGITS.finditer(text)]
    # Below U+0100 the only decimal digits are 0-9: find them with str.find
    # (the engine tests a class by a call per character: four times slower).
    positions = []
    find = text.find
    for digit in "0123456789":
        at = find(digit)
        while at >= 0:
            positions.append(at)
            at = find(digit, at + 1)
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


def _lowered(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):
        # Only "İ" (U+0130) changes length in lower case ("i" and a combining
        # dot); keep offsets without lowering character by character.
        lowered = text.replace("\u0130", "I").lower()
    return lowered


def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (shared per scan)."""
    return shared(text, "lowered", _lowered)
