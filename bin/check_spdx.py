#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Fail when a Python source file lacks the EUPL-1.2 SPDX header."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = "SPDX-License-Identifier: EUPL-1.2"


def main() -> int:
    missing = [
        path
        for folder in ("src", "bin", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if HEADER not in path.read_text(encoding="utf-8")[:400]
    ]
    for path in missing:
        print(f"missing SPDX header: {path.relative_to(ROOT)}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
