# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Person, place and organisation names (see :mod:`herstel.detection.names`)."""

from __future__ import annotations

from ..base import Category
from ..base import Detector
from ..base import Match
from ..i18n import gettext_lazy as _
from ..names import analyser
from ..registry import registry


@registry("names")
class NameDetector(Detector):
    """Capitalised runs analysed with lexicons, cue words and propagation.

    One detector reports all three categories because they compete for the same
    spans: "Washington" is a person or a place, decided once, with context.
    """

    verbose_name = _("Names of persons, places and organisations")
    entity_types = (Category.PERSON, Category.PLACE, Category.ORGANISATION)
    languages = ("nl",)

    context_words = ("de heer", "mevrouw", "dhr.", "mw.", "dr.", "imam", "minister")
    """A sample; the full lists are ``data/vocabulary/titles.txt``, ``roles.txt``
    and ``kinship.txt``."""

    def detect(self, text: str) -> list[Match]:
        """Return name matches; each candidate may yield several categories."""
        return analyser().analyse(text, detector=self.identifier)
