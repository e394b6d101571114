# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Readers for the annotated corpora (IOB files and brat standoff)."""

from __future__ import annotations

import collections
from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path

_STRIP = ".,;:!?»«\"'()[]„“”‘’*/\\|<>"


def lines(path: Path) -> Iterator[str]:
    """The lines of a UTF-8 file without line endings."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").rstrip("\r")


def clean(token: str) -> str:
    """``token`` without surrounding punctuation (OCR text keeps it attached)."""
    return token.strip(_STRIP)


def iob_spans(
    rows: Iterable[tuple[str, str] | None],
) -> Iterator[tuple[str, list[str]]]:
    """Yield ``(type, tokens)`` for IOB1/IOB2 rows; ``None`` is a boundary."""
    current: list[str] = []
    kind = ""
    for row in (*rows, None):
        if row is None or row[1] in ("O", ""):
            if current:
                yield kind, current
            current, kind = [], ""
            continue
        token, tag = row
        prefix, _, tag_type = tag.partition("-")
        if prefix == "B" or tag_type != kind or not current:
            if current:
                yield kind, current
            current, kind = [token], tag_type
        else:
            current.append(token)


def conll_rows(path: Path) -> Iterator[tuple[str, str] | None]:
    for line in lines(path):
        parts = line.split(" ")
        yield (parts[0], parts[-1]) if len(parts) >= 2 and line.strip() else None


class Corpus:
    """Entity spans and lower-case word frequencies of the training corpora."""

    def __init__(self) -> None:
        self.spans: list[tuple[str, list[str]]] = []
        self.lower: collections.Counter[str] = collections.Counter()

    def add_rows(self, rows: Iterable[tuple[str, str] | None]) -> None:
        materialised = list(rows)
        for row in materialised:
            if row is not None:
                token = clean(row[0])
                if token.islower():
                    self.lower[token] += 1
        for kind, tokens in iob_spans(materialised):
            kind = {"PERS": "PER"}.get(kind, kind)
            if kind in ("PER", "LOC", "ORG"):
                self.spans.append((kind, tokens))

    def add_brat(self, folder: Path) -> None:
        seen: set[str] = set()
        for ann in sorted(folder.glob("*/*.ann")):
            # Pages annotated twice (agreement study) appear in two folders.
            if ann.name in seen:
                continue
            seen.add(ann.name)
            text = ann.with_suffix(".txt").read_text(encoding="utf-8")
            for token in text.split():
                token = clean(token)
                if token.islower():
                    self.lower[token] += 1
            entities = []
            for line in lines(ann):
                if not line.startswith("T"):
                    continue
                _, middle, surface = line.split("\t", 2)
                kind, ranges = middle.split(" ", 1)
                pieces = [tuple(map(int, r.split())) for r in ranges.split(";")]
                entities.append((kind, pieces[0][0], pieces[-1][1], surface))
            containers = [e for e in entities if e[0] in ("Person", "Place")]
            for kind, start, end, surface in entities:
                if kind != "ProperName":
                    continue
                for outer, o_start, o_end, _ in containers:
                    if o_start <= start and end <= o_end:
                        label = "PER" if outer == "Person" else "LOC"
                        self.spans.append((label, surface.split()))
                        break


def corpus_read(*, iob_files: Iterable[Path], brat_folder: Path) -> Corpus:
    """Read the IOB files (CoNLL style) and the brat folder into one corpus."""
    corpus = Corpus()
    for path in iob_files:
        corpus.add_rows(conll_rows(path))
    corpus.add_brat(brat_folder)
    return corpus
