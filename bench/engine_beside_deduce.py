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
import sys

from engine_warm import data_argument
from engine_warm import megabytes_of
from engine_warm import timed_passes
from engine_warm import warm_texts


def _rate(texts: list[str], megabytes: float, runs: int) -> float:
    """Median MB per CPU-second of ``runs`` warm passes."""
    timings = timed_passes(texts, runs)
    return megabytes / timings[len(timings) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    data_argument(parser)
    args = parser.parse_args()
    texts = warm_texts(args.data)
    if texts is None:
        return 0
    megabytes = megabytes_of(texts)
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
