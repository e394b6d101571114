# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Rule-based recognition of person, place and organisation names in Dutch text.

The text is never tokenised as a whole. One regular expression finds *runs* of
capitalised words (with initials and lower-case particles such as "van der" or
"el" in between); only those runs and a few words around them are analysed:

1. A run is cleaned: a sentence-initial function word ("Volgens", "Dat") and
   leading titles or roles ("Premier", "KNVB-woordvoerder") are stripped, the
   latter kept as evidence.
2. The run is split where it joins two names: before a given name that follows
   a common word ("Binnenlandse Zaken | Otto Schily"), at a title or role, and at
   a particle that does not start a surname ("Schouppe | van de | NMBS").
3. Each piece gets a score per category from lexicons (given names, surnames,
   places, common words, organisation cue words), its shape (initials,
   tussenvoegsels, acronyms, derived adjectives) and its context (titles, roles,
   kinship words, prepositions, articles, speech verbs, an age in brackets).
4. Document level: a surname seen in a confident full name ("Guy Verhofstadt")
   makes earlier and later single mentions ("Verhofstadt") person names; an
   unknown two-word name whose last word also occurs alone in the document is
   taken as a full name; a single name with person evidence in one sentence
   ("vertelde Barrichello") is a person throughout, a name after a place cue
   ("in Düsseldorf") a place throughout; names listed next to persons ("A, B en
   C") are persons; a run of two known surnames is split in two.

Modules: :mod:`.words` (word patterns and property bits), :mod:`.candidate`
(one candidate and its evidence), :mod:`.runs`
(candidates), :mod:`.document` (document-level propagation),
:mod:`.scoring` (scores of one candidate) and :mod:`.analyser` (public
bodies, name forms and the matches).

Scores are loosely calibrated: 0.5 is the "balanced" threshold, lower scores
are only reported by the "recall" profile.
"""

from .analyser import NameAnalyser
from .analyser import analyser
from .candidate import Candidate
from .document import best
from .words import PARTICLES
from .words import RUN_PATTERN

__all__ = ["PARTICLES", "RUN_PATTERN", "Candidate", "NameAnalyser", "analyser", "best"]
