#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every finding of the detection engine on the development sets, for
comparing two versions of the engine (a speed change must not change them).

Writes one line per finding, ``set document profile start end category score
detector``, sorted, for both profiles on ``gov_letters_nl_dev``, the CoNLL-2002
development part (``ned.testa``) and the English texts in ``bench/data/english``.
The texts are read at run time and never written; the output holds offsets,
categories and scores only. Compare two runs with ``diff``.

Usage: ``.venv/bin/python bench/detection_snapshot.py OUT [--data DIR]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _texts(data: Path) -> Iterator[tuple[str, str, str]]:
    """``(set, document, text)`` of every development text that exists."""
    from herstel.detection.evaluation import conll_read

    gov = data / "gov_letters_nl_dev" / "texts"
    for path in sorted(gov.glob("*.txt")) if gov.is_dir() else ():
        yield "gov", path.stem, path.read_text(encoding="utf-8")
    conll = data / "conll2002_nl_eval" / "ned.testa"
    if conll.exists():
        for number, article in enumerate(conll_read(conll)):
            yield "conll", f"{number:03d}", article.text
    for path in sorted((ROOT / "bench" / "data" / "english").glob("*.txt")):
        yield "english", path.stem, path.read_text(encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument(
        "--data", default=os.environ.get("HERSTEL_NER_DATA", "/work/shared/data")
    )
    args = parser.parse_args()
    import herstel.detection.detectors  # noqa: F401  (registers the detectors)
    from herstel.detection.services import text_scan

    lines = []
    for name, document, text in _texts(Path(args.data)):
        for profile in ("balanced", "recall"):
            lines.extend(
                f"{name} {document} {profile} {m.start} {m.end} {m.category} "
                f"{m.score:.3f} {m.explanation.detector}"
                for m in text_scan(text=text, profile=profile)
            )
    Path(args.out).write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(lines)} findings written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
