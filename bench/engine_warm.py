#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The warm detection engine alone: MB per CPU-second of ``text_scan`` (every
detector) over CoNLL-2002 ``ned.testa``, median of several warm passes, both
profiles. For the quick loops of a speed change; ``make bench-detection``
gives the figures beside deduce.

Usage: ``.venv/bin/python bench/engine_warm.py [--runs 11]``.

Instruction counts, immune to the load of a shared machine: run it under
callgrind with ``--passes 1`` and ``--passes 3`` (balanced profile only, no
timing) and halve the difference of the two totals::

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python bench/engine_warm.py --passes 3
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def data_argument(parser: argparse.ArgumentParser) -> None:
    """The ``--data`` option: where ``../shared/data`` is."""
    parser.add_argument(
        "--data", default=os.environ.get("HERSTEL_NER_DATA", "/work/shared/data")
    )


def warm_texts(data: str) -> list[str] | None:
    """The articles of ``ned.testa`` after one cold pass of every detector
    (word caches, compiled expressions); ``None``, said why, when absent."""
    path = Path(data) / "conll2002_nl_eval" / "ned.testa"
    if not path.exists():
        print(f"ned.testa not found at {path}; set --data or HERSTEL_NER_DATA")
        return None
    import herstel.detection.detectors  # noqa: F401  (registers the detectors)
    from herstel.detection.evaluation import conll_read
    from herstel.detection.services import text_scan

    texts = [article.text for article in conll_read(path)]
    for text in texts:
        text_scan(text=text)
    return texts


def megabytes_of(texts: list[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def timed_passes(texts: list[str], runs: int, profile: str = "balanced") -> list[float]:
    """The CPU seconds of ``runs`` warm passes over ``texts``, sorted."""
    from herstel.detection.services import text_scan

    timings = []
    for _ in range(runs):
        started = time.process_time()
        for text in texts:
            text_scan(text=text, profile=profile)
        timings.append(time.process_time() - started)
    return sorted(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="timed warm passes")
    parser.add_argument(
        "--passes", type=int, help="only run this many warm passes (for callgrind)"
    )
    data_argument(parser)
    args = parser.parse_args()
    texts = warm_texts(args.data)
    if texts is None:
        return 0
    if args.passes is not None:
        timed_passes(texts, args.passes)
        return 0
    megabytes = megabytes_of(texts)
    for profile in ("balanced", "recall"):
        timings = timed_passes(texts, args.runs, profile)
        print(
            f"{profile}: {megabytes / timings[len(timings) // 2]:.2f} MB per CPU-s "
            f"(median of {args.runs}; best {megabytes / timings[0]:.2f}; "
            f"{megabytes:.3f} MB)"
        )
    from herstel.detection import native

    print(f"load average {os.getloadavg()[0]:.2f}; the engine ran {native.running()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
