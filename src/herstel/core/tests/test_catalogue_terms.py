# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""One Dutch name per thing (issue 16): the audit trail is "de audittrail", the
privacy officer is "functionaris gegevensbescherming", in every catalogue."""

from pathlib import Path

import polib
import pytest

PACKAGE = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(PACKAGE.glob("*/locale/nl/LC_MESSAGES/django.po"))

OTHER_NAMES = ("auditlog", "privacyfunctionaris", "privacy officer", "het audittrail")


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.parts[-5])
def test_dutch_catalogue_uses_one_name_per_thing(catalogue):
    found = []
    for entry in polib.pofile(str(catalogue)):
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        for text in texts:
            lowered = text.lower()
            found += [(name, entry.msgid) for name in OTHER_NAMES if name in lowered]
    assert not found
