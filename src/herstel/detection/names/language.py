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
from typing import Final

from ..lexicons import vocabulary
from ..scope import lowered

_MIN_WORDS: Final = 4
"""Fewer function words than this: too little evidence, the paragraph is Dutch."""


@functools.cache
def _languages() -> dict[str, int]:
    """Function word -> 0 (Dutch), 1 (English) or 2 (German); a word in two
    lists ("in", "die", "was") tells nothing and is left out."""
    languages = (
        vocabulary("function_words"),
        vocabulary("english_function_words"),
        vocabulary("german_function_words"),
    )
    seen: dict[str, int] = {}
    for index, words in enumerate(languages):
        for word in words:
            seen[word] = -1 if word in seen else index
    return {word: index for word, index in seen.items() if index >= 0}


_PARAGRAPH: Final = re.compile(r"\n[ \t]*\n")
_STRIP: Final = ".,;:!?()[]\"'“”‘’«»"


def foreign_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of the English or German paragraphs, in order."""
    lower = lowered(text)
    # Most texts are Dutch: without a few of the commonest English or German
    # words there is no foreign paragraph to find.
    if (
        lower.count(" the ") + lower.count(" and ") + lower.count(" with ") < 2
        and lower.count(" und ") + lower.count(" ist ") + lower.count(" nicht ") < 2
    ):
        return []
    languages = _languages()
    start = 0
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    breaks.append(len(text))
    paragraphs: list[tuple[int, int, int, int]] = []  # start, end, foreign, dutch
    totals = [0, 0]
    for end in breaks:
        counts = [0, 0, 0]
        for word in lower[start:end].split():
            language = languages.get(word)
            if language is None:
                language = languages.get(word.strip(_STRIP))
            if language is not None:
                counts[language] += 1
        foreign = max(counts[1], counts[2])
        paragraphs.append((start, end, foreign, counts[0]))
        totals[0] += foreign
        totals[1] += counts[0]
        start = end
    # Headings, tables and short lines take the language of the document.
    document_foreign = _foreign(*totals)
    spans: list[tuple[int, int]] = []
    for start, end, foreign, dutch in paragraphs:
        if not _foreign(foreign, dutch) and (
            not document_foreign or _foreign(dutch, foreign)
        ):
            continue  # Dutch, or undecided in a Dutch document
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _foreign(foreign: int, dutch: int) -> bool:
    return foreign >= _MIN_WORDS and foreign > 2 * dutch
