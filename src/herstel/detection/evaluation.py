# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Evaluate name detection on a CoNLL-2002 style file (e.g. ``ned.testa``).

Each article (split on ``-DOCSTART-``) is rebuilt as UTF-8 text: tokens joined
by one space, sentences by a newline. Gold spans come from the IOB2 tags. The
evaluation file is read from wherever it lives; it is never copied into the
repository.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CONLL_TYPES = {"PER": "person", "LOC": "place", "ORG": "organisation"}
"""CoNLL entity types and the categories they are compared with."""


@dataclass(frozen=True, slots=True)
class Article:
    """One rebuilt article with its gold spans."""

    text: str
    spans: tuple[tuple[str, int, int], ...]
    """``(conll type, start, end)``, e.g. ``("PER", 10, 24)``."""


def conll_read(path: Path) -> list[Article]:
    """Read a CoNLL-2002 file (``TOKEN POS TAG`` or ``TOKEN TAG``) into articles."""
    articles: list[Article] = []
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sentence:
                    sentences.append(sentence)
                    sentence = []
                if sentences:
                    articles.append(_article(sentences))
                sentences = []
            elif not line.strip():
                if sentence:
                    sentences.append(sentence)
                    sentence = []
            else:
                parts = line.split(" ")
                sentence.append((parts[0], parts[-1]))
    if sentence:
        sentences.append(sentence)
    if sentences:
        articles.append(_article(sentences))
    return articles


def _article(sentences: list[list[tuple[str, str]]]) -> Article:
    pieces: list[str] = []
    spans: list[tuple[str, int, int]] = []
    offset = 0
    for number, sentence in enumerate(sentences):
        if number:
            pieces.append("\n")
            offset += 1
        current: list = []
        for index, (token, tag) in enumerate(sentence):
            if index:
                pieces.append(" ")
                offset += 1
            start = offset
            pieces.append(token)
            offset += len(token)
            prefix, _, kind = tag.partition("-")
            if prefix == "B" or (prefix == "I" and (not current or current[0] != kind)):
                if current:
                    spans.append(tuple(current))
                current = [kind, start, offset]
            elif prefix == "I":
                current[2] = offset
            elif current:
                spans.append(tuple(current))
                current = []
        if current:
            spans.append(tuple(current))
    return Article(text="".join(pieces), spans=tuple(spans))


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 of one entity type."""

    gold: int
    predicted: int
    true_positives: int
    overlap_recall: float
    """Share of gold spans that overlap any predicted span of the type."""

    @property
    def precision(self) -> float:
        """Strict precision: exact span and type."""
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Strict recall: exact span and type."""
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of strict precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(
    gold: Iterable[tuple[int, int]], predicted: Iterable[tuple[int, int]]
) -> tuple[int, int, int, int]:
    """Return ``(gold, predicted, exact matches, gold spans overlapped)``."""
    gold_set = set(gold)
    predicted_set = set(predicted)
    overlapped = sum(
        1 for s, e in gold_set if any(a < e and s < b for a, b in predicted_set)
    )
    return len(gold_set), len(predicted_set), len(gold_set & predicted_set), overlapped


def evaluate(
    articles: Iterable[Article],
    predictions: Iterator[list[tuple[str, int, int]]],
    *,
    conll_type: str,
) -> Scores:
    """Score ``predictions`` (``(category, start, end)`` per article) for one type."""
    category = CONLL_TYPES[conll_type]
    totals = [0, 0, 0, 0]
    for article, predicted in zip(articles, predictions, strict=True):
        gold = [(s, e) for t, s, e in article.spans if t == conll_type]
        found = [(s, e) for c, s, e in predicted if c == category]
        for i, value in enumerate(score(gold, found)):
            totals[i] += value
    gold_n, predicted_n, exact, overlapped = totals
    return Scores(
        gold=gold_n,
        predicted=predicted_n,
        true_positives=exact,
        overlap_recall=overlapped / gold_n if gold_n else 0.0,
    )
