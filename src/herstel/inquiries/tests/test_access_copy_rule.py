# SPDX-License-Identifier: EUPL-1.2
# Copyright (C) 2026 Herstel contributors
"""The art. 15 access-copy rule, on invented text: the requester's name in every
form, their linked identifiers and the content of passages about them stay
readable; other people and their data are burned out; rejected words never."""

from __future__ import annotations

from herstel.inquiries.access_copy import BoxReason
from herstel.inquiries.access_copy import MentionInfo
from herstel.inquiries.access_copy import plan_access_copy
from herstel.inquiries.access_copy import sentence_spans

TEXT = (
    "Gespreksverslag afdeling Werkgelegenheid.\n\n"
    "Mevrouw Yasmin Kaya uit Tiel bezoekt de moskee aan de Molenweg. "
    "Zij heeft diabetes en is bereikbaar op 06-12345678. "
    "Y. Kaya woont aan de Lindelaan 4.\n\n"
    "De heer Pieter van Dam uit Gouda is katholiek en heeft een strafblad. "
    "Hij woont aan de Beukstraat 9 en is bereikbaar op 06-99999999.\n\n"
    "Kaya sprak later met Van Dam."
)

OWN_SUBJECT = 1
OTHER_SUBJECT = 2


def _mention(pk, needle, category, *, occurrence=0, status="confirmed", subject=None):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(needle, start + 1)
    return MentionInfo(
        pk=pk,
        start=start,
        end=start + len(needle),
        category=category,
        status=status,
        subject_id=subject,
    )


MENTIONS = [
    _mention(1, "Werkgelegenheid", "person", status="rejected"),
    _mention(2, "Yasmin Kaya", "person", subject=OWN_SUBJECT),
    _mention(3, "Tiel", "place"),
    _mention(4, "moskee", "religion"),
    _mention(5, "diabetes", "health"),
    _mention(6, "06-12345678", "phone", subject=OWN_SUBJECT),
    _mention(7, "Y. Kaya", "person"),
    _mention(8, "Lindelaan 4", "address", subject=OWN_SUBJECT),
    _mention(9, "Pieter van Dam", "person", subject=OTHER_SUBJECT),
    _mention(10, "Gouda", "place"),
    _mention(11, "katholiek", "religion"),
    _mention(12, "strafblad", "criminal"),
    _mention(13, "Beukstraat 9", "address"),
    _mention(14, "06-99999999", "phone"),
    _mention(15, "Kaya", "person", occurrence=2),
    _mention(16, "Van Dam", "person"),
    _mention(17, "Molenweg", "address"),
]


def _plan():
    return plan_access_copy(text=TEXT, mentions=MENTIONS, own_subject_ids=[OWN_SUBJECT])


def test_the_requesters_data_stays_readable():
    boxed = {b.mention_id for b in _plan().boxes}
    # Name in every form, linked identifiers, place, religion, health.
    for pk in (2, 3, 4, 5, 6, 7, 8, 15):
        assert pk not in boxed, pk


def test_other_people_and_their_data_are_burned_out():
    plan = _plan()
    reasons = {b.mention_id: b.reason for b in plan.boxes}
    assert reasons[9] == BoxReason.OTHER_PERSON
    assert reasons[16] == BoxReason.OTHER_PERSON
    assert reasons[13] == BoxReason.OTHER_IDENTIFIER
    assert reasons[14] == BoxReason.OTHER_IDENTIFIER
    assert reasons[11] == BoxReason.SPECIAL_OTHERS
    assert reasons[12] == BoxReason.SPECIAL_OTHERS
    # An address not linked to the requester is burned even in their passage.
    assert reasons[17] == BoxReason.OTHER_IDENTIFIER
    # A place identifies nobody on its own.
    assert 10 not in reasons
    assert all(b.reason_label for b in plan.boxes)


def test_rejected_words_are_never_boxed():
    assert 1 not in {b.mention_id for b in _plan().boxes}


def test_the_letters_categories_are_those_of_the_requesters_passages():
    assert _plan().own_categories == {
        "person",
        "place",
        "religion",
        "health",
        "phone",
        "address",
    }


def test_a_surname_shared_with_another_person_is_not_kept():
    text = "Yasmin Kaya en Omer Kaya kwamen. Kaya zei niets."
    mentions = [
        MentionInfo(1, 0, 11, "person", "confirmed", OWN_SUBJECT),
        MentionInfo(2, 15, 24, "person", "confirmed", None),
        MentionInfo(3, 33, 37, "person", "confirmed", None),
    ]
    plan = plan_access_copy(text=text, mentions=mentions, own_subject_ids=[1])
    assert {b.mention_id for b in plan.boxes} == {2, 3}


def test_sentences_split_on_full_stops_and_paragraphs():
    spans = sentence_spans("Een zin. Twee zin.\n\nDrie")
    assert len(spans) == 3


def test_an_unreviewed_candidate_inside_an_organisation_name_is_kept():
    text = "Ministerie van Sociale Zaken en Werkgelegenheid. Piet Jansen belde."
    word = text.index("Werkgelegenheid")
    piet = text.index("Piet Jansen")
    mentions = [
        MentionInfo(1, 0, word + 15, "organisation", "proposed", None),
        MentionInfo(2, word, word + 15, "person", "proposed", None),
        MentionInfo(3, piet, piet + 11, "person", "proposed", None),
    ]
    plan = plan_access_copy(text=text, mentions=mentions, own_subject_ids=[9])
    assert {b.mention_id for b in plan.boxes} == {3}
