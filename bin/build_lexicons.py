#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Rebuild the detection lexicons in src/herstel/detection/data/.

Usage: ``.venv/bin/python bin/build_lexicons.py [--source DIR] [--target DIR]``.
The source defaults to ``$HERSTEL_NER_DATA`` or ``/work/shared/data``; see
``herstel.detection.build.lexicons`` and ``herstel.detection.build.names`` for
what is read and written. Also writes ``lexicons.bin`` and ``streets.bin``, the
prebuilt structures the engine loads at start-up.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from herstel.detection.build import lexicons_build  # noqa: E402
from herstel.detection.build.names import names_build  # noqa: E402
from herstel.detection.lexicons import compact_write  # noqa: E402

DEFAULT_SOURCE = Path(os.environ.get("HERSTEL_NER_DATA", "/work/shared/data"))
DEFAULT_TARGET = ROOT / "src" / "herstel" / "detection" / "data"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--target", type=Path, default=DEFAULT_TARGET)
    args = parser.parse_args()
    started = time.perf_counter()
    manifest = lexicons_build(source=args.source, target=args.target)
    artefacts = manifest["artefacts"]
    assert isinstance(artefacts, list)
    # Modern and migrant names from Faker's person lists (a development
    # dependency; see herstel.detection.build.names).
    world = names_build(source=args.source, target=args.target)
    world_artefacts = world["artefacts"]
    assert isinstance(world_artefacts, list)
    artefacts = [*artefacts, *world_artefacts]
    if args.target == DEFAULT_TARGET:
        compact_write()  # the prebuilt structures loaded at start-up
    for artefact in artefacts:
        print(f"{artefact['file']:<26} {artefact['entries']:>8,} entries")
    print(f"built in {time.perf_counter() - started:.1f} s -> {args.target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
