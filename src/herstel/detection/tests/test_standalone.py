# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The engine works in a bare Python process: no Django settings, no data folder."""

from __future__ import annotations

import json

from herstel.core.testing.processes import environ_without
from herstel.core.testing.processes import python_run

SCRIPT = """
import json, time
started = time.process_time()
import herstel.detection.detectors
from herstel.detection.services import text_scan
text = "Mw. A. el Amrani woont in Utrecht. Haar BSN is 111222333."
found = [(m.category, text[m.start:m.end]) for m in text_scan(text=text)]
print(json.dumps({"seconds": time.process_time() - started, "found": found}))
"""


def test_scan_without_settings_and_fast_start() -> None:
    """Importing and the first scan (lexicons included) need no settings.

    The start-up time is reported by `make bench`, not asserted here: a timed
    assertion fails on a busy machine without saying anything about the code."""
    env = environ_without("DJANGO_SETTINGS_MODULE")
    env["HERSTEL_NER_DATA"] = "/nonexistent"
    result = python_run(SCRIPT, env=env)
    report = json.loads(result.stdout)
    assert ["person", "A. el Amrani"] in report["found"]
    assert ["place", "Utrecht"] in report["found"]
    assert ["bsn", "111222333"] in report["found"]
    assert report["seconds"] > 0
