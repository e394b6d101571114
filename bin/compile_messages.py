#!/usr/bin/env python
# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Compile every .po catalogue to .mo (no system gettext needed).

Catalogues: conf/locale (shared) and <app>/locale for apps that have one.

With --check, fail when a Dutch entry is untranslated or fuzzy instead.
"""

import argparse
import sys
from pathlib import Path

import polib

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "herstel"
# The shared catalogue plus one per app that has its own locale/ directory
# (makemessages writes each string to the nearest locale/ above its file).
LOCALE_DIRS = [PACKAGE / "conf" / "locale", *sorted(PACKAGE.glob("*/locale"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    problems = 0
    for root in LOCALE_DIRS:
        for po_path in sorted(root.glob("*/LC_MESSAGES/*.po")):
            catalogue = polib.pofile(str(po_path))
            if args.check and po_path.parts[-3] == "nl":
                for entry in catalogue:
                    if entry.obsolete:
                        continue
                    if "fuzzy" in entry.flags or not entry.translated():
                        problems += 1
                        print(f"{po_path}: untranslated or fuzzy: {entry.msgid!r}")
            else:
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
    if problems:
        print(f"{problems} Dutch entries need a translation.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
