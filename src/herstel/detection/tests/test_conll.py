# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The quality bar on CoNLL-2002 ned.testa (evaluation only; never trained on).

The file is read from the shared data folder and never copied into the
repository; the test is skipped when it is not there.
"""

from __future__ import annotations

from pathlib import Path

import herstel.detection.detectors  # noqa: F401
from herstel.detection.evaluation import conll_read
from herstel.detection.evaluation import evaluate
from herstel.detection.services import text_scan


def _scores(path: Path, profile: str, conll_type: str):
    articles = conll_read(path)
    predictions = (
        [(m.category, m.start, m.end) for m in text_scan(text=a.text, profile=profile)]
        for a in articles
    )
    return evaluate(articles, predictions, conll_type=conll_type)


def test_person_names_on_ned_testa(shared_data: Path) -> None:
    """Balanced: strict P >= 0.75 and R >= 0.80; recall: overlap R >= 0.95
    with P >= 0.40."""
    path = shared_data / "conll2002_nl_eval" / "ned.testa"
    balanced = _scores(path, "balanced", "PER")
    recall = _scores(path, "recall", "PER")
    print(  # noqa: T201  (the numbers belong in the test log)
        f"\nned.testa PER balanced P={balanced.precision:.3f} "
        f"R={balanced.recall:.3f} F1={balanced.f1:.3f}; recall profile "
        f"overlap R={recall.overlap_recall:.3f} P={recall.precision:.3f}"
    )
    assert balanced.gold == 703
    assert balanced.precision >= 0.75
    assert balanced.recall >= 0.80
    assert recall.overlap_recall >= 0.95
    assert recall.precision >= 0.40
