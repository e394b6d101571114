#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Herstel's warm engine in a process of its own, then in the same process
after deduce is loaded (and never called again): how much slower Herstel runs
beside deduce's objects, which is the bias of the in-turn ratio that
``bench/detection_quality.py`` prints. Needs deduce: run it with
``var/bench-venv/bin/python bench/engine_beside_deduce.py``.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _rate(texts: list[str], megabytes: float, runs: int) -> float:
    from herstel.detection.services import text_scan

    timings = []
    for _ in range(runs):
        started = time.process_time()
        for text in texts:
            text_scan(text=text)
        timings.append(time.process_time() - started)
    return megabytes / sorted(timings)[len(timings) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--data", default=os.environ.get("HERSTEL_NER_DATA", "/work/shared/data")
    )
    args = parser.parse_args()
    path = Path(args.data) / "conll2002_nl_eval" / "ned.testa"
    if not path.exists():
        print(f"ned.testa not found at {path}; set --data or HERSTEL_NER_DATA")
        return 0
    import herstel.detection.detectors  # noqa: F401  (registers the detectors)
    from herstel.detection.evaluation import conll_read
    from herstel.detection.services import text_scan

    texts = [article.text for article in conll_read(path)]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    for text in texts:  # the cold pass
        text_scan(text=text)
    alone = [_rate(texts, megabytes, args.runs) for _ in range(2)]
    try:
        import deduce  # type: ignore[import-not-found]
    except ImportError:
        print("deduce is not installed in this interpreter: skipped")
        return 0
    model = deduce.Deduce()
    for text in texts[:20]:
        model.deidentify(text)
    beside = [_rate(texts, megabytes, args.runs) for _ in range(3)]
    print(
        "Herstel balanced, MB per CPU-s (median of "
        f"{args.runs} warm passes each): alone "
        + ", ".join(f"{rate:.2f}" for rate in alone)
        + "; with deduce loaded "
        + ", ".join(f"{rate:.2f}" for rate in beside)
        + f" ({len(gc.get_objects()):,} objects tracked by the garbage collector)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
