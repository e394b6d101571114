# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Value types and the detector base class.

Importable without Django settings and without importing Django's ORM or
translation machinery (see :mod:`.i18n`): labels are translated when rendered.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.functional import Promise

from .i18n import gettext_lazy as _

if TYPE_CHECKING:  # the type checker knows Django's class of the same shape
    from django.db.models import TextChoices
else:
    from .i18n import TextChoices


class Category(TextChoices):
    """Kinds of personal data that detectors report.

    The first group identifies a person or their whereabouts; the second holds
    the special categories of GDPR art. 9 and the criminal data of art. 10.
    """

    PERSON = "person", _("Person name")
    PLACE = "place", _("Place")
    ADDRESS = "address", _("Address")
    POSTCODE = "postcode", _("Postcode")
    EMAIL = "email", _("E-mail address")
    PHONE = "phone", _("Phone number")
    BSN = "bsn", _("Citizen service number (BSN)")
    IBAN = "iban", _("Bank account number (IBAN)")
    DATE_OF_BIRTH = "date_of_birth", _("Date of birth")
    RELIGION = "religion", _("Religious or philosophical belief")
    ETHNICITY = "ethnicity", _("Racial or ethnic origin")
    HEALTH = "health", _("Health")
    POLITICAL_OPINION = "political_opinion", _("Political opinion")
    CRIMINAL = "criminal", _("Criminal data")
    ORGANISATION = "organisation", _("Organisation")


# The name analyser's categories as plain strings. Typed here because the
# analyser is compiled (native.py) without the Django plugin, which is what
# tells the type checker that a member of ``Category`` is a string.
PERSON: str = Category.PERSON.value
PLACE: str = Category.PLACE.value
ORGANISATION: str = Category.ORGANISATION.value


SPECIAL_CATEGORIES = frozenset(
    {
        Category.RELIGION,
        Category.ETHNICITY,
        Category.HEALTH,
        Category.POLITICAL_OPINION,
        Category.CRIMINAL,
    }
)
"""Categories that say something *about* a person (GDPR art. 9 and 10).

They are resolved as a separate layer: a phrase can be both an organisation
name and a religious marker ("Moskee Al-Waha").
"""


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a span was flagged, in enough detail for a reviewer to judge it."""

    detector: str
    """Identifier of the detector that produced the match, e.g. ``"bsn"``."""
    method: str
    """How it was found, e.g. ``"pattern:bsn"``, ``"lexicon:given_names"`` or
    ``"propagation"``."""
    validation: str | None = None
    """Result of a checksum or other validation, e.g. ``"elfproef"``; ``None``
    when nothing was validated."""
    context_boost: float = 0.0
    """How much the surrounding words raised (or lowered) the score."""
    notes: tuple[str, ...] = ()
    """Short machine-readable reasons, e.g. ``("title:mevrouw",)``."""


@dataclass(frozen=True, slots=True)
class Match:
    """One finding: ``text[start:end]`` is personal data of ``category``."""

    category: str
    """One of :class:`Category`."""
    start: int
    """Character offset of the first character of the span."""
    end: int
    """Character offset just past the span."""
    score: float
    """Confidence between 0 and 1; profiles apply thresholds to it."""
    explanation: Explanation
    """Why the span was flagged."""

    @property
    def entity_type(self) -> str:
        """Alias of :attr:`category`, the name presidio uses."""
        return self.category


_new = object.__new__
_set_category, _set_start, _set_end, _set_score, _set_explanation = (
    Match.__dict__[name].__set__
    for name in ("category", "start", "end", "score", "explanation")
)


def match_new(
    category: str, start: int, end: int, score: float, explanation: Explanation
) -> Match:
    """``Match(category, start, end, score, explanation)``, built by setting its
    slots directly: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, which made it 2.5 times slower (detectors build
    thousands of matches per scan). The object is the same."""
    match = _new(Match)
    _set_category(match, category)
    _set_start(match, start)
    _set_end(match, end)
    _set_score(match, score)
    _set_explanation(match, explanation)
    return match


class Detector(abc.ABC):
    """A plugin that finds personal data in plain text.

    Subclasses declare the class attributes below, register themselves with
    ``@registry("identifier")`` and implement :meth:`detect`. A detector never
    touches the database and does no work at import or in ``__init__``: heavy
    resources are loaded lazily on the first call and cached.
    """

    identifier: str = ""
    """Stable machine name; the registry key."""
    verbose_name: str | Promise = ""
    """Display name (gettext_lazy)."""
    entity_types: Sequence[str] = ()
    """The :class:`Category` values this detector can report."""
    languages: Sequence[str] = ("nl",)
    """ISO 639-1 codes of the languages the detector is written for."""
    context_words: Sequence[str] = ()
    """Words that make a nearby candidate more likely to be personal data."""

    @abc.abstractmethod
    def detect(self, text: str) -> list[Match]:
        """Return every match in ``text``, with offsets into ``text``."""

    def validate(self, candidate: str) -> bool:
        """Return whether ``candidate`` passes this detector's checksum.

        Detectors without a checksum accept every candidate.
        """
        return True

    def __repr__(self) -> str:
        """Show the identifier, which is what logs and tests need."""
        return f"<{type(self).__name__} {self.identifier!r}>"
