# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The hits of a pattern detector's expressions, found quickly: per digit run,
or with a preceding-character check done outside the expression. Compiled with
the engine (native.py); :mod:`.patterns` holds the detector class itself, which
stays Python (see ``docs/development.md``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .scope import digit_runs


def search_all(
    regex: re.Pattern[str],
    text: str,
    not_after: re.Pattern[str] | None,
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """Like ``regex.finditer(text, start, end)``, skipping hits preceded by
    ``not_after``.

    After a rejected hit the search resumes one character later, exactly as a
    look-behind at the start of the expression would.
    """
    end = len(text) if end is None else end
    if not_after is None:
        yield from regex.finditer(text, start, end)
        return
    position = start
    while True:
        hit = regex.search(text, position, end)
        if hit is None:
            return
        found = hit.start()
        if found and not_after.match(text, found - 1):
            position = found + 1
            continue
        yield hit
        position = hit.end() if hit.end() > found else found + 1


def match_at_digits(
    regex: re.Pattern[str],
    text: str,
    not_after: re.Pattern[str] | None,
    anchors: tuple[int, ...],
    starts: str = "",
) -> Iterator[re.Match[str]]:
    """Try ``regex`` only at ``anchors`` characters before each digit run
    (and only where the text holds one of ``starts``, when given).

    Hits do not overlap, like those of ``finditer``; the first anchor that
    matches wins.
    """
    covered = 0
    for run in digit_runs(text):
        for back in anchors:
            position = run - back
            if position < covered or position < 0:
                continue
            if starts and text[position] not in starts:
                continue
            if (
                position
                and not_after is not None
                and not_after.match(text, position - 1)
            ):
                continue
            hit = regex.match(text, position)
            if hit is not None and hit.end() > position:
                covered = hit.end()
                yield hit
                break
