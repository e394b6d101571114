# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""Candidate names: runs of capitalised words, cleaned and split.

See :mod:`herstel.detection.names` for the overall method.
"""

from __future__ import annotations

from ..scope import latin1
from .candidate import Candidate
from .words import ACRONYM
from .words import ARTICLES
from .words import CACHE_LIMIT
from .words import CAPITAL_PARTICLE
from .words import COMMON
from .words import CUE_NAMES
from .words import DERIVED
from .words import FOREIGN
from .words import FUNCTION
from .words import GIVEN
from .words import INTRODUCER
from .words import LOWER_COMMON
from .words import NAMING_CUES
from .words import NOT_BEFORE_RUN
from .words import NOT_NAME
from .words import ORG_CUE
from .words import PARTICLES
from .words import PARTY
from .words import PLACE
from .words import PLACE_PARTICLES
from .words import POSTCODE_DIGITS
from .words import PROPER
from .words import RUN_PATTERN
from .words import RUN_PATTERN_LATIN1
from .words import SENTENCE_END
from .words import SKIP_BEFORE
from .words import SURNAME
from .words import TITLE
from .words import UNAMBIGUOUS_PARTICLES
from .words import WordClassifier


class RunSplitter(WordClassifier):
    """Finds runs of capitalised words and turns them into candidates."""

    def _sentence_start(self, text: str, start: int) -> bool:
        """Whether ``start`` begins a sentence, line or list item."""
        index = start - 1
        if index > 0 and text[index] == " " and text[index - 1] not in SKIP_BEFORE:
            index -= 1  # the common case: one space after a word
        else:
            while index >= 0 and text[index] in SKIP_BEFORE:
                index -= 1
        if index < 0:
            return True
        if text[index].isdigit():
            # "4.1 Ruimtelijke aspecten", "### 2 Beschrijving": a numbered
            # heading starts a line.
            while index >= 0 and (text[index].isdigit() or text[index] == "."):
                index -= 1
            while index >= 0 and text[index] in " \t#*":
                index -= 1
            return index < 0 or text[index] == "\n"
        if text[index] != ".":
            return text[index] in SENTENCE_END
        # "dr. Veer", "mw. Jansen", "J. Jansen": an abbreviation, not an end.
        word_start = index
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:index]
        return not ((len(word) == 1 and word.isupper()) or word.lower() in self.titles)

    def _left_cue(self, text: str, start: int) -> str:
        """The cue given by the word just before ``start`` on the same line."""
        if start < 2 or text[start - 1] not in " \n":
            return ""
        end = start - 1
        begin = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
        word = text[begin:end]
        if text[end] == "\n" and (
            begin < 2
            or text[begin - 1] != " "
            or word.lower() not in self.roles_and_titles
        ):
            return ""  # "het lid\nKuiken", but not a label alone on its line
        cue = self._cues.get(word)
        if cue is None:
            if len(self._cues) > CACHE_LIMIT:
                self._cues.clear()
            cue = self._cues[word] = self._cue_of(word)
        return cue

    def _cue_of(self, word: str) -> str:
        """The cue a preceding ``word`` gives, e.g. ``"title:mw."`` or ``""``."""
        left = word.lower().rstrip(",")
        if left.endswith((".", ":")) and left.rstrip(".:") not in self.titles:
            return ""  # the end of a sentence, not "dr."
        introducer = self._introducer(left)
        if introducer:
            return f"{CUE_NAMES[introducer]}:{left}"
        if left in ARTICLES:
            return f"article:{left}"
        if left in self.place_cues:
            return f"place:{left}"
        if left in self.person_verbs:
            return f"verb:{left}"
        return ""

    def _candidates(self, text: str) -> list[Candidate]:
        """Return the candidates of every run in ``text``, in text order."""
        out: list[Candidate] = []
        known = self._flags  # word -> bits, filled by self.flags
        not_before = NOT_BEFORE_RUN.match
        runs = RUN_PATTERN_LATIN1 if latin1(text) else RUN_PATTERN
        for match in runs.finditer(text):
            found = match.start()
            if (
                found
                and text[found - 1] not in " \n"  # most runs: no look-up
                and not_before(text, found - 1)
                and not self._slash(text, found)
            ):
                continue  # inside a word, an e-mail address or a path
            group = match.group()
            if " " not in group:
                if text[found + len(group) : found + len(group) + 1].isdigit():
                    continue  # "D66", "A2"
                # Most runs are one word: decide quickly.
                self._single(text, found, group, out)
                continue
            tokens = group.split(" ")
            count = len(tokens)
            offsets = []
            offset = found
            for token in tokens:
                offsets.append(offset)
                offset += len(token) + 1
            bits = [
                0
                if (t in PARTICLES or t.endswith("."))
                else b
                if (b := known.get(t)) is not None
                else self.flags(t)
                for t in tokens
            ]
            index = 0
            cue = ""
            if found > 1 and text[found - 1] == " " and text[found - 2].isalpha():
                sentence_start = False  # after a word: what _sentence_start says
            else:
                sentence_start = self._sentence_start(text, found)
            if len(tokens[0]) == 2 and POSTCODE_DIGITS.fullmatch(
                text, max(0, found - 5), found
            ):
                index, sentence_start = 1, False  # the letters of "1051 KM"
            # 1. Strip leading function words, titles and roles.
            while index < count:
                token = tokens[index]
                if token in PARTICLES or token.endswith("."):
                    break
                word = bits[index]
                if word & INTRODUCER and not word & GIVEN:
                    cue = f"{CUE_NAMES[word & INTRODUCER]}:{token.lower()}"
                    index += 1
                    sentence_start = False
                    continue
                if index == 0 and sentence_start and not word & GIVEN:
                    following = bits[1] if count > 1 else 0
                    if (
                        word & CAPITAL_PARTICLE
                        and count > 1
                        and (
                            tokens[1] in PARTICLES
                            or not following & (NOT_NAME | LOWER_COMMON)
                        )
                    ):
                        break  # "De Mey zegt", "Van der Voort vindt"
                    name_follows = count > 1 and bool(
                        following & CAPITAL_PARTICLE
                        or not following & (NOT_NAME | LOWER_COMMON)
                    )
                    if word & (FUNCTION | DERIVED | FOREIGN) or (
                        word & LOWER_COMMON
                        and not (word & (PROPER | SURNAME | ORG_CUE) and name_follows)
                    ):
                        if count == 1 and not word & FUNCTION:
                            # Kept with a zero score: document-level
                            # propagation may still show it is a name.
                            out.append(self._make(tokens, bits, offsets, [0], "", True))
                            out[-1].method = "stripped"
                        index += 1  # "Volgens", but not "Koen" in "Koen Raes"
                        continue
                break
            # 2. Split into pieces.
            piece: list[int] = []
            pending: list[int] = []
            for i in range(index, count):
                token = tokens[i]
                if token in PARTICLES:
                    if piece:
                        pending.append(i)
                    else:
                        # "burgemeester van X": the role is not X's.
                        cue = ""
                    continue
                if not piece:
                    word = bits[i]
                    if word & INTRODUCER and not word & GIVEN and i + 1 < count:
                        # "Antwoord van Minister Koolmees": the role is a cue.
                        cue = f"{CUE_NAMES[word & INTRODUCER]}:{token.lower()}"
                        continue
                    piece = [i]
                    pending = []
                    continue
                if pending:
                    if self._joins(tokens, bits, piece, pending, i):
                        piece.extend(pending)
                        piece.append(i)
                    else:
                        out.append(
                            self._make(
                                tokens, bits, offsets, piece, cue, sentence_start
                            )
                        )
                        cue, sentence_start, piece = "", False, [i]
                    pending = []
                    continue
                word = bits[i]
                previous = bits[piece[-1]]
                if (
                    word & INTRODUCER
                    and not word & GIVEN
                    and not previous & CAPITAL_PARTICLE
                    and not (  # "Frank Prins": a surname, not a title
                        i == count - 1
                        and previous & (GIVEN | PROPER | SURNAME)
                        and not previous & COMMON
                    )
                ):
                    out.append(
                        self._make(tokens, bits, offsets, piece, cue, sentence_start)
                    )
                    cue = f"{CUE_NAMES[word & INTRODUCER]}:{token.lower()}"
                    sentence_start, piece = False, []
                    continue
                if (
                    word & GIVEN
                    and previous & (COMMON | DERIVED | ACRONYM | ORG_CUE)
                    and not previous & (GIVEN | CAPITAL_PARTICLE)
                ):
                    # "Binnenlandse Zaken Otto Schily"
                    out.append(
                        self._make(tokens, bits, offsets, piece, cue, sentence_start)
                    )
                    cue, sentence_start, piece = "", False, [i]
                    continue
                piece.append(i)
            if piece:
                out.append(
                    self._make(tokens, bits, offsets, piece, cue, sentence_start)
                )
        trimmed: list[Candidate] = []
        for cand in out:
            if len(cand.flags) < 3:
                trimmed.append(cand)  # what _trim returns for it
            else:
                trimmed.extend(self._trim(cand))
        return trimmed

    def _party_after(self, text: str, end: int) -> bool:
        """Whether a party in brackets follows: "en Prins (beiden SP)"."""
        party = PARTY.match(text, end, end + 40)
        return party is not None and party.group(1) in self.parties

    @staticmethod
    def _slash(text: str, found: int) -> bool:
        """Whether a run after "/" starts a name ("motie Pierik/Van Dijk"), not a
        path or an address."""
        if text[found - 1] != "/" or found < 3 or not text[found - 2].isalpha():
            return False
        begin = max(text.rfind(" ", 0, found), text.rfind("\n", 0, found)) + 1
        token = text[begin:found]
        return token[:1].isupper() and not any(c in token for c in ".:@\\")

    @staticmethod
    def _trim(cand: Candidate) -> list[Candidate]:
        """Split a leading common word off a longer name ("Verkeer | Isabelle
        Durant", "Tunesiër | Moufadhel Adhoum")."""
        flags = cand.flags
        if (
            len(flags) < 3
            or cand.initials
            or not flags[0] & (COMMON | DERIVED | ACRONYM)
            or flags[0] & ORG_CUE  # "Moskee Kuzey Yildiz" is one name
            or flags[0] & (GIVEN | CAPITAL_PARTICLE)
            or any(f & NOT_NAME for f in flags[1:])
        ):
            return [cand]
        head = cand.words[0]
        split = cand.start + len(head) + 1
        return [
            Candidate(
                start=cand.start,
                end=cand.start + len(head),
                words=[head],
                flags=[flags[0]],
                sentence_start=cand.sentence_start,
                cue=cand.cue,
            ),
            Candidate(
                start=split,
                end=cand.end,
                words=cand.words[1:],
                flags=flags[1:],
                particles=cand.particles,
            ),
        ]

    def _single(self, text: str, start: int, token: str, out: list[Candidate]) -> None:
        """Add the candidate for a run of one word (or nothing)."""
        if token[-1] == ".":
            return  # a lone initial
        bits = self._flags.get(token)
        if bits is None:
            bits = self.flags(token)
        cue = ""
        if bits & TITLE and not bits & GIVEN:
            return  # a lone title: "de heer Drs. M. Rutte"
        if bits & INTRODUCER and not bits & GIVEN:
            # A lone title or role, unless a cue makes it a surname: "het lid
            # Prins", "minister Koning", "de heer Visser".
            cue = self._left_cue(text, start)
            if not cue.startswith(NAMING_CUES) and not self._party_after(
                text, start + len(token)
            ):
                return
        method = "capitalisation"
        if start > 1 and text[start - 1] == " " and text[start - 2].isalpha():
            sentence_start = False  # after a word: what _sentence_start says
        else:
            sentence_start = self._sentence_start(text, start)
        if sentence_start and start and text[start - 1] == "\n" and not bits & FUNCTION:
            # "het lid\nKuiken": the role on the line before still names.
            cue = cue or self._left_cue(text, start)
            if cue.startswith(NAMING_CUES):
                sentence_start = False
        if sentence_start and not bits & GIVEN:
            if bits & FUNCTION:
                return
            if bits & (DERIVED | FOREIGN | LOWER_COMMON):
                method = "stripped"
        # Positional: keywords cost a third of the time of building one.
        out.append(
            Candidate(
                start,
                start + len(token),
                [token],
                [bits],
                False,
                False,
                sentence_start,
                cue,
                {},
                [],
                method,
            )
        )

    def _joins(
        self,
        tokens: list[str],
        bits: list[int],
        piece: list[int],
        pending: list[int],
        following: int,
    ) -> bool:
        """Whether particles after ``piece`` start a surname (``Jan | van der``)."""
        if tokens[pending[0]] in PLACE_PARTICLES:
            # "Alphen aan den Rijn", "Bergen op Zoom" are known places;
            # "Jansen bij Philips" is not one name.
            if " ".join(tokens[piece[0] : following + 1]) in self.lex.places:
                return True
            if tokens[pending[0]] != "op":
                return False
        if tokens[pending[0]] in ("in", "te", "op") and len(pending) == 1:
            return False  # "Jan in Gouda"; but "Jan in 't Veld", "Op den Akker"
        if bits[piece[-1]] & CAPITAL_PARTICLE:
            return True  # "Van der Plancken"
        if any(bits[i] & ORG_CUE for i in piece):
            return True  # "Ministerie van Sociale Zaken", "Raad van State"
        unambiguous = any(tokens[i] in UNAMBIGUOUS_PARTICLES for i in pending)
        if not unambiguous and bits[following] & (ACRONYM | ORG_CUE | DERIVED):
            return False  # "Marcel van IFPI"
        words = [i for i in piece if tokens[i] not in PARTICLES]
        if all(tokens[i].endswith(".") or bits[i] & GIVEN for i in words):
            return True
        if (
            len(words) <= 2
            and (
                bits[following] & SURNAME
                or (bits[following] & PROPER and not bits[following] & PLACE)
            )
            and not bits[following] & ACRONYM
            and all(
                bits[i] & (GIVEN | PROPER) and not bits[i] & NOT_NAME & ~PLACE
                for i in words
            )
        ):
            return True  # "Ellen Marie de Lange": known names on both sides
        if len(words) == 1 and unambiguous:
            # "Youssef el Amrani", "Dries van den Abeele"
            return not bits[words[0]] & NOT_NAME & ~PLACE
        return False

    @staticmethod
    def _make(
        tokens: list[str],
        bits: list[int],
        offsets: list[int],
        piece: list[int],
        cue: str,
        sentence_start: bool,
    ) -> Candidate:
        first, last = piece[0], piece[-1]
        words = []
        flags = []
        initials = particles = False
        for i in piece:
            token = tokens[i]
            if token in PARTICLES:
                particles = True
            elif token.endswith("."):
                initials = True
            else:
                words.append(token)
                flags.append(bits[i])
        return Candidate(  # positional, as in _single
            offsets[first],
            offsets[last] + len(tokens[last]),
            words,
            flags,
            initials,
            particles,
            sentence_start and first == 0,
            cue,
        )
