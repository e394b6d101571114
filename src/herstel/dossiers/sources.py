# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""How a mention was found, in words: never a detector or method code on a page.

A mention stores the detector's identifier and the method it used (``names`` /
``capitalisation``, ``identifiers`` / ``pattern:bsn``, ``analyst`` / ``manual``).
The detector's name comes from the detection registry (each detector declares a
translated ``verbose_name``); the method is named by its kind, the part before
``:``. An unknown method is left out rather than shown as a code.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from herstel.detection.registry import registry

ANALYST = "analyst"

_METHODS = {
    "manual": _("added by hand"),
    "pattern": _("pattern"),
    "lexicon": _("word list"),
    "propagation": _("found elsewhere in this document"),
    "capitalisation": _("capital letters"),
    "initials": _("initials"),
    "initials_line": _("initials"),
    "surname_first": _("surname first"),
    "line_break": _("name broken over a line"),
    "cue": _("role or title before the name"),
}


def detector_label(identifier: str) -> str:
    """The detector's name in the reader's language."""
    if identifier == ANALYST:
        return str(pgettext_lazy("found by", "Analyst"))
    detector = registry.get(identifier)
    if detector is None:
        return str(_("Automatic detection"))
    return str(detector.verbose_name)


def method_label(method: str) -> str:
    """The method's kind in words, or ``""`` when it has no name."""
    label = _METHODS.get(method.split(":", 1)[0])
    return str(label) if label is not None else ""


def source_label(detector: str, method: str) -> str:
    """``Detector (method)`` in words, for the mention tables."""
    name = detector_label(detector)
    how = method_label(method)
    return f"{name} ({how})" if how else name
