# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Street addresses and postcodes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..base import Category
from ..base import Detector
from ..base import Explanation
from ..base import Match
from ..i18n import gettext_lazy as _
from ..lexicons import lexicons_load
from ..lexicons import streets_load
from ..patterns import Pattern
from ..patterns import PatternDetector
from ..regex_cache import compile as compile_cached
from ..registry import registry
from ..scope import digit_runs

_STREET_SUFFIX = compile_cached(
    r"(?:straat|weg|laan|hof|pad|plein|dijk|singel|dreef|steeg|kade|plantsoen|"
    r"veld|kamp|erf|park|baan|wal|ring|gracht|haven|markt|boulevard|straatje|"
    r"laantje|hofje|allee|promenade|passage|kanaal|lei|steenweg)$"
)
"""Endings of Dutch and Flemish street names ("Kerkstraat", "Meir" excepted)."""

_HOUSE_NUMBER = compile_cached(
    r"(?P<street>[A-ZÀ-Þ][\w'’\-]*\.?) (?P<number>[1-9]\d{0,4})"
    r"(?P<addition>(?: ?[a-zA-Z]{1,2}\b| ?- ?\d{1,4}|-?(?:hs|bis|I{1,3}))?)"
    r"(?![\w-]|[.,]\d)"
)
_NOT_AFTER = compile_cached(r"[\w'’-]")
_POSTCODE_AFTER = compile_cached(r",? ?[1-9]\d{3} ?[A-Z]{2}\b")
_CONTEXT = compile_cached(
    r"(?<!\w)(?:woont|wonende|woonachtig|adres|adresgegevens|verhuisd|ingeschreven|"
    r"gevestigd)(?!\w)",
    re.IGNORECASE,
)


@registry("address")
class AddressDetector(Detector):
    """A street name followed by a house number ("Jan van Galenstraat 12a").

    The street is recognised by its ending ("-straat", "-laan", ...) or by the
    BAG list of street names, which also gives the extent of names of several
    words.
    """

    verbose_name = _("Street addresses")
    entity_types = (Category.ADDRESS,)
    context_words = ("woont", "wonende", "woonachtig", "adres")
    """Words that announce an address."""

    def detect(self, text: str) -> list[Match]:
        """Return every street name with a house number."""
        lexicons = lexicons_load()
        common = lexicons.common_words
        matches = []
        for hit in self._house_numbers(text):
            streets = streets_load()
            street = hit.group("street").rstrip(".")
            start = hit.start("street")
            method = ""
            # The longest street name in the BAG list that ends here.
            line_start = text.rfind("\n", 0, start) + 1
            words = text[max(line_start, start - 60) : start].split(" ")[:-1]
            extent = ""
            for size in range(min(len(words), 5), 0, -1):
                candidate = " ".join([*words[-size:], street])
                if candidate[0].isupper() and candidate.lower() in streets:
                    extent = candidate
                    break
            if extent:
                start -= len(extent) - len(street)
                method = "lexicon:streets"
            elif _STREET_SUFFIX.search(street.lower()):
                method = "pattern:street_suffix"
            elif street.lower() in streets and street.lower() not in common:
                method = "lexicon:streets"
            else:
                continue
            end = hit.end()
            score = 0.85
            notes = []
            if _POSTCODE_AFTER.match(text, end):
                score += 0.1
                notes.append("postcode")
            if _CONTEXT.search(text, max(0, start - 48), start):
                score += 0.1
                notes.append("context")
            matches.append(
                Match(
                    category=Category.ADDRESS.value,
                    start=start,
                    end=end,
                    score=min(score, 0.99),
                    explanation=Explanation(
                        detector=self.identifier,
                        method=method,
                        context_boost=0.1 if "context" in notes else 0.0,
                        notes=tuple(notes),
                    ),
                )
            )
        return matches

    @staticmethod
    def _house_numbers(text: str) -> Iterator[re.Match[str]]:
        """ "Street 12" hits, tried only before the digit runs of the text."""
        for run in digit_runs(text):
            if run < 2 or text[run - 1] != " " or text[run] == "0":
                continue
            start = run - 1
            while start > 0 and (
                text[start - 1].isalnum() or text[start - 1] in "'’-."
            ):
                start -= 1
            if start == run - 1 or (start and _NOT_AFTER.match(text, start - 1)):
                continue
            hit = _HOUSE_NUMBER.match(text, start)
            if hit is not None and hit.start("number") == run:
                yield hit


@registry("postcode")
class PostcodeDetector(PatternDetector):
    """Dutch postcodes ("1234 AB"); Belgian ones only before a known place."""

    verbose_name = _("Postcodes")
    entity_types = (Category.POSTCODE,)
    category = Category.POSTCODE.value
    context_words = ("postcode", "adres", "woont", "wonende", "postbus")
    """Words that announce a postcode."""
    context_boost = 0.1
    patterns = (
        Pattern(
            "postcode_nl",
            r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\w-])",
            0.75,
            not_after=r"[\w-]",
            digit_anchors=(0,),
        ),
        Pattern(
            "postcode_be",
            r"[1-9]\d{3}(?= [A-ZÀ-Þ])",
            0.0,
            not_after=r"[\w-]",
            digit_anchors=(0,),
        ),
    )

    def score(self, text: str, start: int, end: int, base: float) -> float:
        """Raise hits that are followed by a place name; lower bare years."""
        following = text[end : end + 40].lstrip(" ").split(" ", 1)[0].rstrip(",.")
        place = following in lexicons_load().places
        if base == 0.0:  # Belgian: only at the start of a line or after ", "
            line_start = start == 0 or text[start - 1] == "\n"
            if place and (line_start or text[start - 2 : start] == ", "):
                return 0.6
            return -1.0
        if place:
            return base + 0.2
        if text[start : start + 2] in ("19", "20"):
            return base - 0.3  # "in 2016 EU-breed" is a year, not a postcode
        return base

    def detect(self, text: str) -> list[Match]:
        """Drop hits that scored zero (Belgian numbers without a place)."""
        return [m for m in super().detect(text) if m.score > 0.05]
