# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Which paragraphs of a text are not Dutch: a small stopword model.

Dutch capitalisation heuristics (a capitalised word mid-sentence is probably a
name) do not hold in English, where titles and headings are in title case, nor
in German, where every noun is capitalised. A paragraph (text between blank
lines) counts as foreign when its English or German function words clearly
outnumber its Dutch ones.
"""

from __future__ import annotations

import functools
import re

from ..lexicons import vocabulary

_MIN_WORDS = 4
"""Fewer function words than this: too little evidence, the paragraph is Dutch."""


@functools.cache
def _pattern() -> re.Pattern[str]:
    languages = {
        "nl": vocabulary("function_words"),
        "en": vocabulary("english_function_words"),
        "de": vocabulary("german_function_words"),
    }
    # A word in two lists ("in", "die", "was") tells nothing: leave it out.
    counts: dict[str, int] = {}
    for words in languages.values():
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    groups = []
    for language, words in languages.items():
        unique = sorted((w for w in words if counts[w] == 1), key=len, reverse=True)
        alternatives = "|".join(re.escape(w) for w in unique)
        groups.append(f"(?P<{language}>{alternatives})")
    return re.compile(
        r"(?<![^\W\d_])(?:" + "|".join(groups) + r")(?![^\W\d_])", re.IGNORECASE
    )


_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def foreign_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of the English or German paragraphs, in order."""
    start = 0
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    breaks.append(len(text))
    found = _pattern().finditer(text)
    current = next(found, None)
    paragraphs: list[tuple[int, int, int, int]] = []  # start, end, foreign, dutch
    totals = [0, 0]
    for end in breaks:
        counts = {"nl": 0, "en": 0, "de": 0}
        while current is not None and current.start() < end:
            language = current.lastgroup
            if language:
                counts[language] += 1
            current = next(found, None)
        foreign = max(counts["en"], counts["de"])
        paragraphs.append((start, end, foreign, counts["nl"]))
        totals[0] += foreign
        totals[1] += counts["nl"]
        start = end
    # Headings, tables and short lines take the language of the document.
    document_foreign = _foreign(*totals)
    spans: list[tuple[int, int]] = []
    for start, end, foreign, dutch in paragraphs:
        if foreign + dutch < _MIN_WORDS:
            if not document_foreign:
                continue
        elif not _foreign(foreign, dutch):
            continue
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _foreign(foreign: int, dutch: int) -> bool:
    return foreign >= _MIN_WORDS and foreign > 2 * dutch
