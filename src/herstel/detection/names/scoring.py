# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Scoring of one candidate from its words, its shape and its context."""

from __future__ import annotations

from .candidate import Candidate
from .document import Propagator
from .words import ACRONYM
from .words import AFFILIATION
from .words import AGE
from .words import AGENT
from .words import ARTICLES
from .words import CACHE_LIMIT
from .words import CAPITAL_PARTICLE
from .words import COMMON
from .words import CUE_BOOST
from .words import DERIVED
from .words import ENGLISH_WORD
from .words import EXACT_COMMON
from .words import FOREIGN
from .words import FUNCTION
from .words import GIVEN
from .words import INITIALS_LINE
from .words import KIN
from .words import LOC
from .words import LOWER_COMMON
from .words import NON_PERSON
from .words import NOT_NAME
from .words import ORG
from .words import ORG_CUE
from .words import PARTY
from .words import PER
from .words import PERSON_ONLY_ROLES
from .words import PLACE
from .words import PROPER
from .words import ROLE
from .words import STREET
from .words import SURNAME
from .words import TRAILING_PARTICLE


class Scorer(Propagator):
    """Scores candidates for person, place and organisation."""

    @staticmethod
    def _initials_line(text: str, cand: Candidate) -> bool:
        """Whether the candidate is "(AB)" alone on its line."""
        if len(cand.words[0]) > 4:
            return False
        line_start = text.rfind("\n", 0, cand.start) + 1
        line_end = text.find("\n", cand.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        return INITIALS_LINE.fullmatch(line) is not None

    def _score(self, text: str, cand: Candidate) -> None:
        """Set ``cand.scores`` for person, place and organisation.

        A one-word candidate's scores depend only on the word and its cues, so
        they are cached on that key (most candidates are one word).
        """
        flags = cand.flags
        if (
            len(flags) != 1
            or cand.initials
            or cand.particles
            or flags[0] & ACRONYM
            or cand.method == "stripped"
        ):
            self._score_full(text, cand)
            return
        cue = cand.cue or self._left_cue(text, cand.start)
        right_notes: list[str] = []
        right = self._right_context(text, cand.end, right_notes)
        key = (cand.words[0], cue, right, *right_notes)
        cached = self._singles.get(key)
        if cached is None:
            cand.cue = cue
            self._score_full(text, cand, (right, right_notes))
            if len(self._singles) > CACHE_LIMIT:
                self._singles.clear()
            self._singles[key] = (
                cand.scores[PER],
                cand.scores[LOC],
                cand.scores[ORG],
                cand.evidence,
                tuple(cand.notes),
            )
            return
        per, loc, org, cand.evidence, notes = cached
        cand.scores = {PER: per, LOC: loc, ORG: org}
        if notes:
            cand.notes.extend(notes)

    def _score_full(
        self,
        text: str,
        cand: Candidate,
        right: tuple[float, list[str]] | None = None,
    ) -> None:
        """Score ``cand`` from scratch; ``right`` is a precomputed right context."""
        words, flags, notes = cand.words, cand.flags, cand.notes
        if not words or cand.method == "stripped":
            # A sentence-initial word that is also a name ("Smeets") is a
            # person only "when in doubt".
            doubt = bool(flags) and (
                flags[0] & (PROPER | SURNAME) or not flags[0] & EXACT_COMMON
            )
            cand.scores = {PER: 0.2 if doubt else 0.0, LOC: 0.0, ORG: 0.0}
            return
        n_words = len(words)
        first, last = flags[0], flags[-1]
        if n_words == 1:
            every = first
        else:
            every = 0
            for bit in flags:
                every |= bit
        single = n_words == 1 and not cand.initials and not cand.particles
        cue = cand.cue or self._left_cue(text, cand.start)
        kind = cue[: cue.find(":")] if cue else ""
        per = loc = org = 0.0
        if (
            single
            and first & ACRONYM
            and kind in ("title", "role")
            and len(words[0]) >= 4
            and words[0].isalpha()
            and text[cand.start - 2 : cand.start - 1].isupper()
        ):
            # A name in capitals after a cue in capitals: "HET LID BROUWER",
            # "MINISTER KOOLMEES" (but "Voorzitter NVVK" is an acronym).
            # Scored as the capitalised word it stands for.
            first = every = self.flags(words[0].capitalize())
        person_role = cue in PERSON_ONLY_ROLES

        if single:
            surface = words[0]
            place = bool(first & PLACE)
        else:
            surface = text[cand.start : cand.end]
            place = surface in self.lex.places
        given_first = bool(first & GIVEN) and not cand.initials

        # Organisation evidence.
        if every & ORG_CUE:
            org = 0.75
            notes.append("org_cue")
        elif single and first & ACRONYM and not first & EXACT_COMMON:
            org = 0.55
            notes.append("acronym")
        elif kind == "article" and not place:
            org = 0.4

        # Place evidence.
        if place:
            loc = 0.55 if first & COMMON else 0.75
            notes.append("lexicon:places")
            if kind == "place":
                loc += 0.2
        elif kind == "place" and not given_first and not cand.initials:
            # "in Düsseldorf", "uit Assam": an unknown name after a place cue.
            loc = 0.55 if single and not first & (COMMON | ACRONYM) else 0.45

        # Person evidence from the name's shape.
        if single and first & ACRONYM and self._initials_line(text, cand):
            # "(FS)" alone on a line: the initials of whoever wrote or drafted
            # the text, unless a place; a party or a body ("(CDA)", "(VWS)") is
            # NON_PERSON, which ends its person score below.
            per, org = 0.35 if first & PLACE else 0.6, 0.3
            notes.append("initials_line")
        elif (single and first & (ACRONYM | DERIVED | FOREIGN)) or (
            n_words == 1 and first & CAPITAL_PARTICLE
        ):
            per = 0.0
        elif cand.initials:
            # "A. Intensievere" is a numbered heading, "A. Jansen" a name, and
            # so is "J.A. Wijnen": a heading is numbered by one letter.
            heading = first & (COMMON | DERIVED | NON_PERSON) and (
                text.count(".", cand.start, cand.end) < 2
            )
            per = 0.3 if n_words == 1 and heading else 0.9
            notes.append("initials")
        elif (
            given_first
            and n_words >= 2
            and not last & (ACRONYM | PLACE)
            and not (n_words >= 3 and every & ACRONYM)  # "Erasmus MC Aanbevelingen"
        ):
            per = 0.9
            notes.append("lexicon:given_names")
        elif cand.particles and n_words >= 2:
            per = 0.85 if not every & (ACRONYM | ORG_CUE) and not place else 0.3
            notes.append("tussenvoegsel")
        elif first & CAPITAL_PARTICLE and n_words >= 2:
            rest = 0
            for bit in flags[1:]:
                rest |= bit
            if n_words > 2 or rest & (NOT_NAME & ~COMMON | FUNCTION):
                per = 0.3  # "De Nieuwe Aanpak", "De Rwandese"
            elif rest & (SURNAME | PROPER) or not rest & LOWER_COMMON:
                # "De Mey", "Van Dijk"; but "De Tozo is" opens a sentence.
                per = 0.8
                if cand.sentence_start:
                    per = 0.6 if rest & (SURNAME | PROPER) else 0.45
            else:
                per = 0.3  # "De Telegraaf", "De Kleiputten"
            notes.append("tussenvoegsel")
        elif n_words >= 2:
            if every & (ACRONYM | ORG_CUE | FOREIGN | DERIVED | ENGLISH_WORD) or (
                first & COMMON or last & COMMON or STREET.search(words[-1])
            ):
                per = 0.15  # "Vlaams Blok", "Radio Roxy", "The Black Crowes"
            elif surface in self.lex.places:
                per = 0.1
            elif all(bit & COMMON for bit in flags) or last & PLACE:
                per = 0.3  # "Racing Genk", "Studio Brussel"
            elif n_words >= 4:
                per = 0.3  # "Morgan Stanley Dean Witter"
            elif first & PROPER and not first & PLACE and last & (SURNAME | PROPER):
                per = 0.6
            else:
                per = 0.55
        elif given_first:
            per = 0.45
            notes.append("lexicon:given_names")
        else:
            per = 0.2 if first & COMMON else 0.45
        if per and single and first & (SURNAME | PROPER):
            per += 0.03

        # Person evidence from context.
        boost = 0.0
        if kind in CUE_BOOST:
            boost += CUE_BOOST[kind]
            notes.append(cue)
        elif kind == "article":
            boost -= 0.35
        elif kind == "place" and not given_first:
            boost -= 0.2
        elif kind == "verb":
            boost += 0.15
            notes.append(cue)
        if right is None:
            boost += self._right_context(text, cand.end, notes)
        else:
            boost += right[0]
            notes.extend(right[1])
        if single and first & LOWER_COMMON and "affiliation" in notes:
            # "Werk en Inkomen (TWI)": an abbreviation, not an affiliation.
            boost -= 0.2
        cand.evidence = boost if kind not in ("article", "place") else -1.0
        if "party" in notes and not every & (ORG_CUE | NON_PERSON):
            loc = min(loc, 0.3)  # "Dijk (SP)" is a member, not the village
            place = False
        if place and not (cand.initials or given_first or person_role):
            per -= 0.3
        if every & ORG_CUE:
            per -= 0.4
        if every & NON_PERSON and not (cand.initials or given_first):
            per = 0.0  # a law, a heading, a party or a public body
        elif (
            every & ENGLISH_WORD
            and not cand.initials
            and not given_first
            and kind != "title"
        ):
            per = min(per, 0.15)  # "Public Health", "Green Deal", "Health"
        if per > 0:
            per = max(0.0, min(0.99, per + boost))
            if (
                kind in ("title", "role", "kin")
                and not every & (ORG_CUE | DERIVED)
                and not (place and kind != "title" and not person_role)
            ):
                # "premier Barak", "de heer Veer": the cue settles it.
                per = max(per, 0.9 if kind == "title" else 0.8)
        cand.scores = {PER: per, LOC: min(loc, 0.95), ORG: org}

    def _right_context(self, text: str, end: int, notes: list[str]) -> float:
        """Person evidence after a name: an age, a party, a verb, an apposition."""
        index = end + 1 if text[end : end + 1] == " " else end
        char = text[index : index + 1]
        if char in ("(", ","):
            after = text[end : end + 24]
            # Each expression is tried only when the characters it starts
            # with are there (most names are followed by " , " and a word).
            if (
                after[1:2].isdigit() or after[2:3].isdigit() or after[3:4].isdigit()
            ) and AGE.match(after):
                notes.append("age")
                return 0.4
            particle = (
                TRAILING_PARTICLE.match(text, end, end + 16) if char == "," else None
            )
            at = particle.end() if particle else end
            if "(" in text[at : at + 2]:
                party = PARTY.match(text, at, end + 56)
                if party and party.group(1) in self.parties:
                    # "Pierik (BBB)", "X en Y (beiden SP)", "Ham, van der (D66)"
                    notes.append("party")
                    return 0.45
            if "(" in after[:2] and AFFILIATION.match(after):
                notes.append("affiliation")
                return 0.2
            if char == ",":
                # Apposition: "Hugo Koeman , bestuurslid van ..."
                following = after.split(maxsplit=3)
                if len(following) >= 2:
                    noun = following[1].lower()
                    if noun in ARTICLES and len(following) >= 3:
                        noun = following[2].lower()
                    introducer = self._appositions.get(noun)
                    if introducer is None:
                        if len(self._appositions) > CACHE_LIMIT:
                            self._appositions.clear()
                        introducer = self._appositions[noun] = self._introducer(noun)
                    if introducer & (ROLE | KIN | AGENT):
                        notes.append(f"apposition:{noun}")
                        return 0.3
            return 0.0
        if not char.islower():
            return 0.0
        stop = text.find(" ", index, index + 16)
        word = text[index : stop if stop >= 0 else index + 16].rstrip(".,;:!?")
        if word in self.person_verbs:
            notes.append(f"verb:{word}")
            return 0.15
        return 0.0
