# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Every interface string has its Dutch translation (issue 16).

`make lint` checks that every entry of the Dutch catalogues is translated, but
not that every string of the code is in a catalogue: a string added without
`make makemessages` showed in English on a Dutch page. This test runs
makemessages on a copy of the package, as `make makemessages` does, and fails
on every Dutch entry that is then new, empty or fuzzy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

PACKAGE = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext missing")
def test_every_string_of_the_code_is_translated_into_dutch(tmp_path):
    copy = tmp_path / "herstel"
    shutil.copytree(
        PACKAGE,
        copy,
        ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static", "tests"),
    )
    herstel = Path(sys.executable).with_name("herstel")
    subprocess.run(  # noqa: S603 - fixed program and arguments, no shell
        [str(herstel), "makemessages", "--locale", "nl", "--no-obsolete"],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    missing = [
        f"{path.relative_to(copy).parts[0]}: {entry.msgid!r}"
        for path in sorted(copy.glob("**/locale/nl/LC_MESSAGES/django.po"))
        for entry in polib.pofile(str(path))
        if not entry.obsolete and ("fuzzy" in entry.flags or not entry.translated())
    ]
    assert missing == []
